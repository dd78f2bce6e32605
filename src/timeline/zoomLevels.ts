import { type LevelLayout, levelFor } from '../core/markLayout';
import type { TimeIndex } from '../core/visibleRange';
import { MIN_SPAN } from '../core/viewWindow';
import type { TimelineEvent } from '../model/types';
import type { LabelWidth } from '../core/screenMeasures';
import { type LayoutCache, createLayoutCache } from './layoutCache';
import { markRoomPx } from './markBoxes';

/** What every zoom level is laid out from: the events, their index, their labels' measure and the lanes. */
export interface LevelInputs {
  readonly events: readonly TimelineEvent[];
  readonly index: TimeIndex;
  readonly labelWidth: LabelWidth;
  readonly lanes: number;
}

export interface ZoomLevels {
  /** Lays every level out anew, nearest to `here` first, in idle time, down to the deepest zoom at `width` px. */
  reset(inputs: LevelInputs, here: number, width: number): void;
  /** The layout to draw a frame of `level` with, warming the levels a zoom reaches next. */
  forFrame(level: number): LevelLayout;
  dispose(): void;
}

/**
 * How many sets of events keep their layouts: the whole dataset and the last filtered ones, so that unticking a
 * filter, or ticking it again, draws from levels already laid out (at 100,000 events, laying a level out anew
 * takes a frame or more, and the garbage of doing it over and over brought major collections into the clicks).
 */
const KEPT_LAYOUTS = 3;

const sameInputs = (a: LevelInputs, b: LevelInputs): boolean =>
  a.events === b.events && a.index === b.index && a.labelWidth === b.labelWidth && a.lanes === b.lanes;

/**
 * The timeline's layouts, one per zoom level: each mark takes up its glyph and its label (the gap
 * after it included), worked out once per event for all the levels, which are laid out in idle time.
 */
export function createZoomLevels(onReady: (level: number) => void, initial: LevelInputs): ZoomLevels {
  const layoutOf = (inputs: LevelInputs): LayoutCache => {
    const { events, index, labelWidth, lanes } = inputs;
    const rooms = new Float32Array(events.length).fill(Number.NaN);
    const widthOf = (i: number): number => {
      let room = rooms[i] ?? Number.NaN;
      if (Number.isNaN(room)) room = rooms[i] = markRoomPx(labelWidth(events[i]?.label ?? ''));
      return room;
    };
    return createLayoutCache(index, onReady, { lanes, widthOf });
  };
  let cache = layoutOf(initial);
  // The most recently shown last.
  const kept: { inputs: LevelInputs; cache: LayoutCache }[] = [{ inputs: initial, cache }];
  const cacheFor = (inputs: LevelInputs): LayoutCache => {
    const at = kept.findIndex((k) => sameInputs(k.inputs, inputs));
    const found = at < 0 ? { inputs, cache: layoutOf(inputs) } : (kept.splice(at, 1)[0] as (typeof kept)[number]);
    kept.push(found);
    if (kept.length > KEPT_LAYOUTS) kept.shift()?.cache.dispose();
    found.cache.resume();
    return found.cache;
  };
  return {
    reset(inputs, here, width) {
      cache.pause();
      const next = (cache = cacheFor(inputs));
      const deepest = levelFor(MIN_SPAN / width) + 1;
      for (let d = 1; d <= deepest; d++) for (const level of [here + d, here - d]) if (level <= deepest) next.warm(level);
    },
    forFrame(level) {
      const layout = cache.nearest(level);
      for (const next of [level + 1, level - 1, level + 2]) cache.warm(next);
      return layout;
    },
    dispose() {
      for (const k of kept.splice(0)) k.cache.dispose();
    },
  };
}
