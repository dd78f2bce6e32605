/**
 * The parts of an array taken by filtering it (the filtered events, the events a search leaves in the list),
 * each remembered with where its items sit in the array it came from. A part's items then map to the whole by
 * position, not by looking their ids up: at 100,000 events a look-up per event is what a reader waits for.
 */
interface Taken {
  readonly from: readonly unknown[];
  /** For each item of the part, its position in `from`, ascending. */
  readonly at: Int32Array;
}

const taken = new WeakMap<readonly unknown[], Taken>();

/** The items of `all` at `at` (ascending positions in it), remembered with those positions. */
export function takeAt<T>(all: readonly T[], at: Int32Array): readonly T[] {
  const part = Array.from(at, (i) => all[i] as T);
  taken.set(part, { from: all, at });
  return part;
}

/**
 * Where each item of `part` sits in `whole`, ascending, when `part` was taken from it (directly, or from a part
 * of it, and so on); undefined when it was not, or is `whole` itself.
 */
export function positionsIn(part: readonly unknown[], whole: readonly unknown[]): Int32Array | undefined {
  const step = taken.get(part);
  if (!step) return undefined;
  if (step.from === whole) return step.at;
  const outer = positionsIn(step.from, whole);
  if (!outer) return undefined;
  const at = step.at.map((i) => outer[i] ?? -1);
  // Kept relative to the whole from now on: the next question is answered in one step.
  taken.set(part, { from: whole, at });
  return at;
}
