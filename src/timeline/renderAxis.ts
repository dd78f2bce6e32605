import { timeToX } from '../core/timeScale';
import { type LabelRoom, type Tick, ticksFor } from '../core/ticks';
import type { ViewWindow } from '../core/viewWindow';
import type { DateWords } from '../i18n/dateWords';
import { widthInChars } from './labelWidths';
import { syncChildren } from './syncChildren';

/** A label's width, estimated: an axis label is short, and a Hangul or kanji is about twice a digit's width. */
export const contextLabelPx = (text: string): number => widthInChars(text) * 7.5 + 12;
export const tickLabelPx = (text: string): number => widthInChars(text) * 7 + 8;
/** The space between one tick's label and the next tick. */
const LABEL_GAP_PX = 6;

/** Dates whose labels are the widest of their forms in any language: two-digit days, every month (Sept, 12월). */
const SAMPLE_DATES = Array.from({ length: 12 }, (_, month) => Date.UTC(2019, month, 28));
const rooms = new WeakMap<DateWords['calendar'], LabelRoom>();

/** The room the widest label of each form needs when `calendar` writes it, with a gap after it; measured once per form. */
function labelRoom(calendar: DateWords['calendar']): LabelRoom {
  let room = rooms.get(calendar);
  if (!room) {
    const widest = new Map<string, number>();
    room = (form) => {
      let px = widest.get(form);
      if (px === undefined) {
        px = Math.max(...SAMPLE_DATES.map((at) => tickLabelPx(calendar(form, at)))) + LABEL_GAP_PX;
        widest.set(form, px);
      }
      return px;
    };
    rooms.set(calendar, room);
  }
  return room;
}

function createTick(label: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'tick';
  const span = document.createElement('span');
  span.className = 'tick-label';
  span.textContent = label;
  element.append(span);
  return element;
}

/** A tick where it stands on screen, its label in the page's language, and whether it shows (hidden rather than cut or crowded). */
export interface PlacedTick {
  readonly tick: Tick;
  readonly label: string;
  readonly x: number;
  readonly fits: boolean;
}

/**
 * Where the axis labels stand: a tick per step of the chosen level, its label hidden if it would run off
 * the right edge; and the second tier (the year or month the ticks belong to), whose first label sticks to
 * the left edge and gives way when the next one comes too close. Both tiers are written with `calendar`, in
 * the page's language. The screen and the saved image both use it.
 */
export function placeAxis(
  view: ViewWindow,
  width: number,
  calendar: DateWords['calendar'],
): { level: string; ticks: PlacedTick[]; context: PlacedTick[] } {
  const { level, ticks, context } = ticksFor(view, width, labelRoom(calendar));
  return {
    level: level.name,
    ticks: ticks.map((tick) => {
      const x = timeToX(view, width, tick.t);
      const label = calendar(tick.form, tick.t);
      return { tick, label, x, fits: x + tickLabelPx(label) <= width };
    }),
    context: context.map((tick, i) => {
      const x = Math.max(timeToX(view, width, tick.t), 0);
      const next = context[i + 1];
      const room = (next ? timeToX(view, width, next.t) : width) - x;
      const label = calendar(tick.form, tick.t);
      return { tick, label, x, fits: room >= contextLabelPx(label) };
    }),
  };
}

/** Draws the axis: tick lines and labels, and above them the second tier. Returns the level's name. */
export function renderAxis(
  ticksLayer: HTMLElement,
  contextLayer: HTMLElement,
  view: ViewWindow,
  width: number,
  calendar: DateWords['calendar'],
): string {
  const { level, ticks, context } = placeAxis(view, width, calendar);
  for (const [layer, placed] of [
    [ticksLayer, ticks],
    [contextLayer, context],
  ] as const) {
    syncChildren(
      layer,
      placed,
      (p) => `${level}:${p.tick.t}`,
      (p) => createTick(p.label),
      (element, p) => {
        element.style.transform = `translateX(${p.x.toFixed(1)}px)`;
        element.classList.toggle('tick--clipped', !p.fits);
      },
    );
  }
  return level;
}
