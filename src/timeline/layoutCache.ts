import { DEFAULT_LAYOUT, type LayoutOptions, type LevelLayout, createLevelBuilder, levelMsPerPx } from '../core/markLayout';
import type { TimeIndex } from '../core/visibleRange';

/** A level asked for ahead of need is laid out within this long even on a browser that is never idle. */
const IDLE_TIMEOUT_MS = 1000;
/** An idle slice stops with this much of the browser's idle time left, so the next frame starts on time. */
const SLICE_MARGIN_MS = 2;
/**
 * A slice never runs longer than this. An idle page is given idle periods of up to 50 ms, and a reader's
 * first wheel or key in one would wait for the rest of it; where the browser has no idle callbacks
 * (Safari), slices run from zero-delay timeouts, within the same bound.
 */
const MAX_SLICE_MS = 8;

export interface LayoutCache {
  /** The layout of a level, computed now if it has not been yet. */
  get(level: number): LevelLayout;
  /**
   * The layout of a level if it is ready, else of the nearest coarser one that is (a coarser layout is
   * conservative: nothing overlaps, there are only more clusters) while the level itself is laid out
   * in idle time; computed now only when no coarser level is ready. A fast zoom into a large dataset
   * can outrun the idle time: it then shows more clusters for a few frames instead of stalling one.
   */
  nearest(level: number): LevelLayout;
  /** Computes a level when the browser is idle, so that zooming into it does not cost a frame. */
  warm(level: number): void;
  /** Stops the idle work still scheduled, keeping the levels laid out so far (the timeline shows other events now). */
  pause(): void;
  /** Takes the idle work up again where `pause` left it (the timeline shows these events again). */
  resume(): void;
  /** Stops any idle work still scheduled (the data or the view has gone). */
  dispose(): void;
}

/** Memoises layouts per level for one index: each level is computed once, ahead of need where possible. */
export function createLayoutCache(
  index: TimeIndex,
  onReady: (level: number) => void = () => {},
  options: LayoutOptions = DEFAULT_LAYOUT,
): LayoutCache {
  const levels = new Map<number, LevelLayout>();
  const building = new Map<number, ReturnType<typeof createLevelBuilder>>();
  const builderOf = (level: number) => {
    let builder = building.get(level);
    if (!builder) {
      builder = createLevelBuilder(index, levelMsPerPx(level), options);
      building.set(level, builder);
    }
    return builder;
  };
  const finished = (level: number, layout: LevelLayout): LevelLayout => {
    levels.set(level, layout);
    building.delete(level);
    return layout;
  };
  const get = (level: number): LevelLayout => {
    const done = levels.get(level);
    if (done) return done;
    const layout = builderOf(level).advance(() => false);
    if (!layout) throw new Error('a layout that is never stopped always completes');
    return finished(level, layout);
  };
  const idle = typeof requestIdleCallback === 'function';
  // Each pause starts a new run: a slice scheduled in an earlier one does nothing.
  let run = 0;
  let paused = false;
  const slice = (level: number, scheduledIn: number) => (deadline?: IdleDeadline) => {
    if (paused || scheduledIn !== run || levels.has(level)) return;
    const began = performance.now();
    const spent = () => performance.now() - began > MAX_SLICE_MS;
    const layout = builderOf(level).advance(deadline ? () => spent() || deadline.timeRemaining() < SLICE_MARGIN_MS : spent);
    if (!layout) return schedule(level);
    finished(level, layout);
    onReady(level);
  };
  const schedule = (level: number): void => {
    if (paused) return;
    if (idle) requestIdleCallback(slice(level, run), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(slice(level, run), 0);
  };
  const warm = (level: number): void => {
    if (level < 0 || levels.has(level) || building.has(level)) return;
    builderOf(level);
    schedule(level);
  };
  return {
    get,
    warm,
    pause() {
      paused = true;
      run++;
    },
    resume() {
      if (!paused) return;
      paused = false;
      for (const level of building.keys()) schedule(level);
    },
    dispose() {
      paused = true;
      run++;
      building.clear();
    },
    nearest(level) {
      for (let coarser = level; coarser >= 0; coarser--) {
        const layout = levels.get(coarser);
        if (layout) {
          if (coarser < level) warm(level);
          return layout;
        }
      }
      return get(level);
    },
  };
}
