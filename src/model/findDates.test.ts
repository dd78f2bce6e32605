import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset, datasetFiles } from '../testing/realDataset';
import { foundDateCode, namedSpan } from './dateFinder/foundDateForms';
import { type FoundDate, type Resolution, SUPPORTED_YEARS } from './dateFinder/types';
import { findDates, readDateWords } from './findDates';
import { type PartialDate, formatDateSpan } from './partialDate';
import { resolveRelativeDate } from './relativeDate';

// Friday 29 November 2019, Wednesday 13 March 2024, Sunday 2 January 2022.
const FRIDAY = '2019-11-29';
const WEDNESDAY = '2024-03-13';
const SUNDAY = '2022-01-02';

/** Each expression found, as its words and the CLI's date form. */
const marks = (text: string, published: string) => findDates(text, published).map((d) => [d.text, foundDateCode(d.resolution)]);
const only = (text: string, published: string) => {
  const found = findDates(text, published);
  expect(found).toHaveLength(1);
  return found[0] as FoundDate;
};

describe('findDates: weekdays', () => {
  it('a weekday alone is the latest such day on or before publication', () => {
    expect(marks('The minister said Tuesday that talks had stalled.', WEDNESDAY)).toEqual([['Tuesday', '2024-03-12']]);
    expect(marks('Voters went to the polls on Sunday.', SUNDAY)).toEqual([['Sunday', '2022-01-02']]);
    expect(marks('The two ministers spoke on Thursday.', SUNDAY)).toEqual([['Thursday', '2021-12-30']]);
  });

  it('a weekday in words that look ahead is the first such day on or after publication', () => {
    expect(marks('The envoys will meet on Friday in Geneva.', WEDNESDAY)).toEqual([['Friday', '2024-03-15']]);
    expect(marks('Officials are scheduled to sign the deal on Tuesday.', FRIDAY)).toEqual([['Tuesday', '2019-12-03']]);
  });

  it('a weekday that opens its sentence takes the tense that follows it', () => {
    expect(marks('On Monday, the two leaders will hold a summit.', WEDNESDAY)).toEqual([['Monday', '2024-03-18']]);
    expect(marks('On Monday, the two leaders held a summit.', WEDNESDAY)).toEqual([['Monday', '2024-03-11']]);
  });

  it('says which word set the direction', () => {
    const text = 'The envoys will meet on Friday.';
    const { how } = only(text, WEDNESDAY);
    expect(how).toMatchObject({ convention: 'weekday-on-or-after', direction: 'future' });
    expect(how.cue && text.slice(how.cue.start, how.cue.end)).toBe('will');
  });

  it('"last Friday" is the Friday of the week before the publication week; "next Tuesday" of the week after', () => {
    expect(marks('Protests began last Friday.', '2021-02-01')).toEqual([['last Friday', '2021-01-29']]);
    expect(marks('The delegation will return next Tuesday.', FRIDAY)).toEqual([['next Tuesday', '2019-12-03']]);
  });

  it('a time of day stays out of the words ("at midnight last Friday" is "last Friday")', () => {
    expect(marks('The deal was due to expire at midnight last Friday.', FRIDAY)).toEqual([['last Friday', '2019-11-22']]);
  });

  it('a possessive weekday is still a date ("Friday\'s talks")', () => {
    expect(marks("Friday's talks ended without an agreement.", WEDNESDAY)).toEqual([['Friday', '2024-03-08']]);
  });
});

describe('findDates: months and days without a year', () => {
  it('a month in the past tense is the latest such month on or before publication', () => {
    expect(marks('Seoul suspended the pact in December.', FRIDAY)).toEqual([['December', '2018-12']]);
    expect(marks('Exports fell sharply in August.', FRIDAY)).toEqual([['August', '2019-08']]);
  });

  it('a month in words that look ahead is the first such month on or after publication', () => {
    expect(marks('The company plans to launch the service in June.', WEDNESDAY)).toEqual([['June', '2024-06']]);
    expect(marks('The government will unveil its budget in January.', '2021-02-01')).toEqual([['January', '2022-01']]);
  });

  it('a day and month follow the tense the same way', () => {
    expect(marks('The ceasefire collapsed on Dec. 28.', WEDNESDAY)).toEqual([['Dec. 28', '2023-12-28']]);
    expect(marks('Elections will be held on April 10.', WEDNESDAY)).toEqual([['April 10', '2024-04-10']]);
  });

  it('"may" and "march" in lower case are verbs, not months', () => {
    expect(marks('Officials said the plan may change, and prices may rise.', WEDNESDAY)).toEqual([]);
    expect(marks('Protesters plan to march on the capital in May.', WEDNESDAY)).toEqual([['May', '2024-05']]);
  });
});

describe('findDates: years, decades and spans', () => {
  it('a bare year is a date, and a number that counts something is not', () => {
    expect(marks('The company was founded in 1995.', FRIDAY)).toEqual([['1995', '1995']]);
    expect(marks('Some 1500 troops took part, and 2000 billion won was spent.', FRIDAY)).toEqual([]);
    expect(marks('The G20 leaders pledged 500 million dollars.', FRIDAY)).toEqual([]);
  });

  it('"the 1990s" is the span 1990/1999; "the \'90s" is found but not placeable', () => {
    expect(marks('The economies grew in the 1990s.', FRIDAY)).toEqual([['the 1990s', '1990/1999']]);
    expect(only("Songs of the '90s filled the stadium.", FRIDAY).resolution).toEqual({ kind: 'not-placeable', why: 'century-unstated' });
  });

  it('year spans and ranges run from their first to their last date', () => {
    expect(marks('Colonial rule, which lasted 1910-45, remains a sore point.', FRIDAY)).toEqual([['1910-45', '1910/1945']]);
    expect(marks('Japan ruled the peninsula from 1910 to 1945.', FRIDAY)).toEqual([['from 1910 to 1945', '1910/1945']]);
    expect(marks('The exhibition ran between 2010 and 2015.', FRIDAY)).toEqual([['between 2010 and 2015', '2010/2015']]);
    expect(marks('Protests continued from June to August.', WEDNESDAY)).toEqual([['from June to August', '2023-06/2023-08']]);
  });

  it('a span that ends before it starts is found but not placeable', () => {
    expect(only('The years 1945-1910 are reversed.', FRIDAY).resolution).toEqual({ kind: 'not-placeable', why: 'range-reversed' });
  });
});

describe('findDates: the precision the words give', () => {
  it.each([
    ['Officials met in Beijing last week.', 'last week', '2019-W47'],
    ['Shipments resumed last year.', 'last year', '2018'],
    ['The tariffs were imposed in October last year.', 'October last year', '2018-10'],
    ['Ministers met earlier this week.', 'earlier this week', '[2019-11-25..2019-11-29]'],
    ['It is the first summit in more than three years.', 'in more than three years', '[..2016-11-29]'],
    ['The envoy left Seoul six weeks ago.', 'six weeks ago', '2019-W42'],
    ['The meeting is set for the first week of December.', 'the first week of December', '2019-W49'],
  ])('%j gives %j as %s', (sentence, words, date) => {
    expect(marks(sentence, FRIDAY)).toEqual([[words, date]]);
  });

  it('"since" opens a period still going on, unless it follows a "first"', () => {
    expect(marks('Since October last year, the two sides have traded barbs.', FRIDAY)).toEqual([['Since October last year', '2018-10/..']]);
    expect(marks('It was the highest reading since 2008.', FRIDAY)).toEqual([['since 2008', '2008']]);
  });

  it('"by" makes a date the latest bound, and keeps the date it names', () => {
    const found = only('The agency aims to finish by the end of this year.', '2023-09-08');
    expect(foundDateCode(found.resolution)).toBe('[..2023]');
    expect(namedSpan(found.resolution)).toMatchObject({ start: { iso: '2023' } });
    expect(found.how.qualifier).toBe('by');
  });

  it('a duration is not a date, and a count from a narrated day is found but not placeable', () => {
    expect(marks('Talks have dragged on for two years under a five-year plan.', FRIDAY)).toEqual([]);
    expect(marks('The pair met again two days later.', FRIDAY)).toEqual([['two days later', null]]);
  });
});

const DATE_WORDS = [
  'Friday',
  'on Tuesday',
  'last Thursday',
  'next Monday',
  'in July',
  'Dec. 3',
  'November 2016',
  '1965',
  'since 2016',
  '1910-45',
  'the 1990s',
  'last week',
  'next month',
  'October last year',
  'earlier this week',
  'by the end of this year',
  'the third week in December',
  'in seven years',
  'three days ago',
  'yesterday',
];
const FILLER = [
  'The talks',
  'officials said',
  'and',
  'will meet',
  'were held',
  'the first',
  'in Seoul',
  '500 million',
  'G20',
  'May',
  '.',
  ',',
];
const sentences = fc.array(fc.constantFrom(...DATE_WORDS, ...FILLER), { maxLength: 14 }).map((parts) => parts.join(' '));
const days = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

function datesOf(resolution: Resolution): PartialDate[] {
  if (resolution.kind === 'date') return [resolution.span.start, ...(resolution.span.end ? [resolution.span.end] : [])];
  if (resolution.kind === 'ongoing') return [resolution.start];
  if (resolution.kind === 'bounds') return [resolution.earliest, resolution.latest].filter((d) => d !== undefined);
  return [];
}

describe('findDates: properties', () => {
  it('offsets always slice to the words, in order and without overlap', () => {
    fc.assert(
      fc.property(sentences, fc.string({ maxLength: 30 }), days, (sentence, noise, day) => {
        const text = `${noise} ${sentence} ${noise}`;
        let previousEnd = 0;
        for (const found of findDates(text, isoOf(day))) {
          expect(text.slice(found.start, found.end)).toBe(found.text);
          expect(found.start).toBeGreaterThanOrEqual(previousEnd);
          expect(found.end).toBeGreaterThan(found.start);
          previousEnd = found.end;
        }
      }),
    );
  });

  it('every found date lies within the supported years', () => {
    fc.assert(
      fc.property(sentences, days, fc.integer({ min: 0, max: 9999 }), (sentence, day, n) => {
        const text = `${sentence} In ${n}, ${n} years ago, the ${n}s.`;
        for (const found of findDates(text, isoOf(day))) {
          for (const date of datesOf(found.resolution)) {
            expect(date.start).toBeGreaterThanOrEqual(Date.UTC(SUPPORTED_YEARS.from, 0, 1));
            expect(date.end).toBeLessThanOrEqual(Date.UTC(SUPPORTED_YEARS.until, 0, 1));
          }
        }
      }),
    );
  });

  it('agrees with resolveRelativeDate on every expression whose reading the sentence did not decide', () => {
    fc.assert(
      fc.property(sentences, days, (sentence, day) => {
        for (const found of findDates(sentence, isoOf(day))) {
          if (found.how.cue || found.how.qualifier === 'first-since') continue;
          const named = namedSpan(found.resolution);
          const resolved = resolveRelativeDate(found.text, isoOf(day));
          expect(resolved && formatDateSpan(resolved)).toBe(named && formatDateSpan(named));
        }
      }),
    );
  });

  it('rejects a publication date that is not a day', () => {
    expect(() => findDates('Friday', '2019-11')).toThrow(RangeError);
    expect(readDateWords('Friday', '2019-02-30')).toBeUndefined();
  });
});

describe('findDates on the articles of the dataset', () => {
  /** Where the words stand in the article: inside the first place its citation's quote stands. */
  const wordsAt = (text: string, quote: string, words: string) => text.indexOf(quote) + quote.indexOf(words);
  /** The expression found for words at `at`: the same words, give or take a leading preposition. */
  const foundFor = (found: readonly FoundDate[], text: string, at: number, words: string) =>
    found.find((d) => {
      const [from, to] = [Math.min(d.start, at), Math.max(d.start, at)];
      return d.end === at + words.length && /^(?:(?:in|on|at|during|since|by)\s+)?$/i.test(text.slice(from, to));
    });
  const findings = new Map(dataset.sources.map((s) => [s.id, findDates(s.text, s.published.iso)]));

  const datings = dataset.events.flatMap((e) =>
    e.citations.flatMap((c) => (c.dating ? [{ event: e.id, quote: c.quote, source: c.sourceId, ...c.dating }] : [])),
  );

  it('finds every dating of the dataset where it stands, resolved as the dataset records it', () => {
    // Every dating on file, none left out by the validator (which reads them with the finder too).
    expect(datings).toHaveLength(JSON.stringify(datasetFiles.events).match(/"dating":/g)?.length ?? -1);
    for (const { event, quote, source, words, resolved } of datings) {
      const article = dataset.sources.find((s) => s.id === source);
      const found = foundFor(findings.get(source) ?? [], article?.text ?? '', wordsAt(article?.text ?? '', quote, words), words);
      const named = found && namedSpan(found.resolution);
      expect({ event, words, resolved: named && formatDateSpan(named) }).toEqual({ event, words, resolved: formatDateSpan(resolved) });
    }
  });

  it('finds the bound words that are counted from the article, giving the bound', () => {
    const bounds = dataset.events.flatMap((e) =>
      (['earliest', 'latest'] as const).flatMap((side) => {
        const bound = e[side];
        if (!bound || bound.basis.eventId !== undefined || bound.basis.reported) return [];
        const citation = e.citations[bound.basis.citationIndex];
        return citation ? [{ side, date: bound.date.iso, words: bound.basis.words, quote: citation.quote, source: citation.sourceId }] : [];
      }),
    );
    expect(bounds.map((b) => b.words)).toEqual(['by the end of this year']);
    for (const { side, date, words, quote, source } of bounds) {
      const article = dataset.sources.find((s) => s.id === source)?.text ?? '';
      const found = foundFor(findings.get(source) ?? [], article, wordsAt(article, quote, words), words);
      expect(found?.resolution.kind === 'bounds' ? found.resolution[side]?.iso : undefined).toBe(date);
    }
  });
});
