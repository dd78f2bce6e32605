import type { ScreenMeasures } from '../core/screenMeasures';
import type { ViewWindow } from '../core/viewWindow';

/**
 * The mounted timeline, as the rest of the app may use it: moves are calls that resolve when the view has
 * arrived (or another move took over), and the screen's measures are read from it, not from its DOM.
 */
export interface ViewHandle {
  /** Moves to a window, animated unless `animate` is false or the reader prefers less motion. */
  moveTo(window: ViewWindow, options?: { readonly animate?: boolean }): Promise<void>;
  /** Zooms by `factor` about the middle (or `x` px from the left). */
  zoomBy(factor: number, x?: number): Promise<void>;
  /** Pans by a fraction of the width (positive moves later in time). */
  panBy(fraction: number, options?: { readonly animate?: boolean }): Promise<void>;
  measures(): ScreenMeasures;
  /** Where the timeline's frame is on screen (to keep it in sight above a phone's sheet). */
  frameRect(): DOMRect;
}
