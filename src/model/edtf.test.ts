// @ts-expect-error: the `edtf` package ships no types; the test uses only its default export, a parser that throws on bad input.
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../testing/realDataset';
import { validateDatasetWithLinks } from './validateLinks';
import { formatEventEdtf, parseEdtfBounds } from './edtf';
import { type PartialDate, parsePartialDate } from './partialDate';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
};
const event = (start: string, end?: string) => ({ start: date(start), ...(end !== undefined && { end: date(end) }) });

describe('formatEventEdtf', () => {
  it.each([
    ['1965', '1965'],
    ['2018-10', '2018-10'],
    ['2019-11-22', '2019-11-22'],
  ])('writes a date known to its precision as it is: %s', (start, edtf) => {
    expect(formatEventEdtf(event(start))).toBe(edtf);
  });

  it('writes a period as an interval of its two ends', () => {
    expect(formatEventEdtf(event('1910', '1945'))).toBe('1910/1945');
  });

  it('writes a week, which EDTF has no form for, as the interval of its days, Monday to Sunday', () => {
    expect(formatEventEdtf(event('2019-W49'))).toBe('2019-12-02/2019-12-08');
    expect(formatEventEdtf(event('2020-W01'))).toBe('2019-12-30/2020-01-05');
  });

  it('writes a period that starts or ends in a week from its first day to its last', () => {
    expect(formatEventEdtf(event('2019-W49', '2019-W51'))).toBe('2019-12-02/2019-12-22');
  });
});

const { dataset } = validateDatasetWithLinks(datasetFiles);
const parseWithReference = edtf as (text: string) => { readonly type: string };

describe('parseEdtfBounds', () => {
  it('reads "some time between", each bound at its own precision', () => {
    const read = parseEdtfBounds('[2018-10..2019-11-29]');
    expect(read?.earliest?.iso).toBe('2018-10');
    expect(read?.earliest?.precision).toBe('month');
    expect(read?.latest?.iso).toBe('2019-11-29');
    expect(read?.latest?.precision).toBe('day');
  });

  it('reads "on or before" and "on or after" as one bound', () => {
    expect(parseEdtfBounds('[..2016-12]')).toEqual({ latest: expect.objectContaining({ iso: '2016-12' }) });
    expect(parseEdtfBounds('[2023-09-08..]')).toEqual({ earliest: expect.objectContaining({ iso: '2023-09-08' }) });
  });

  it('refuses bounds that are missing, malformed or not real dates', () => {
    for (const text of ['[..]', '[2018-10]', '2018-10..2019', '[2018-13..2019]', '[2019-02-30..]', '[2018-10..2019..2020]']) {
      expect(parseEdtfBounds(text), text).toBeUndefined();
    }
  });
});

describe('formatEventEdtf on the real dataset', () => {
  const edtfOf = (id: string) => {
    const event = dataset.events.find((e) => e.id === id);
    if (!event) throw new Error(`no event ${id}`);
    return formatEventEdtf(event);
  };

  it('writes each kind of date as EDTF writes it', () => {
    expect(edtfOf('gsomia-extension')).toBe('2019-11-22');
    expect(edtfOf('japanese-colonial-rule')).toBe('1910/1945');
    expect(edtfOf('tokyo-seoul-at-odds')).toBe('2018-10/..');
    expect(edtfOf('dispute-spreads-trade-security')).toBe('[2018-10..2019-11-29]');
    expect(edtfOf('previous-dg-trade-meeting')).toBe('[..2016-12]');
    expect(edtfOf('tokyo-export-control-talks')).toBe('2019-12-16/2019-12-22');
  });

  it('writes what the dataset records: a bounded event gives back its `start` as written', () => {
    const raw = datasetFiles.events as { id: string; start: string }[];
    for (const event of dataset.events.filter((e) => e.earliest ?? e.latest)) {
      expect(formatEventEdtf(event), event.id).toBe(raw.find((r) => r.id === event.id)?.start);
    }
  });

  it('is accepted by the reference parser (`edtf`) wherever both bounds share a precision', () => {
    // The reference parser refuses a range whose ends differ in precision ("[2018-10..2019-11-29]"); the dataset
    // keeps each bound at the precision its words give (docs/data.md), so those are left to parseEdtfBounds.
    const shared = dataset.events.filter((e) => !(e.earliest && e.latest) || e.earliest.date.precision === e.latest.date.precision);
    expect(shared.length).toBeGreaterThan(15);
    for (const event of shared) {
      const text = formatEventEdtf(event);
      expect(() => parseWithReference(text), `${event.id}: ${text}`).not.toThrow();
    }
  });
});
