import type { Cluster, LevelLayout } from './markLayout';
import { LANE_COUNT } from './markLayout';
import { timeToX } from './timeScale';
import { type TimeIndex, lowerBound } from './visibleRange';
import type { ViewWindow } from './viewWindow';

/** An event shown on its own, with its span on screen (px, not clipped). */
export interface PlacedMark {
  readonly index: number;
  readonly lane: number;
  readonly x0: number;
  readonly x1: number;
}

export interface ClusterMark {
  readonly cluster: Cluster;
  readonly x0: number;
  readonly x1: number;
}

export interface VisibleMarks {
  /** Lane by lane, each in time order. */
  readonly lanes: readonly (readonly PlacedMark[])[];
  readonly clusters: readonly ClusterMark[];
}

/**
 * The marks a screen shows: binary search for the first candidate, then a walk to the window's end.
 * Only marks on screen are produced, so the work follows what is visible, not the dataset.
 */
export function visibleMarks(index: TimeIndex, layout: LevelLayout, view: ViewWindow, width: number): VisibleMarks {
  const lanes: PlacedMark[][] = Array.from({ length: LANE_COUNT }, () => []);
  const from = lowerBound(index.t0, view.start - layout.maxPlacedLength);
  const to = lowerBound(index.t0, view.end);
  for (let i = from; i < to; i++) {
    const lane = layout.lane[i] ?? -1;
    if (lane < 0 || (index.t1[i] ?? 0) <= view.start) continue;
    lanes[lane]?.push({ index: i, lane, x0: timeToX(view, width, index.t0[i] ?? 0), x1: timeToX(view, width, index.t1[i] ?? 0) });
  }
  const clusters: ClusterMark[] = [];
  for (let c = lowerBound(layout.clusterEnds, view.start + 1); c < layout.clusters.length; c++) {
    const cluster = layout.clusters[c];
    if (!cluster || cluster.binStart >= view.end) break;
    clusters.push({ cluster, x0: timeToX(view, width, cluster.binStart), x1: timeToX(view, width, cluster.binEnd) });
  }
  return { lanes, clusters };
}
