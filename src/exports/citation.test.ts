import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { formatEventEdtf } from '../model/edtf';
import type { TimelineEvent } from '../model/types';
import { apaReferences } from '../testing/apaReferences';
import { englishI18n, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { datasetIn, eventIn } from '../testing/inLanguage';
import { eventById, dataset } from '../testing/realDataset';
import { HOSTILE, hostileDataset } from '../testing/exportsHostileDataset';
import { parseEdtfWithReference } from '../testing/referenceEdtf';
import { bylineAgency, citationBibtex, citationCslJson, citationText, escapeBibtex, eventLink, sourcesOf } from './citation';

const context = { link: 'https://example.org/timeline/?event=japanese-colonial-rule', accessed: '2026-12-01', i18n: englishI18n };
const describeEventDate = englishI18n.dates.eventDate;
const colonialRule = eventById('japanese-colonial-rule');
const [xinhua, herald] = dataset.sources;

describe('the plain-text citation', () => {
  const text = citationText(colonialRule, dataset.sources, context);

  it('names the event, its date as the sources support it, the timeline, the link and the day accessed', () => {
    expect(text).toContain(`“${colonialRule.title}”, 1910 – 1945. In`);
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

  it('gives every event’s date in words, never in EDTF: bounds read as the timeline reads them', () => {
    const dateOf = (id: string) => citationText(eventById(id), dataset.sources, context).split(' In Japan–South Korea')[0];
    expect(dateOf('dispute-spreads-trade-security')).toMatch(/, some time between October 2018 and 29 November 2019\.$/);
    expect(dateOf('seoul-compensation-offer')).toMatch(/, in 2023 or before\.$/);
    expect(dateOf('customs-talks-saudi-uzbekistan-mongolia')).toMatch(/, some time between 8 September 2023 and the end of 2023\.$/);
    expect(dateOf('tokyo-seoul-at-odds')).toMatch(/, from October 2018, still going on when reported on 29 November 2019\.$/);
    for (const event of dataset.events) {
      const [reference = ''] = citationText(event, dataset.sources, context).split(context.link);
      expect(reference, event.id).toContain(`, ${describeEventDate(event)}.`);
      expect(reference, event.id).not.toMatch(/\[|\.\.|\d{4}-\d{2}|\d{4}\/|EDTF/);
    }
  });

  it('names a source once however many passages the event quotes from it', () => {
    const meeting = eventById('customs-meeting-2016');
    const once = citationText(meeting, dataset.sources, context);
    expect(once.split(herald?.headline ?? '?')).toHaveLength(2);
    expect(once).toContain('Source: The Korea Herald');
  });
});

describe('the news agency a byline credits', () => {
  it.each([
    ['Source: Xinhua', 'Xinhua'],
    ['By Yonhap', 'Yonhap'],
    ['  by  AFP ', 'AFP'],
    ['Byron Press', 'Byron Press'],
    ['By', undefined],
    ['Source:', undefined],
    [' ', undefined],
  ])('is read from %j as %j', (byline, agency) => {
    expect(bylineAgency(byline)).toBe(agency);
  });
});

/** The news agency each source's byline credits ("Source: Xinhua", "By Yonhap"). */
const AGENCY: Readonly<Record<string, string>> = { 'xinhua-2019-11-29': 'Xinhua', 'korea-herald-2023-09-08': 'Yonhap' };

/** The EDTF dates a reference manager's note carries, "(EDTF …)". */
const edtfInNotes = (text: string): string[] => [...text.matchAll(/\(EDTF ([^)]*)\)/g)].map((m) => m[1] ?? '');

describe('the BibTeX citation', () => {
  it('gives the event as an @online page of the timeline, related to a newspaper @article per source with its agency as author', () => {
    const bib = citationBibtex(colonialRule, dataset.sources, context);
    expect(bib).toMatch(/^@online\{japanese-colonial-rule,\n {2}title = \{\{Japan's\} colonial rule of the \{Korean\} \{Peninsula\}\},/);
    expect(bib).toContain('  date = {2026-12-04},');
    expect(bib).toContain(`  url = {${context.link}},`);
    expect(bib).toContain('  urldate = {2026-12-01},');
    expect(bib).toContain('  related = {xinhua-2019-11-29,korea-herald-2023-09-08},');
    expect(bib).toContain('@article{korea-herald-2023-09-08,\n  entrysubtype = {newspaper},\n  author = {{Yonhap}},');
    expect(bib).toContain('  journal = {The Korea Herald},\n  date = {2023-09-08},');
    expect(bib).toContain('@article{xinhua-2019-11-29,\n  entrysubtype = {newspaper},\n  author = {{Xinhua}},');
  });

  it('reads back in a strict parser, without errors, every field as it was meant, for every event of the dataset', () => {
    for (const event of dataset.events) {
      const library = parseBibtex(citationBibtex(event, dataset.sources, context));
      expect(library.errors, event.id).toEqual([]);
      const cited = sourcesOf(event, dataset.sources);
      expect(library.entries.map((e) => [e.type, e.key])).toEqual([['online', event.id], ...cited.map((s) => ['article', s.id])]);
      const [page, ...articles] = library.entries;
      expect(page?.fields).toEqual({
        title: event.title,
        titleaddon: 'In Japan–South Korea relations, 1910–2023, a sourced, zoomable timeline',
        date: '2026-12-04',
        url: context.link,
        urldate: context.accessed,
        note: expect.stringContaining(`Event dated ${describeEventDate(event)} (EDTF ${formatEventEdtf(event)}), as its sources support.`),
        related: cited.map((s) => s.id).join(','),
      });
      articles.forEach((article, i) => {
        const source = cited[i];
        expect(article.fields).toEqual({
          entrysubtype: 'newspaper',
          author: [{ name: AGENCY[source?.id ?? ''] }],
          title: source?.headline,
          journal: source?.publisher,
          date: source?.published.iso,
          note: `Byline as printed: ${source?.byline}. Published as printed: ${source?.publishedAsPrinted}`,
        });
      });
    }
  });

  it('reads back hostile strings as they are, markup and TeX’s special characters included', () => {
    const event = hostileDataset.events.find((e) => e.id === 'evil-event') as TimelineEvent;
    const [source] = hostileDataset.sources;
    const library = parseBibtex(citationBibtex(event, hostileDataset.sources, context));
    expect(library.errors).toEqual([]);
    const [page, article] = library.entries;
    // The parser marks a word kept from sentence-casing as Zotero does, in a "nocase" span.
    const text = (title: string | undefined) => title?.replace(/<span class="nocase">(.*?)<\/span>/g, '$1');
    expect(text(page?.fields.title)).toBe(event.title);
    expect(text(article?.fields.title)).toBe(source?.headline);
    expect(article?.fields.journal).toBe(source?.publisher);
    expect(article?.fields.author).toEqual([{ name: source?.byline }]);
  });

  it('writes EDTF in its notes that the reference parser (`edtf`) reads', () => {
    for (const event of dataset.events) {
      const dates = edtfInNotes(citationBibtex(event, dataset.sources, context));
      expect(dates, event.id).toEqual([formatEventEdtf(event)]);
      for (const date of dates) expect(() => parseEdtfWithReference(date), `${event.id}: ${date}`).not.toThrow();
    }
  });

  it.each([
    ['{x}', '\\{x\\}'],
    ['100% & $5', '100\\% \\& \\$5'],
    ['#1 a_b', '\\#1 a\\_b'],
    ['\\cmd', '\\textbackslash{}cmd'],
    ['~ ^', '\\textasciitilde{} \\textasciicircum{}'],
    ['two\nlines', 'two lines'],
    ['<b>', '\\textless{}b\\textgreater{}'],
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
  it('is JSON that Zotero reads: a webpage for the event, issued on the dataset’s last change, and a newspaper article per source', () => {
    const items = JSON.parse(citationCslJson(colonialRule, dataset.sources, context)) as Record<string, unknown>[];
    expect(items.map((i) => [i.id, i.type])).toEqual([
      ['japanese-colonial-rule', 'webpage'],
      ['xinhua-2019-11-29', 'article-newspaper'],
      ['korea-herald-2023-09-08', 'article-newspaper'],
    ]);
    expect(items[0]).toMatchObject({
      URL: context.link,
      issued: { 'date-parts': [[2026, 12, 4]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      'event-date': { 'date-parts': [[1910], [1945]] },
    });
    expect(items[1]).toMatchObject({
      author: [{ literal: 'Xinhua' }],
      title: xinhua?.headline,
      'container-title': 'Xinhua',
      issued: { 'date-parts': [[2019, 11, 29]] },
    });
    expect(items[2]).toMatchObject({ author: [{ literal: 'Yonhap' }], 'container-title': 'The Korea Herald' });
    expect(items[2]?.note).toBe('Byline as printed: By Yonhap. Published as printed: Sept. 8, 2023 - 09:54');
  });

  it('gives a date no more precise than it is, and a week as its days', () => {
    const events = dataset.events;
    const exact = events.filter((e) => !e.end && !e.earliest && !e.latest && !e.ongoing);
    const month = exact.find((e) => e.start.precision === 'month');
    const week = exact.find((e) => e.start.precision === 'week');
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

  it('gives a date known only by bounds, or still going on, in words: date parts would claim a date the sources do not give', () => {
    const eventDate = (id: string) =>
      (JSON.parse(citationCslJson(eventById(id), dataset.sources, context)) as { 'event-date': unknown }[])[0]?.['event-date'];
    expect(eventDate('dispute-spreads-trade-security')).toEqual({ literal: 'some time between October 2018 and 29 November 2019' });
    expect(eventDate('tokyo-seoul-at-odds')).toEqual({ literal: 'from October 2018, still going on when reported on 29 November 2019' });
  });

  it('renders in APA (Citation.js, citeproc-js) with a date for the timeline’s page and every source, and each agency as author', () => {
    const items = new Map<string, object>();
    for (const event of dataset.events)
      for (const item of JSON.parse(citationCslJson(event, dataset.sources, context)) as { id: string }[]) items.set(item.id, item);
    const references = apaReferences([...items.values()]);
    expect(references.split('\n').filter((line) => line.trim() !== '')).toHaveLength(items.size);
    expect(references).not.toMatch(/n\.d\./);
    expect(references).toContain(`${eventById('gsomia-extension').title}. (2026, December 4).`);
    expect(references).toContain(`Xinhua. (2019, November 29). ${xinhua?.headline}. Xinhua.`);
    expect(references).toContain(`Yonhap. (2023, September 8). ${herald?.headline}. The Korea Herald.`);
  });

  it('writes EDTF in its note that the reference parser (`edtf`) reads', () => {
    for (const event of dataset.events) {
      const dates = edtfInNotes(citationCslJson(event, dataset.sources, context));
      expect(dates, event.id).toEqual([formatEventEdtf(event)]);
      for (const date of dates) expect(() => parseEdtfWithReference(date), `${event.id}: ${date}`).not.toThrow();
    }
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

describe('the citation in Korean and Japanese', () => {
  const ko = { ...context, i18n: koreanI18n };
  const ja = { ...context, i18n: japaneseI18n };
  const extension = (language: 'ko' | 'ja') => eventIn(language, 'gsomia-extension');

  it('writes its prose in the page’s language round the sources as printed, in English', () => {
    const text = citationText(extension('ja'), dataset.sources, ja);
    expect(text).toContain(`「${extension('ja').title}」、2019年11月22日。所収：日韓関係 1910–2023年、出典付きの拡大・縮小できる年表。`);
    expect(text).toContain(`${context.link}（2026年12月1日閲覧）。`);
    expect(text).toContain(`出典：Xinhua「${xinhua?.headline}」、クレジット「Source: Xinhua」、発行 ${xinhua?.publishedAsPrinted}。`);
    const rulings = citationText(eventIn('ko', 'forced-labor-rulings'), dataset.sources, ko);
    expect(rulings).toContain(', 2018년 10월. 수록: 한일 관계, 1910–2023년');
    expect(citationText(eventIn('ko', 'previous-dg-trade-meeting'), dataset.sources, ko)).toContain(', 2016년 12월 이전. 수록:');
  });

  it('reads back in the strict BibTeX parser, its notes in Korean with the EDTF software reads', () => {
    for (const event of datasetIn('ko').events) {
      const bib = citationBibtex(event, dataset.sources, ko);
      const library = parseBibtex(bib);
      expect(library.errors, event.id).toEqual([]);
      const [page, ...articles] = library.entries;
      expect(page?.fields.title).toBe(event.title);
      expect(page?.fields.titleaddon).toBe('수록: 한일 관계, 1910–2023년, 출처를 밝힌 확대·축소 연표');
      expect(page?.fields.note).toContain(
        `출처가 뒷받침하는 사건 날짜: ${koreanI18n.dates.eventDate(event)} (EDTF ${formatEventEdtf(event)}).`,
      );
      expect(edtfInNotes(bib)).toEqual([formatEventEdtf(event)]);
      for (const article of articles) expect(article.fields.note).toMatch(/^게재된 바이라인: /);
    }
  });

  it('gives CSL-JSON its container and notes in Japanese, a date known only by bounds in Japanese words, and renders in APA', () => {
    const items = JSON.parse(citationCslJson(eventIn('ja', 'dispute-spreads-trade-security'), dataset.sources, ja)) as Record<
      string,
      unknown
    >[];
    expect(items[0]).toMatchObject({
      'container-title': '日韓関係 1910–2023年、出典付きの拡大・縮小できる年表',
      'event-date': { literal: '2018年10月から2019年11月29日までの間' },
    });
    expect(items[0]?.note).toMatch(/^出典が裏付ける出来事の日付：2018年10月から2019年11月29日までの間 \(EDTF /);
    expect(items[1]?.title).toBe(xinhua?.headline);
    const references = apaReferences(items);
    expect(references).toContain(`Xinhua. (2019, November 29). ${xinhua?.headline}. Xinhua.`);
  });
});

describe('eventLink', () => {
  it('opens the page the reader is on at the event, whatever view and fragment the page had', () => {
    expect(eventLink('https://example.org/tl/?date=2019&span=2y#events-heading', 'pact-1965', 'en')).toBe(
      'https://example.org/tl/?event=pact-1965',
    );
  });

  it('opens in the language the reader cites in: its folder says it, or the link does', () => {
    expect(eventLink('https://example.org/tl/ko/?date=2019', 'pact-1965', 'ko')).toBe('https://example.org/tl/ko/?event=pact-1965');
    expect(eventLink('https://example.org/tl/?lang=ja&date=2019', 'pact-1965', 'ja')).toBe(
      'https://example.org/tl/?event=pact-1965&lang=ja',
    );
    expect(eventLink('https://example.org/tl/ko/', 'pact-1965', 'en')).toBe('https://example.org/tl/ko/?event=pact-1965&lang=en');
  });
});
