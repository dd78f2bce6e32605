/**
 * The readability measure, run in the page: of the event marks drawn in the plot, how many show their
 * label whole (every character inside every box that clips it, not ellipsised, not hidden), the fewest
 * characters any drawn mark shows, how many clusters there are, and the plot's size. It reads the DOM
 * as drawn, so the same function measures our timeline and vis-timeline.
 */
export interface ReadabilityTarget {
  /** The plot: marks count as drawn where they reach into it. */
  readonly plot: string;
  readonly marks: string;
  /** The label inside a mark. */
  readonly label: string;
  readonly clusters: string;
}

export interface Readability {
  readonly drawn: number;
  readonly whole: number;
  /** Characters shown by the drawn mark that shows the fewest (0: a label hidden or cut to nothing). */
  readonly shortest: number;
  readonly clusters: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  /** The labels that are not whole, as shown: "Working-l…" and so on. */
  readonly cut: readonly string[];
}

export const OUR_TIMELINE: ReadabilityTarget = {
  plot: '.timeline-frame',
  marks: '.timeline-marks .mark',
  label: '.mark-label',
  clusters: '.timeline-clusters .cluster',
};
export const VIS_TIMELINE: ReadabilityTarget = {
  plot: '.vis-panel.vis-center',
  marks: '.vis-item.vis-box, .vis-item.vis-point, .vis-item.vis-range',
  label: '.vis-item-content',
  clusters: '.vis-cluster',
};

/** Runs in the browser (page.evaluate): it must use nothing from outside its own body. */
export function measureReadability(target: ReadabilityTarget): Readability {
  const plotElement = document.querySelector(target.plot);
  if (!plotElement) throw new Error(`no plot ${target.plot} on the page`);
  const plot = plotElement.getBoundingClientRect();
  let drawn = 0;
  let whole = 0;
  let shortest = Infinity;
  const cut: string[] = [];
  for (const mark of Array.from(document.querySelectorAll(target.marks))) {
    const box = mark.getBoundingClientRect();
    if (box.width === 0 || box.right <= plot.left || box.left >= plot.right || box.bottom <= plot.top || box.top >= plot.bottom) continue;
    drawn++;
    const label = mark.querySelector(target.label);
    const text = label?.textContent ?? '';
    if (!(label instanceof HTMLElement) || text === '') {
      shortest = 0;
      cut.push('(no label)');
      continue;
    }
    // The part of the label that every clipping box around it lets through.
    const full = label.getBoundingClientRect();
    let [left, right] = [full.left, full.right];
    for (let el: Element | null = label.parentElement; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' || style.overflow !== 'visible') {
        const clip = el.getBoundingClientRect();
        left = Math.max(left, clip.left);
        right = Math.min(right, clip.right);
      }
    }
    const hidden = getComputedStyle(label).visibility !== 'visible' || full.width === 0;
    // Of the text's own width (scrollWidth), what its box and the boxes around it let through.
    const visiblePx = hidden ? 0 : Math.min(Math.max(0, right - left), label.clientWidth);
    const isWhole = !hidden && label.scrollWidth <= label.clientWidth + 1 && left <= full.left + 0.5 && right >= full.right - 0.5;
    const shown = isWhole ? text.length : Math.floor((text.length * visiblePx) / Math.max(1, label.scrollWidth));
    if (isWhole) whole++;
    else cut.push(shown > 0 ? `${text.slice(0, Math.max(0, shown - 1))}…` : `(${text} hidden)`);
    shortest = Math.min(shortest, shown);
  }
  return {
    drawn,
    whole,
    shortest: Number.isFinite(shortest) ? shortest : 0,
    clusters: document.querySelectorAll(target.clusters).length,
    plotWidth: Math.round(plot.width),
    plotHeight: Math.round(plot.height),
    cut,
  };
}

/** The five ordinary views the measure is taken in. */
export const READABILITY_VIEWS = [
  { name: 'full range', query: '' },
  { name: '2019', query: '?date=2019' },
  { name: 'Nov 2019, 60 days', query: '?date=2019-11&span=60d' },
  { name: '2023', query: '?date=2023' },
  { name: '2016, 10 years', query: '?date=2016&span=10y' },
] as const;

export const READABILITY_SIZES = [
  { name: 'desktop', width: 1280, height: 800, mobile: false },
  { name: 'phone', width: 375, height: 740, mobile: true },
] as const;
