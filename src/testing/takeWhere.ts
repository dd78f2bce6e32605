import { takeAt } from '../core/eventSubsets';

/** The items of `all` that `keep` keeps, in order, taken as the app takes a part (remembered with their positions). */
export function takeWhere<T>(all: readonly T[], keep: (item: T, position: number) => boolean): readonly T[] {
  const at: number[] = [];
  all.forEach((item, i) => {
    if (keep(item, i)) at.push(i);
  });
  return takeAt(all, Int32Array.from(at));
}
