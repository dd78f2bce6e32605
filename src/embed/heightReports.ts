/** The message an embedded timeline sends its host page whenever its content's height changes. */
export interface HeightMessage {
  readonly type: 'timeline:height';
  readonly height: number;
}

/**
 * Tells `post` the element's height (whole CSS pixels, rounded up so nothing is cut off) now and each
 * time it changes. Returns the function that stops it.
 */
export function startHeightReports(element: Element, post: (message: HeightMessage) => void): () => void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: 'timeline:height', height });
  };
  const observer = new ResizeObserver(report);
  observer.observe(element);
  report();
  return () => observer.disconnect();
}

/**
 * Posts to the page that frames this one, whatever its origin: a height is nothing secret, and the
 * host is the one to check where a message comes from. Outside a frame there is no one to tell.
 */
export function postToHost(message: HeightMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}
