import { timeToX } from '../core/timeScale';
import { type Tick, ticksFor } from '../core/ticks';
import type { ViewWindow } from '../core/viewWindow';
import { syncChildren } from './syncChildren';

const contextLabelPx = (text: string): number => text.length * 7.5 + 12;

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
 * year or month the ticks belong to). The tier's first label sticks to the left edge until the next one
 * pushes it out, so the reader always knows which month a day belongs to.
 */
export function renderAxis(ticksLayer: HTMLElement, contextLayer: HTMLElement, view: ViewWindow, width: number): string {
  const { level, ticks, context } = ticksFor(view, width);
  syncChildren(ticksLayer, ticks, (t) => `${level.name}:${t.t}`, createTick, (element, tick) => {
    element.style.transform = `translateX(${timeToX(view, width, tick.t).toFixed(1)}px)`;
  });
  const placed = context.map((tick, i) => {
    const x = timeToX(view, width, tick.t);
    const next = context[i + 1];
    if (x >= 0 || !next) return { tick, x: Math.max(x, 0) };
    return { tick, x: Math.min(0, timeToX(view, width, next.t) - contextLabelPx(tick.label)) };
  });
  syncChildren(contextLayer, placed, (p) => `${level.name}:${p.tick.t}`, (p) => createTick(p.tick), (element, p) => {
    element.style.transform = `translateX(${p.x.toFixed(1)}px)`;
  });
  return level.name;
}
