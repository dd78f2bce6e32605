import { timeToX } from '../core/timeScale';
import type { ViewWindow } from '../core/viewWindow';
import type { PartialDate } from '../model/partialDate';
import type { MarkWords } from './markNames';

/**
 * The date a permalink pointed at: a band over its whole extent (a day, a month, a year) with a label,
 * clipped to the screen, its edges drawn only where they are on screen; hidden when it is out of view.
 */
export function renderMarkedDate(
  element: HTMLElement,
  marked: PartialDate | null,
  view: ViewWindow,
  width: number,
  { t, dates }: MarkWords,
): void {
  const x0 = marked ? timeToX(view, width, marked.start) : -1;
  const x1 = marked ? timeToX(view, width, marked.end) : -1;
  element.hidden = !marked || x1 < 0 || x0 > width;
  if (element.hidden || !marked) return;
  const left = Math.max(x0, 0);
  element.style.transform = `translateX(${left.toFixed(1)}px)`;
  element.style.width = `${Math.max(Math.min(x1, width) - left, 2).toFixed(1)}px`;
  element.classList.toggle('marked-date--near-end', left > width - 160);
  element.classList.toggle('marked-date--open-start', x0 < 0);
  element.classList.toggle('marked-date--open-end', x1 > width);
  const label = element.firstElementChild;
  const text = t('timeline.markedDate', { date: dates.date(marked) });
  if (label && label.textContent !== text) label.textContent = text;
}
