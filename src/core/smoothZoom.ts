import type { Transform } from './timeScale';

/**
 * How a move made by code glides: the path of van Wijk and Nuij's "Smooth and efficient zooming and panning"
 * (2003), which zooms out on the way and back in on arrival when the two views are far apart, so the reader
 * sees where the view went; between views of the same centre it is a steady zoom. The view is a window on the
 * base scale (the full range across the screen's `width`): its centre and its width, both in base px.
 */

/** The path's curvature, √2 as in the paper (and in d3's interpolateZoom). */
const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
/** Below this squared distance between the centres, the path is a zoom about the one centre. */
const EPSILON2 = 1e-12;

/** The centre and width of the window a transform shows, in base px. */
const windowOf = ({ k, x }: Transform, width: number) => ({ centre: (width / 2 - x) / k, span: width / k });

/**
 * The transform at each point `t` of the glide (0 to 1) from `from` to `to`, on a screen `width` px wide: `from`
 * at 0, exactly `to` at 1.
 */
export function smoothZoomPath(from: Transform, to: Transform, width: number): (t: number) => Transform {
  const a = windowOf(from, width);
  const b = windowOf(to, width);
  const dx = b.centre - a.centre;
  const d2 = dx * dx;
  const at = (centre: number, span: number): Transform => {
    const k = width / span;
    return { k, x: width / 2 - centre * k };
  };
  if (d2 < EPSILON2) {
    const s = Math.log(b.span / a.span) / RHO;
    return (t) => (t >= 1 ? to : at(a.centre + t * dx, a.span * Math.exp(RHO * t * s)));
  }
  const d1 = Math.sqrt(d2);
  const b0 = (b.span * b.span - a.span * a.span + RHO4 * d2) / (2 * a.span * RHO2 * d1);
  const b1 = (b.span * b.span - a.span * a.span - RHO4 * d2) / (2 * b.span * RHO2 * d1);
  const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
  const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
  const s = (r1 - r0) / RHO;
  const coshR0 = Math.cosh(r0);
  return (t) => {
    if (t >= 1) return to;
    const r = RHO * t * s + r0;
    const u = (a.span / (RHO2 * d1)) * (coshR0 * Math.tanh(r) - Math.sinh(r0));
    return at(a.centre + u * dx, (a.span * coshR0) / Math.cosh(r));
  };
}

/** Slow in, slow out: the easing of a glide (cubic). */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (2 - 2 * t) ** 3 / 2);
