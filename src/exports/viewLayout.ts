import { DEFAULT_LANES, layoutLevel, levelFor, levelMsPerPx } from '../core/markLayout';
import { buildTimeIndex, countVisible } from '../core/visibleRange';
import { visibleMarks } from '../core/visibleMarks';
import { type ViewWindow, spanOf } from '../core/viewWindow';
import type { ScreenMeasures } from '../core/screenMeasures';
import type { TimelineEvent } from '../model/types';
import type { LabelWidth } from '../core/screenMeasures';
import { estimateLabelWidth } from '../timeline/labelWidths';
import { type MarkKind, clusterLeft, markBoxes, markKind, markRoomPx } from '../timeline/markBoxes';
import { type MarkWords, shortCount } from '../timeline/markNames';
import { type PlacedTick, placeAxis } from '../timeline/renderAxis';

/**
 * What the timeline shows at a window and width, laid out by the same functions the screen uses (the zoom
 * level's lanes and clusters, the visible marks, each mark's box and label room, the axis ticks), so that
 * a saved image shows what the reader sees. Pure: no DOM.
 */
export interface AxisLabel {
  readonly x: number;
  readonly label: string;
  /** Hidden on screen too: too close to the edge or to the next label. */
  readonly shown: boolean;
}

export interface ImageMark {
  readonly event: TimelineEvent;
  readonly kind: MarkKind;
  readonly lane: number;
  readonly glyphLeft: number;
  readonly glyphWidth: number;
  /** Where the event's drawn extent runs, px, before the screen's edges clip it (a bounded fade is laid along it). */
  readonly x0: number;
  readonly x1: number;
  /** Where the label starts: over its glyph, moved left where that lets it be read whole. */
  readonly labelLeft: number;
  /** The label as it fits its box (shortened with an ellipsis where the screen shortens it), or '' when hidden. */
  readonly label: string;
  readonly selected: boolean;
}

export interface ImageCluster {
  readonly lane: number;
  readonly left: number;
  readonly width: number;
  readonly count: string;
  readonly holdsSelected: boolean;
}

export interface ViewLayout {
  readonly ticks: readonly AxisLabel[];
  readonly context: readonly AxisLabel[];
  readonly marks: readonly ImageMark[];
  readonly clusters: readonly ImageCluster[];
  /** Lanes in use at this zoom level. */
  readonly rows: number;
  /** How many events the window holds, as the timeline counts them when it announces the view. */
  readonly eventCount: number;
}

/** The screen's label measure and lane limit, where known; else the estimate and the default lanes. */
export type LayoutMeasures = Partial<Pick<ScreenMeasures, 'labelWidth' | 'lanes'>>;

/** The label as much of it as fits `room` px, ending in an ellipsis where it is cut, as CSS cuts it on screen. */
export function fitLabel(label: string, room: number, measure: LabelWidth = estimateLabelWidth): string {
  if (measure(label) <= room) return label;
  let chars = label.length;
  while (chars > 1 && measure(`${label.slice(0, chars)}…`) > room) chars--;
  return `${label.slice(0, chars).trimEnd()}…`;
}

export function layOutView(
  events: readonly TimelineEvent[],
  view: ViewWindow,
  width: number,
  selectedId: string | null,
  words: MarkWords,
  { labelWidth = estimateLabelWidth, lanes = DEFAULT_LANES }: LayoutMeasures = {},
): ViewLayout {
  const index = buildTimeIndex(events);
  const widthOf = (i: number) => markRoomPx(labelWidth(events[i]?.label ?? ''));
  const layout = layoutLevel(index, levelMsPerPx(levelFor(spanOf(view) / width)), { lanes, widthOf });
  const visible = visibleMarks(index, layout, view, width);
  const eventAt = (i: number) => events[i] as TimelineEvent;
  const selected = events.findIndex((e) => e.id === selectedId);

  const boxes = markBoxes(
    visible.lanes,
    visible.clusters,
    (i) => markKind(eventAt(i)),
    (i) => labelWidth(eventAt(i).label),
    width,
  );
  const marks = boxes.map(({ mark, glyphLeft, glyphWidth, labelLeft, labelWidth: room, labelled, whole }) => {
    const { label } = eventAt(mark.index);
    return {
      event: eventAt(mark.index),
      kind: markKind(eventAt(mark.index)),
      lane: mark.lane,
      glyphLeft,
      glyphWidth,
      x0: mark.x0,
      x1: mark.x1,
      labelLeft,
      label: whole ? label : labelled ? fitLabel(label, room, labelWidth) : '',
      selected: mark.index === selected,
    };
  });
  const clusters = visible.clusters.map((item) => {
    const left = clusterLeft(item);
    const { lo, hi, lane } = item.cluster;
    return {
      lane,
      left,
      width: Math.max(Math.min(item.x1 - 1, width) - left, 8),
      count: shortCount(hi - lo, words),
      holdsSelected: selected >= lo && selected < hi,
    };
  });

  const axis = placeAxis(view, width, words.dates.calendar);
  const label = ({ label: text, x, fits }: PlacedTick): AxisLabel => ({ x, label: text, shown: fits });
  const ticks = axis.ticks.map(label);
  const context = axis.context.map(label);
  return {
    ticks,
    context,
    marks,
    clusters,
    rows: Math.max(1, layout.rows),
    eventCount: countVisible(index, view.start, view.end),
  };
}
