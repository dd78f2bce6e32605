import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../testing/realDataset';
import type { RawEvent, RawSource } from '../model/schema';
import { markedDates, prefillFor, slugFor, suggestStatus } from './prefill';
import type { DraftSource } from './project';

const sources = datasetFiles.sources as RawSource[];
const events = datasetFiles.events as RawEvent[];
const draftOf = (id: string): DraftSource => {
  const raw = sources.find((s) => s.id === id);
  if (!raw) throw new Error(`no source ${id}`);
  return { ...raw, text: readFileSync(`src/data/articles/${raw.file}`, 'utf8') };
};
const xinhua = draftOf('xinhua-2019-11-29');

/** Selects a quote where it stands in its source, as a curator's selection would. */
const select = (source: DraftSource, quote: string) => {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { sourceId: source.id, start, end: start + quote.length };
};

describe('the event form for a selection', () => {
  it('takes the date from the date words inside the selection, with the words as the citation’s dating', () => {
    for (const id of ['pact-1965', 'gsomia-signed', 'vienna-preparatory-talks', 'japanese-colonial-rule', 'customs-meeting-2016']) {
      const expected = events.find((e) => e.id === id);
      const citation = expected?.citations[0];
      if (!expected || !citation) throw new Error(`no event ${id}`);
      const source = draftOf(citation.source);
      const prefill = prefillFor(source, select(source, citation.quote), markedDates(source));
      expect(prefill.origin, id).toBe('inside');
      expect(prefill.quote).toBe(citation.quote);
      expect([prefill.start, prefill.end], id).toEqual([expected.start, expected.end]);
      expect(prefill.dating, id).toEqual(citation.dating);
      expect(prefill.status, id).toBe(expected.status);
    }
  });

  it('takes the nearest date words before the selection when it has none, and says so: no dating is recorded', () => {
    const quote = 'The pact has enabled the two neighbors to share military information';
    const prefill = prefillFor(xinhua, select(xinhua, quote), markedDates(xinhua));
    expect(prefill).toMatchObject({ origin: 'before', words: 'November 2016', start: '2016-11' });
    expect(prefill.dating).toBeUndefined();
  });

  it('gives bounds where the words give only bounds, and a period going on for "since"', () => {
    const herald = draftOf('korea-herald-2023-09-08');
    const bounded = prefillFor(
      herald,
      select(herald, 'said it plans to hold talks with Saudi Arabia, Uzbekistan, and Mongolia by the end of this year'),
      markedDates(herald),
    );
    expect(bounded).toMatchObject({
      start: '[..2023]',
      bounds: { latest: { words: 'by the end of this year' } },
      status: 'planned',
      statusWords: 'plans to',
    });
    const ongoing = prefillFor(xinhua, select(xinhua, 'have been at odds since October last year'), markedDates(xinhua));
    expect(ongoing).toMatchObject({ start: '2018-10', end: '..', ongoing: { words: 'since October last year' } });
  });

  it('uses the curator’s correction of a reading in place of the finder’s', () => {
    const found = markedDates(xinhua).find((m) => m.found.text === 'Thursday');
    if (!found) throw new Error('no Thursday found');
    const corrected = markedDates(xinhua, [{ start: found.found.start, end: found.found.end, date: '2019-11-21' }]);
    const prefill = prefillFor(xinhua, select(xinhua, 'held dialogue on the matter on Thursday'), corrected);
    expect(prefill).toMatchObject({ start: '2019-11-21', dating: { words: 'Thursday', resolved: '2019-11-21' } });
  });

  it('has no date when no date words come before the selection', () => {
    const source = { ...xinhua, text: 'Nothing dated here. Talks went on.' };
    expect(prefillFor(source, select(source, 'Talks went on.'), markedDates(source))).toMatchObject({ origin: 'none', start: '' });
  });
});

describe('the status the words suggest', () => {
  it.each([
    ['The ministry plans to open an office', 'planned', 'plans to'],
    ['Officials will meet in Vienna', 'announced', 'will'],
    ['The summit is set to take place in May', 'announced', 'is set to'],
    ['The two sides met on Thursday', 'happened', undefined],
  ])('%s → %s', (quote, status, words) => {
    expect(suggestStatus(quote)).toEqual({ status, ...(words !== undefined && { words }) });
  });
});

describe('ids', () => {
  it('makes a readable slug, numbered to be unique', () => {
    expect(slugFor('Talks in Vienna, Austria!', new Set())).toBe('talks-in-vienna-austria');
    expect(slugFor('Talks in Vienna', new Set(['talks-in-vienna', 'talks-in-vienna-2']))).toBe('talks-in-vienna-3');
    expect(slugFor('会談', new Set())).toBe('event');
  });
});
