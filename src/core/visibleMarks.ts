import { type Cluster, type LevelLayout, type PlacedList, clusterAt } from './markLayout';
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
  /** Lane by lane; within a lane, bars come before the others, so a lane is not in time order. */
  readonly lanes: readonly (readonly PlacedMark[])[];
  readonly clusters: readonly ClusterMark[];
}

/**
 * The marks a screen shows: binary search for the first candidate, then a walk to the window's end,
 * over the events placed at this level only. The work follows what is visible, not the dataset.
 */
export function visibleMarks(index: TimeIndex, layout: LevelLayout, view: ViewWindow, width: number): VisibleMarks {
  const lanes: PlacedMark[][] = Array.from({ length: layout.lanes }, () => []);
  const collect = (list: PlacedList) => {
    const to = lowerBound(list.starts, view.end);
    for (let k = lowerBound(list.starts, view.start - list.maxLength); k < to; k++) {
      const i = list.indices[k] ?? 0;
      const t1 = index.t1[i] ?? 0;
      if (t1 <= view.start) continue;
      const lane = layout.lane[i] ?? 0;
      lanes[lane]?.push({ index: i, lane, x0: timeToX(view, width, index.t0[i] ?? 0), x1: timeToX(view, width, t1) });
    }
  };
  collect(layout.wide);
  collect(layout.narrow);
  const clusters: ClusterMark[] = [];
  for (let c = lowerBound(layout.clusterBin, view.start - layout.binMs + 1); c < layout.clusterBin.length; c++) {
    const cluster = clusterAt(layout, index, c);
    if (cluster.binStart >= view.end) break;
    if (cluster.binEnd <= view.start) continue;
    clusters.push({ cluster, x0: timeToX(view, width, cluster.binStart), x1: timeToX(view, width, cluster.binEnd) });
  }
  return { lanes, clusters };
}

/** The rows the marks on screen take up: one more than the lowest lane holding a mark or a cluster (0 when none). */
export function rowsInUse(marks: VisibleMarks): number {
  let rows = 0;
  marks.lanes.forEach((lane, l) => {
    if (lane.length > 0) rows = Math.max(rows, l + 1);
  });
  for (const { cluster } of marks.clusters) rows = Math.max(rows, cluster.lane + 1);
  return rows;
}
