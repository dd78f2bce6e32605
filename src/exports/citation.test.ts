import { describe, expect, it } from 'vitest';
import { eventById, dataset } from '../testing/realDataset';
import { HOSTILE, hostileDataset } from '../testing/exportsHostileDataset';
import { citationBibtex, citationCslJson, citationText, escapeBibtex, eventLink } from './citation';

const context = { link: 'https://example.org/timeline/?event=japanese-colonial-rule', accessed: '2026-12-01' };
const colonialRule = eventById('japanese-colonial-rule');
const [xinhua, herald] = dataset.sources;

describe('the plain-text citation', () => {
  const text = citationText(colonialRule, dataset.sources, context);

  it('names the event, its date as the sources support it, the timeline, the link and the day accessed', () => {
    expect(text).toContain(`“${colonialRule.title}”, 1910 – 1945 (1910/1945)`);
    expect(text).toContain('In Japan–South Korea relations, 1910–2023, a sourced, zoomable timeline.');
    expect(text).toContain(`${context.link} (accessed 1 December 2026)`);
  });

  it('names each source article with its publisher, headline, byline and date as printed', () => {
    for (const source of [xinhua, herald]) {
      expect(source).toBeDefined();
      if (!source) continue;
      expect(text).toContain(
        `${source.publisher}, “${source.headline}”, byline “${source.byline}”, published ${source.publishedAsPrinted}.`,
      );
    }
  });

  it('names a source once however many passages the event quotes from it', () => {
    const meeting = eventById('customs-meeting-2016');
    const once = citationText(meeting, dataset.sources, context);
    expect(once.split(herald?.headline ?? '?')).toHaveLength(2);
    expect(once).toContain('Source: The Korea Herald');
  });
});

describe('the BibTeX citation', () => {
  it('gives the event as @misc with its link and access date, related to an @article per source', () => {
    const bib = citationBibtex(colonialRule, dataset.sources, context);
    expect(bib).toMatch(/^@misc\{japanese-colonial-rule,\n {2}title = \{Japan's colonial rule of the Korean Peninsula\},/);
    expect(bib).toContain(`  url = {${context.link}},`);
    expect(bib).toContain('  urldate = {2026-12-01},');
    expect(bib).toContain('  related = {xinhua-2019-11-29,korea-herald-2023-09-08},');
    expect(bib).toContain(
      '@article{korea-herald-2023-09-08,\n  title = {S. Korean, Japanese customs agencies hold first bilateral meeting in 7 years},',
    );
    expect(bib).toContain('  journal = {The Korea Herald},\n  date = {2023-09-08},\n  year = {2023},');
  });

  it.each([
    ['{x}', '\\{x\\}'],
    ['100% & $5', '100\\% \\& \\$5'],
    ['#1 a_b', '\\#1 a\\_b'],
    ['\\cmd', '\\textbackslash{}cmd'],
    ['~ ^', '\\textasciitilde{} \\textasciicircum{}'],
    ['two\nlines', 'two lines'],
    ['한일 カナ “quotes”', '한일 カナ “quotes”'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeBibtex(raw)).toBe(escaped);
  });

  it('leaves no unescaped special character from hostile data, so every brace it opens it closes', () => {
    const [event] = hostileDataset.events.filter((e) => e.id === 'evil-event');
    if (!event) throw new Error('no hostile event');
    const bib = citationBibtex(event, hostileDataset.sources, context);
    const unescaped = bib.replace(/\\[{}%&$#_]|\\text[a-z]+\{\}/g, '');
    expect(unescaped.match(/[%&$#_\\~^]/g)).toBeNull();
    let depth = 0;
    for (const ch of unescaped) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib).toContain(escapeBibtex(HOSTILE.tex));
  });
});

describe('the CSL-JSON citation', () => {
  it('is JSON that Zotero reads: a webpage for the event and a newspaper article per source', () => {
    const items = JSON.parse(citationCslJson(colonialRule, dataset.sources, context)) as Record<string, unknown>[];
    expect(items.map((i) => [i.id, i.type])).toEqual([
      ['japanese-colonial-rule', 'webpage'],
      ['xinhua-2019-11-29', 'article-newspaper'],
      ['korea-herald-2023-09-08', 'article-newspaper'],
    ]);
    expect(items[0]).toMatchObject({
      URL: context.link,
      accessed: { 'date-parts': [[2026, 12, 1]] },
      'event-date': { 'date-parts': [[1910], [1945]] },
    });
    expect(items[1]).toMatchObject({ title: xinhua?.headline, 'container-title': 'Xinhua', issued: { 'date-parts': [[2019, 11, 29]] } });
    expect(items[2]?.note).toBe('Byline as printed: By Yonhap. Published as printed: Sept. 8, 2023 - 09:54');
  });

  it('gives a date no more precise than it is, and a week as its days', () => {
    const events = dataset.events;
    const month = events.find((e) => e.start.precision === 'month' && !e.end);
    const week = events.find((e) => e.start.precision === 'week' && !e.end);
    const eventDate = (id: string | undefined) =>
      (JSON.parse(citationCslJson(eventById(id ?? ''), dataset.sources, context)) as { 'event-date': unknown }[])[0]?.['event-date'];
    expect(eventDate(month?.id)).toEqual({ 'date-parts': [[Number(month?.start.iso.slice(0, 4)), Number(month?.start.iso.slice(5, 7))]] });
    expect(week?.start.iso).toBe('2019-W49');
    expect(eventDate(week?.id)).toEqual({
      'date-parts': [
        [2019, 12, 2],
        [2019, 12, 8],
      ],
    });
  });

  it('keeps hostile strings as they are', () => {
    const [event] = hostileDataset.events.filter((e) => e.id === 'evil-event');
    if (!event) throw new Error('no hostile event');
    const items = JSON.parse(citationCslJson(event, hostileDataset.sources, context)) as Record<string, unknown>[];
    expect(items[0]?.title).toBe(event.title);
    expect(items[1]?.title).toBe(`${HOSTILE.markup} ${HOSTILE.hangul}`);
    expect(items[1]?.note).toContain(HOSTILE.kana);
  });
});

describe('eventLink', () => {
  it('opens the page the reader is on at the event, whatever view and fragment the page had', () => {
    expect(eventLink('https://example.org/tl/?date=2019&span=2y#events-heading', 'pact-1965')).toBe(
      'https://example.org/tl/?event=pact-1965',
    );
  });
});
