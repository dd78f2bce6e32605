import { useAppStore } from '../store/store';
import { sameView } from '../url/linkedView';

/** While it glides the timeline moves the view every frame, so a view unchanged over two frames has stopped. */
const QUIET_FRAMES = 2;

/**
 * Runs `then` once the view is where it is going: at once when no move asked for (going to an event, Fit
 * all) is under way; else when the view has stayed put for QUIET_FRAMES frames, that is when the glide has
 * arrived or the reader's own move has stopped it. What is then read from the view (the link Copy link
 * gives) names where the reader asked to go, not a frame on the way there.
 */
export function whenViewAtRest(then: () => void): void {
  const { view, viewRequest } = useAppStore.getState();
  if (!viewRequest?.animate || sameView(viewRequest.window, view)) {
    then();
    return;
  }
  let last = view;
  let quiet = 0;
  const nextFrame = () =>
    requestAnimationFrame(() => {
      const now = useAppStore.getState().view;
      quiet = now === last ? quiet + 1 : 0;
      last = now;
      if (quiet >= QUIET_FRAMES) then();
      else nextFrame();
    });
  nextFrame();
}
