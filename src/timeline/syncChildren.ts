/**
 * Keyed reconciliation of a layer's children, for per-frame updates without React: existing elements
 * are reused and updated in place, new ones created, stale ones removed, and the DOM order follows the
 * items' order (so screen readers and Tab meet the marks in time order).
 */
export function syncChildren<T>(
  parent: HTMLElement,
  items: readonly T[],
  keyOf: (item: T) => string,
  create: (item: T) => HTMLElement,
  update: (element: HTMLElement, item: T) => void,
  onRemoveFocused?: () => void,
): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of Array.from(parent.children)) if (child instanceof HTMLElement) existing.set(child.dataset.key ?? '', child);
  const wanted = new Set(items.map(keyOf));
  for (const [key, element] of existing) {
    if (wanted.has(key)) continue;
    const hadFocus = element.contains(document.activeElement);
    element.remove();
    existing.delete(key);
    if (hadFocus) onRemoveFocused?.();
  }
  let cursor = parent.firstElementChild;
  for (const item of items) {
    const key = keyOf(item);
    let element = existing.get(key);
    if (!element) {
      element = create(item);
      element.dataset.key = key;
    }
    if (element === cursor) cursor = cursor.nextElementSibling;
    else parent.insertBefore(element, cursor);
    update(element, item);
  }
}
