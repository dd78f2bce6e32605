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

/**
 * The axis: a tick line and label per step of the chosen level, and above them the second tier (the
 * year or month the ticks belong to). The tier's first label sticks to the left edge, so the reader always
 * knows which month a day belongs to, and gives way when the next one comes too close.
 */
export function renderAxis(ticksLayer: HTMLElement, contextLayer: HTMLElement, view: ViewWindow, width: number): string {
  const { level, ticks, context } = ticksFor(view, width);
  // A label that would run off the right edge is hidden rather than cut.
  syncChildren(ticksLayer, ticks, (t) => `${level.name}:${t.t}`, createTick, (element, tick) => {
    const x = timeToX(view, width, tick.t);
    element.style.transform = `translateX(${x.toFixed(1)}px)`;
    element.classList.toggle('tick--clipped', x + tickLabelPx(tick.label) > width);
  });
  const placed = context.map((tick, i) => {
    const x = Math.max(timeToX(view, width, tick.t), 0);
    const next = context[i + 1];
    const room = (next ? timeToX(view, width, next.t) : width) - x;
    return { tick, x, fits: room >= contextLabelPx(tick.label) };
  });
  syncChildren(contextLayer, placed, (p) => `${level.name}:${p.tick.t}`, (p) => createTick(p.tick), (element, p) => {
    element.style.transform = `translateX(${p.x.toFixed(1)}px)`;
    element.classList.toggle('tick--clipped', !p.fits);
  });
  return level.name;
}
