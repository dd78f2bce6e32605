import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS, type ProblemKind } from './problemKinds';
import { describeWhere } from './problemWords';
import { validateRelation } from './readRelations';
import type { DataProblem, Source, TimelineEvent } from './types';
import { validateDataset } from './validateDataset';
import { type EventContext, validateEvent } from './validateEvent';
import { type TranslationContext, validateTranslations } from './validateTranslations';

/** A small article, published on Friday 29 November 2019, and a dataset around it. */
const TEXT = 'Seoul said last Friday it would extend the pact. The two sides have been at odds since October last year.';
const SOURCE = {
  id: 'daily-2019-11-29',
  file: 'daily.txt',
  publisher: 'The Daily',
  headline: 'Seoul extends the pact',
  byline: 'By A. Reporter',
  publishedAsPrinted: '2019/11/29',
  published: '2019-11-29',
};
const texts = { [SOURCE.file]: TEXT };

/** A good event: a day, dated by words of its one citation. */
const DAY = {
  id: 'pact-extended',
  title: 'Seoul extends the pact',
  label: 'Pact extended',
  start: '2019-11-22',
  status: 'happened',
  tags: [],
  citations: [
    {
      source: SOURCE.id,
      quote: 'Seoul said last Friday it would extend the pact',
      dating: { words: 'last Friday', reference: '2019-11-29', resolved: '2019-11-22' },
    },
  ],
};

const AT_ODDS = 'The two sides have been at odds since October last year';
/** A good event dated only by bounds: from October 2018 (its words), until the day of the report. */
const BOUNDED = {
  ...DAY,
  id: 'sides-at-odds',
  start: '[2018-10..2019-11-29]',
  bounds: { earliest: { words: 'October last year' }, latest: { words: 'have been at odds', reported: true } },
  citations: [{ source: SOURCE.id, quote: AT_ODDS }],
};

/** A good period still going on when reported. */
const ONGOING = {
  ...DAY,
  id: 'at-odds-since',
  start: '2018-10',
  end: '..',
  ongoing: { words: 'have been at odds' },
  citations: [{ source: SOURCE.id, quote: AT_ODDS, dating: { words: 'October last year', reference: '2019-11-29', resolved: '2018-10' } }],
};

const LINK = { kind: 'precedes', from: 'sides-at-odds', to: 'pact-extended', source: SOURCE.id, quote: AT_ODDS };

const sourceRead = validateDataset({ sources: [SOURCE], events: [DAY], texts }).dataset.sources;
const context: EventContext = { sources: new Map(sourceRead.map((s: Source) => [s.id, s])), index: 0 };
const check = (raw: unknown, more: Partial<EventContext> = {}) => validateEvent(raw, { ...context, ...more }).problems;
const standing = (raw: unknown): TimelineEvent => {
  const { event } = validateEvent(raw, context);
  if (!event) throw new Error('the fixture does not stand');
  return event;
};
const linkContext = { events: new Set([DAY.id, BOUNDED.id]), sources: context.sources, index: 0 };
const checkRelation = (raw: unknown, earlier = new Set<string>()) => validateRelation(raw, { ...linkContext, earlier }).problems;

/** For every kind, the smallest record that is wrong in that way alone. */
const CASES: Record<ProblemKind, () => readonly DataProblem[]> = {
  'not-a-list': () => validateDataset({ sources: [], events: {}, texts }).problems,
  'not-a-record': () => check(42),
  shape: () => check({ ...DAY, start: 20191122 }),
  'empty-text': () => check({ ...DAY, title: '  ' }),
  'label-too-long': () => check({ ...DAY, label: 'Seoul decides to extend the GSOMIA pact' }),
  'not-in-vocabulary': () => check({ ...DAY, status: 'rumoured' }),
  'no-citation': () => check({ ...DAY, citations: [] }),
  'not-a-slug': () => check({ ...DAY, id: 'Pact extended' }),
  'duplicate-id': () => check(DAY, { events: new Map([[DAY.id, standing(DAY)]]) }),
  'not-a-date': () => check({ ...DAY, start: '2019-02-31' }),
  'missing-text': () => validateDataset({ sources: [SOURCE], events: [], texts: {} }).problems,
  'uncited-source': () => validateDataset({ sources: [SOURCE], events: [], texts }).problems,
  'end-not-after-start': () => check({ ...ONGOING, ongoing: undefined, end: '2018-09' }),
  'not-bounds': () => check({ ...BOUNDED, start: '[2018-10..2019-02-30]' }),
  'bounds-out-of-order': () =>
    check({ ...BOUNDED, start: '[2019-12..2019-11-29]', bounds: { ...BOUNDED.bounds, earliest: { words: 'at odds', event: 'x' } } }),
  'bounds-for-a-date': () => check({ ...DAY, bounds: BOUNDED.bounds }),
  'bounded-with-end': () => check({ ...BOUNDED, end: '2019-12' }),
  'bounded-with-ongoing': () => check({ ...BOUNDED, ongoing: ONGOING.ongoing }),
  'bound-without-date': () => check({ ...BOUNDED, start: '[..2019-11-29]' }),
  'bound-reason-missing': () => check({ ...BOUNDED, bounds: { earliest: BOUNDED.bounds.earliest } }),
  'bound-two-reasons': () => check({ ...BOUNDED, bounds: { ...BOUNDED.bounds, latest: { words: 'at odds', reported: true, event: 'x' } } }),
  'bound-not-report-day': () => check({ ...BOUNDED, start: '[2018-10..2019-11-28]' }),
  'bound-words-mismatch': () => check({ ...BOUNDED, start: '[2018-11..2019-11-29]' }),
  'bound-event-mismatch': () =>
    check(
      { ...BOUNDED, bounds: { ...BOUNDED.bounds, latest: { words: 'at odds', event: DAY.id } } },
      { events: new Map([[DAY.id, standing(DAY)]]) },
    ),
  'ongoing-reason-missing': () => check({ ...ONGOING, ongoing: undefined }),
  'ongoing-with-end': () => check({ ...ONGOING, end: '2019-11' }),
  'start-after-report': () => check({ ...ONGOING, start: '2019-12', citations: BOUNDED.citations }),
  'words-not-in-citations': () => check({ ...ONGOING, ongoing: { words: 'still at odds' } }),
  'unknown-source': () => check({ ...DAY, citations: [{ ...DAY.citations[0], source: 'herald-2019-11-29' }] }),
  'quote-not-verbatim': () =>
    check({ ...DAY, citations: [{ ...DAY.citations[0], quote: 'Seoul said last Friday it would end the pact' }] }),
  'words-not-in-quote': () =>
    check({ ...DAY, citations: [{ ...DAY.citations[0], dating: { ...DAY.citations[0]?.dating, words: 'Last Friday' } }] }),
  'reference-not-published': () =>
    check({ ...DAY, citations: [{ ...DAY.citations[0], dating: { ...DAY.citations[0]?.dating, reference: '2019-11-30' } }] }),
  'words-unresolved': () =>
    check({ ...DAY, citations: [{ ...DAY.citations[0], dating: { ...DAY.citations[0]?.dating, words: 'the pact' } }] }),
  'dating-mismatch': () =>
    check({ ...DAY, citations: [{ ...DAY.citations[0], dating: { ...DAY.citations[0]?.dating, resolved: '2019-11-29' } }] }),
  'dating-outside-event': () => check({ ...DAY, start: '2019-11' }),
  'too-precise': () => check({ ...DAY, citations: [{ source: SOURCE.id, quote: DAY.citations[0]?.quote }] }),
  'unknown-event': () => checkRelation({ ...LINK, to: 'pact-ended' }),
  'self-relation': () => checkRelation({ ...LINK, to: LINK.from }),
  'duplicate-relation': () => checkRelation(LINK, new Set([`${LINK.from} ${LINK.kind} ${LINK.to} ${LINK.source}`])),
  'missing-translation': () => validateTranslations({ en: WORDS, ko: { ...KOREAN, events: {} } }, TRANSLATED),
  'unknown-translation': () =>
    validateTranslations(
      { en: WORDS, ko: { ...KOREAN, events: { ...KOREAN.events, 'pact-ended': { title: '협정 종료', label: '종료' } } } },
      TRANSLATED,
    ),
};

/** The dataset's words in English and Korean for the one good event, and what they are checked against. */
const WORDS = {
  tags: {},
  statuses: {
    happened: { label: 'Happened', meaning: 'done' },
    announced: { label: 'Announced', meaning: 'set' },
    planned: { label: 'Planned', meaning: 'meant' },
  },
};
const KOREAN = {
  ...WORDS,
  title: '타임라인',
  pageTitle: '타임라인',
  description: '타임라인',
  about: { sourcesNote: '출처', curation: [] },
  events: { [DAY.id]: { title: '서울, 협정 연장', label: '협정 연장' } },
  relations: {},
};
const TRANSLATED: TranslationContext = { languages: ['en', 'ko'], events: [standing(DAY)], relations: [], tags: [], curationPoints: 0 };

/** No words give a period that ends before it starts, so no citation can date it exactly either. */
const ALSO: Partial<Record<ProblemKind, readonly ProblemKind[]>> = { 'end-not-after-start': ['too-precise'] };

describe('the kinds of problem', () => {
  it('start from good records: the fixtures have no problem of their own', () => {
    expect(validateDataset({ sources: [SOURCE], events: [DAY, BOUNDED, ONGOING], relations: [LINK], texts }).problems).toEqual([]);
    expect(checkRelation(LINK)).toEqual([]);
    expect(validateTranslations({ en: WORDS, ko: KOREAN }, TRANSLATED)).toEqual([]);
  });

  it.each(PROBLEM_KINDS)('%s: a record wrong in that way alone gets that problem alone, at a field', (kind) => {
    const problems = CASES[kind]();
    expect(problems.map((p) => p.kind)).toEqual([kind, ...(ALSO[kind] ?? [])]);
    for (const p of problems) {
      expect(p.path.length).toBeGreaterThan(0);
      expect(p.message).not.toBe('');
      expect(describeWhere(p)).not.toBe('');
    }
  });
});
