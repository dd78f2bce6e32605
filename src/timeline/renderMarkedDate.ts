import { timeToX } from '../core/timeScale';
import type { ViewWindow } from '../core/viewWindow';
import { describeDate } from '../model/describeDate';
import type { PartialDate } from '../model/partialDate';

/**
 * The date a deep link pointed at: a band over its whole extent (a day, a month, a year) with a label,
 * clipped to the screen, its edges drawn only where they are on screen; hidden when it is out of view.
 */
export function renderLinkedDate(element: HTMLElement, linked: PartialDate | null, view: ViewWindow, width: number): void {
  const x0 = linked ? timeToX(view, width, linked.start) : -1;
  const x1 = linked ? timeToX(view, width, linked.end) : -1;
  element.hidden = !linked || x1 < 0 || x0 > width;
  if (element.hidden || !linked) return;
  const left = Math.max(x0, 0);
  element.style.transform = `translateX(${left.toFixed(1)}px)`;
  element.style.width = `${Math.max(Math.min(x1, width) - left, 2).toFixed(1)}px`;
  element.classList.toggle('linked--near-end', left > width - 160);
  element.classList.toggle('linked--open-start', x0 < 0);
  element.classList.toggle('linked--open-end', x1 > width);
  const label = element.firstElementChild;
  const text = `Linked date: ${describeDate(linked)}`;
  if (label && label.textContent !== text) label.textContent = text;
}
