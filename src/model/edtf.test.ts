import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../testing/realDataset';
import { parseEdtfWithReference as parseWithReference } from '../testing/referenceEdtf';
import { validateDatasetWithRelations } from './validateRelations';
import { formatBoundsEdtf, formatEventEdtf, parseEdtfBounds } from './edtf';
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

describe('formatBoundsEdtf', () => {
  it('writes two bounds at the finer precision of the two, from the first day of the earlier to the last of the later', () => {
    expect(formatBoundsEdtf(date('2018-10'), date('2019-11-29'))).toBe('[2018-10-01..2019-11-29]');
    expect(formatBoundsEdtf(date('2023-09-08'), date('2023'))).toBe('[2023-09-08..2023-12-31]');
    expect(formatBoundsEdtf(date('2016'), date('2019-02'))).toBe('[2016-01..2019-02]');
    expect(formatBoundsEdtf(date('2019-W49'), date('2020'))).toBe('[2019-12-02..2020-12-31]');
  });

  it('writes bounds of one precision, and a single bound, as they are (a week as its Monday or Sunday)', () => {
    expect(formatBoundsEdtf(date('2016-11'), date('2019-11'))).toBe('[2016-11..2019-11]');
    expect(formatBoundsEdtf(undefined, date('2016-12'))).toBe('[..2016-12]');
    expect(formatBoundsEdtf(date('2023-09-08'))).toBe('[2023-09-08..]');
    expect(formatBoundsEdtf(undefined, date('2019-W49'))).toBe('[..2019-12-08]');
    expect(formatBoundsEdtf()).toBeUndefined();
  });
});

const { dataset } = validateDatasetWithRelations(datasetFiles);

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
    expect(edtfOf('dispute-spreads-trade-security')).toBe('[2018-10-01..2019-11-29]');
    expect(edtfOf('customs-talks-saudi-uzbekistan-mongolia')).toBe('[2023-09-08..2023-12-31]');
    expect(edtfOf('previous-dg-trade-meeting')).toBe('[..2016-12]');
    expect(edtfOf('tokyo-export-control-talks')).toBe('2019-12-16/2019-12-22');
  });

  it('is accepted by the reference parser (`edtf`) for every event', () => {
    for (const event of dataset.events) {
      const text = formatEventEdtf(event);
      expect(() => parseWithReference(text), `${event.id}: ${text}`).not.toThrow();
    }
  });

  it('says what the dataset’s bounds say, as the reference parser reads it: from the first moment of the earliest to the last of the latest', () => {
    const bounded = dataset.events.filter((e) => e.earliest ?? e.latest);
    expect(bounded.length).toBeGreaterThan(5);
    for (const event of bounded) {
      const read = parseWithReference(formatEventEdtf(event));
      expect(read.type, event.id).toBe('Set');
      const [only] = read.values;
      const [from, to] = only && 'min' in only ? (read.later ? [only, undefined] : [undefined, only]) : (only ?? []);
      expect(from?.min, event.id).toBe(event.earliest?.date.start);
      expect(to === undefined ? undefined : to.max + 1, event.id).toBe(event.latest?.date.end);
    }
  });
});
