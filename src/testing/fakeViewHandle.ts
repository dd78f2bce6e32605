import type { ViewWindow } from '../core/viewWindow';
import type { ViewHandle } from '../store/viewHandle';

/** A stand-in for the mounted timeline: it records the moves asked of it, and arrives when told to. */
export function fakeViewHandle() {
  const moves: { window: ViewWindow; animate: boolean | undefined }[] = [];
  let arrive = () => {};
  const handle: ViewHandle = {
    moveTo: (window, options) => {
      moves.push({ window, animate: options?.animate });
      return new Promise((resolve) => (arrive = resolve));
    },
    zoomBy: () => Promise.resolve(),
    panBy: () => Promise.resolve(),
    measures: () => ({ width: 800, lanes: 3, labelWidth: (text) => text.length * 7 }),
    frameRect: () => ({ x: 0, y: 0, width: 800, height: 200, top: 0, left: 0, right: 800, bottom: 200, toJSON: () => ({}) }),
  };
  return { handle, moves, arrive: () => arrive() };
}
