// @vitest-environment jsdom
import { getAllByRole, getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { englishI18n, koreanI18n } from '../testing/englishI18n';
import { localizeDataset } from '../model/localizeDataset';
import ko from '../data/translations/ko.json';
import { dataset } from '../testing/realDataset';
import { namesNotBeginningWithLabel, visibleText } from '../testing/labelInName';
import type { VisibleMarks } from '../core/visibleMarks';
import { estimateLabelWidth } from './labelWidths';
import { renderClusters, renderMarks } from './renderMarks';
import { type SearchMatches, searchMatchesOf } from './searchMatches';
import { eventMatchesOfIds } from '../core/eventMatches';

const events = dataset.events;
const at = (id: string) => events.findIndex((e) => e.id === id);
const layer = () => document.body.appendChild(document.createElement('div'));
const ctx = (selectedIndex = -1) => ({
  events,
  width: 1000,
  labelWidth: estimateLabelWidth,
  selectedIndex,
  matches: null as SearchMatches | null,
  onRemoveFocused: () => {},
  words: englishI18n,
});
const placed = (id: string, lane: number, x0: number, x1: number) => ({ index: at(id), lane, x0, x1 });

describe('marks', () => {
  it('draws a period as a bar, a day as a point and a month as a band over its month, each a named button with the hooks', () => {
    const marks: VisibleMarks = {
      lanes: [
        [placed('japanese-colonial-rule', 0, 10, 400), placed('japan-export-curbs', 0, 500, 530), placed('gsomia-extension', 0, 700, 702)],
        [],
        [],
        [],
        [],
      ],
      clusters: [],
    };
    const element = layer();
    renderMarks(element, marks, ctx());
    const rule = getByRole(element, 'button', { name: "Japan's colonial rule of the Korean Peninsula, 1910 – 1945" });
    expect(rule.className).toContain('mark--period');
    expect([rule.dataset.start, rule.dataset.end]).toEqual(['1910', '1945']);
    const curbs = getByRole(element, 'button', { name: /^Japan's export curbs: Japan tightens .*, July 2019$/ });
    expect(curbs.className).toContain('mark--span');
    expect((curbs.firstElementChild as HTMLElement).style.width).toBe('30px');
    expect(getByRole(element, 'button', { name: /GSOMIA hours .*, 22 November 2019$/ }).className).toContain('mark--point');
  });

  it('draws announced and planned events differently from what happened, and presses the selected one', () => {
    const marks: VisibleMarks = {
      lanes: [[placed('vienna-preparatory-talks', 0, 10, 20), placed('gsomia-extension', 0, 300, 302)], [], [], [], []],
      clusters: [],
    };
    const element = layer();
    renderMarks(element, marks, ctx(at('gsomia-extension')));
    expect(getByRole(element, 'button', { name: /Vienna.*, announced$/ }).className).toContain('mark--tentative');
    expect(getByRole(element, 'button', { name: /GSOMIA hours/ }).className).not.toContain('mark--tentative');
    expect(getAllByRole(element, 'button', { pressed: true }).map((b) => b.dataset.eventId)).toEqual(['gsomia-extension']);
  });

  it('hides a label that has no room next to its mark in its lane, and never lets a mark reach into the next', () => {
    // The first mark's label is read whole before the second; the second has no room left on either side.
    const marks: VisibleMarks = {
      lanes: [
        [placed('pact-1965', 0, 10, 11), placed('gsomia-extension', 0, 100, 101), placed('working-level-export-dialogue', 0, 118, 119)],
        [],
        [],
        [],
        [],
      ],
      clusters: [],
    };
    const element = layer();
    renderMarks(element, marks, ctx());
    const [pact, first, second] = Array.from(element.children) as HTMLElement[];
    expect(pact?.className).not.toContain('mark--unlabelled');
    expect(first?.className).toContain('mark--unlabelled');
    expect(second?.className).not.toContain('mark--unlabelled');
    expect(Number.parseFloat(first?.style.width ?? '')).toBeLessThanOrEqual(18);
  });

  it('gives every mark of the dataset an accessible name that begins with its visible label, then its title and date', () => {
    const lanes = [0, 1, 2, 3, 4].map((lane) =>
      events.flatMap((event, index) => (index % 5 === lane ? [placed(event.id, lane, index * 40, index * 40 + 2)] : [])),
    );
    const element = layer();
    renderMarks(element, { lanes, clusters: [] }, { ...ctx(), width: 40 * events.length });
    const marks = Array.from(element.querySelectorAll<HTMLElement>('.mark'));
    expect(marks.map((mark) => visibleText(mark))).toEqual(events.map((e) => e.label));
    expect(namesNotBeginningWithLabel(element, 'button')).toEqual([]);
    expect(getByRole(element, 'button', { name: /^GSOMIA signed: GSOMIA, a military intelligence-sharing accord, signed, / })).toBeTruthy();
    // A title that already begins with the label is not preceded by it again.
    expect(getByRole(element, 'button', { name: "Japan's colonial rule of the Korean Peninsula, 1910 – 1945" })).toBeTruthy();
  });

  it('gives every mark of the Korean dataset a Korean name that begins with its visible Korean label', () => {
    const korean = localizeDataset(dataset, ko).events;
    const lanes = [0, 1, 2, 3, 4].map((lane) =>
      korean.flatMap((event, index) => (index % 5 === lane ? [placed(event.id, lane, index * 40, index * 40 + 2)] : [])),
    );
    const element = layer();
    renderMarks(element, { lanes, clusters: [] }, { ...ctx(), events: korean, words: koreanI18n, width: 40 * korean.length });
    expect(Array.from(element.querySelectorAll<HTMLElement>('.mark'), (mark) => visibleText(mark))).toEqual(korean.map((e) => e.label));
    expect(namesNotBeginningWithLabel(element, 'button')).toEqual([]);
    expect(getByRole(element, 'button', { name: /, 2019년 11월 22일$/ }).dataset.eventId).toBe('gsomia-extension');
  });

  it('dims the marks and clusters a search did not find, and only while there is a search', () => {
    const marks: VisibleMarks = {
      lanes: [[placed('gsomia-signed', 0, 10, 12), placed('pact-1965', 0, 300, 302)], [], [], [], []],
      clusters: [
        {
          cluster: {
            lo: at('gsomia-extension'),
            hi: at('gsomia-extension') + 1,
            lane: 1,
            binStart: 0,
            binEnd: 1,
            firstStart: 0,
            lastStart: 0,
          },
          x0: 500,
          x1: 540,
        },
        {
          cluster: { lo: at('pact-1965'), hi: at('pact-1965') + 1, lane: 2, binStart: 0, binEnd: 1, firstStart: 0, lastStart: 0 },
          x0: 600,
          x1: 640,
        },
      ],
    };
    const matches = searchMatchesOf(events, eventMatchesOfIds(events, new Set(['gsomia-signed', 'gsomia-extension'])));
    const element = layer();
    renderMarks(element, marks, { ...ctx(), matches });
    const dimmed = (root: HTMLElement) =>
      Array.from(root.querySelectorAll('.mark--dimmed, .cluster--dimmed'), (e) => e.getAttribute('data-event-id') ?? 'cluster');
    expect(dimmed(element)).toEqual(['pact-1965']);
    expect(Array.from(element.querySelectorAll<HTMLElement>('.mark--found'), (e) => e.dataset.eventId)).toEqual(['gsomia-signed']);
    const clusters = layer();
    renderClusters(clusters, marks, { ...ctx(), matches });
    expect(Array.from(clusters.children, (c) => c.classList.contains('cluster--dimmed'))).toEqual([false, true]);
    renderMarks(element, marks, ctx());
    renderClusters(clusters, marks, ctx());
    expect(dimmed(element)).toEqual([]);
    expect(dimmed(clusters)).toEqual([]);
    expect(element.querySelectorAll('.mark--found')).toHaveLength(0);
  });

  it('reuses the elements of marks still on screen and drops the others', () => {
    const element = layer();
    renderMarks(element, { lanes: [[placed('gsomia-extension', 0, 100, 101)], [], [], [], []], clusters: [] }, ctx());
    const before = element.querySelector('[data-event-id="gsomia-extension"]');
    renderMarks(
      element,
      { lanes: [[placed('gsomia-extension', 0, 50, 51)], [placed('pact-1965', 1, 10, 11)], [], [], []], clusters: [] },
      ctx(),
    );
    expect(element.querySelector('[data-event-id="gsomia-extension"]')).toBe(before);
    renderMarks(element, { lanes: [[placed('pact-1965', 0, 10, 11)], [], [], [], []], clusters: [] }, ctx());
    expect(Array.from(element.children).map((c) => (c as HTMLElement).dataset.eventId)).toEqual(['pact-1965']);
  });
});

describe('clusters', () => {
  it('say how many events they hold and when, and show the count', () => {
    const lo = at('forced-labor-rulings');
    const cluster = { lo, hi: lo + 5, binStart: 0, binEnd: 1, lane: 0, firstStart: 0, lastStart: 0 };
    const element = layer();
    renderClusters(element, { lanes: [], clusters: [{ cluster, x0: 100, x1: 150 }] }, ctx(lo + 1));
    const button = getByRole(element, 'button', { name: /^5 events, Oct 2018\s–\sNov 2019; zoom in to see them$/ });
    expect(button.textContent).toBe('5');
    expect(button.className).toContain('cluster--holds-selected');
  });

  it('have a name that begins with the count they show, also where the badge rounds it', () => {
    const cluster = (lo: number, hi: number) => ({
      cluster: { lo, hi, binStart: 0, binEnd: 1, lane: 0, firstStart: 0, lastStart: 0 },
      x0: 0,
      x1: 50,
    });
    const element = layer();
    renderClusters(element, { lanes: [], clusters: [cluster(0, 5), cluster(0, 4512), cluster(0, 12_345)] }, ctx());
    expect(Array.from(element.children).map((c) => c.textContent)).toEqual(['5', '4.5k', '12k']);
    expect(namesNotBeginningWithLabel(element, 'button')).toEqual([]);
    expect(getByRole(element, 'button', { name: /^4\.5k: 4,512 events; zoom in to see them$/ })).toBeTruthy();
  });

  it('show their count and say their name in the page’s language', () => {
    const element = layer();
    const lo = at('forced-labor-rulings');
    const cluster = { lo, hi: lo + 5, binStart: 0, binEnd: 1, lane: 0, firstStart: 0, lastStart: 0 };
    renderClusters(element, { lanes: [], clusters: [{ cluster, x0: 0, x1: 50 }] }, { ...ctx(), words: koreanI18n });
    expect(getByRole(element, 'button', { name: /^사건 5건, 2018년 10월 ~ 2019년 11월\. 확대하면 볼 수 있습니다$/ }).textContent).toBe('5');
  });
});
