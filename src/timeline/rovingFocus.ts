import type { Cluster } from '../core/markLayout';
import type { VisibleMarks } from '../core/visibleMarks';
import { clusterKey } from './renderMarks';

/**
 * One tab stop for all the marks (a roving tabindex): the mark last focused, else the selected one,
 * else the first in time order. Arrow keys then walk the marks in time order, as in a toolbar.
 */
export interface FocusOrder {
  /** Keys of the marks on screen, in time order. */
  readonly keys: readonly string[];
}

const elementsByKey = (layers: readonly HTMLElement[]): Map<string, HTMLElement> => {
  const map = new Map<string, HTMLElement>();
  for (const layer of layers)
    for (const child of Array.from(layer.children)) if (child instanceof HTMLElement) map.set(child.dataset.key ?? '', child);
  return map;
};

/** Gives tabindex 0 to the chosen mark and -1 to the others; returns the chosen key. */
export function applyTabStop(layers: readonly HTMLElement[], order: FocusOrder, preferred: readonly (string | null)[]): string | undefined {
  const present = new Set(order.keys);
  const chosen = preferred.find((key): key is string => key !== null && present.has(key)) ?? order.keys[0];
  for (const [key, element] of elementsByKey(layers)) {
    const tabIndex = key === chosen ? 0 : -1;
    if (element.tabIndex !== tabIndex) element.tabIndex = tabIndex;
  }
  return chosen;
}

/** The element `step` places after `fromKey` in time order (or the first/last for ±Infinity), if any. */
export function neighbour(layers: readonly HTMLElement[], order: FocusOrder, fromKey: string, step: number): HTMLElement | undefined {
  const at = order.keys.indexOf(fromKey);
  const target = step === -Infinity ? 0 : step === Infinity ? order.keys.length - 1 : at + step;
  const key = at < 0 && Number.isFinite(step) ? undefined : order.keys[target];
  return key === undefined ? undefined : elementsByKey(layers).get(key);
}

/** The Tab order of a screen: its marks and clusters, in time order (a cluster at its first event). */
export function focusOrderOf(marks: VisibleMarks, keyOf: (index: number) => string): FocusOrder {
  const timed = [
    ...marks.lanes.flat().map((m) => ({ at: m.index, key: keyOf(m.index) })),
    ...marks.clusters.map((c) => ({ at: c.cluster.lo, key: clusterKey(c.cluster) })),
  ].sort((a, b) => a.at - b.at);
  return { keys: timed.map((t) => t.key) };
}

/** The element drawn for an event: its own mark, or the cluster on screen that holds it. */
export function elementFor(
  layers: readonly HTMLElement[],
  clusters: ReadonlyMap<string, Cluster>,
  at: number,
  id: string,
): HTMLElement | undefined {
  const holding = [...clusters].find(([, c]) => c.lo <= at && at < c.hi)?.[0];
  return elementsByKey(layers).get(holding ?? id);
}
