import { timeToX } from '../core/timeScale';
import { type Tick, ticksFor } from '../core/ticks';
import type { ViewWindow } from '../core/viewWindow';
import { syncChildren } from './syncChildren';

const contextLabelPx = (text: string): number => text.length * 7.5 + 12;
const tickLabelPx = (text: string): number => text.length * 7 + 8;

function createTick(tick: Tick): HTMLElement {
  const element = document.createElement('div');
  element.className = 'tick';
  const label = document.createElement('span');
  label.className = 'tick-label';
  label.textContent = tick.label;
  element.append(label);
  return element;
}

/** A tick where it stands on screen, and whether its label shows (hidden rather than cut or crowded). */
export interface PlacedTick {
  readonly tick: Tick;
  readonly x: number;
  readonly fits: boolean;
}

/**
 * Where the axis labels stand: a tick per step of the chosen level, its label hidden if it would run off
 * the right edge; and the second tier (the year or month the ticks belong to), whose first label sticks to
 * the left edge and gives way when the next one comes too close. The screen and the saved image both use it.
 */
export function placeAxis(view: ViewWindow, width: number): { level: string; ticks: PlacedTick[]; context: PlacedTick[] } {
  const { level, ticks, context } = ticksFor(view, width);
  return {
    level: level.name,
    ticks: ticks.map((tick) => {
      const x = timeToX(view, width, tick.t);
      return { tick, x, fits: x + tickLabelPx(tick.label) <= width };
    }),
    context: context.map((tick, i) => {
      const x = Math.max(timeToX(view, width, tick.t), 0);
      const next = context[i + 1];
      const room = (next ? timeToX(view, width, next.t) : width) - x;
      return { tick, x, fits: room >= contextLabelPx(tick.label) };
    }),
  };
}

/** Draws the axis: tick lines and labels, and above them the second tier. Returns the level's name. */
export function renderAxis(ticksLayer: HTMLElement, contextLayer: HTMLElement, view: ViewWindow, width: number): string {
  const { level, ticks, context } = placeAxis(view, width);
  for (const [layer, placed] of [
    [ticksLayer, ticks],
    [contextLayer, context],
  ] as const) {
    syncChildren(
      layer,
      placed,
      (p) => `${level}:${p.tick.t}`,
      (p) => createTick(p.tick),
      (element, p) => {
        element.style.transform = `translateX(${p.x.toFixed(1)}px)`;
        element.classList.toggle('tick--clipped', !p.fits);
      },
    );
  }
  return level;
}
