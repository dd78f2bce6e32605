import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/partialDate';
import { eventById } from '../testing/realDataset';
import { markName, shortSpan } from './markNames';

const date = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

describe('a cluster’s span in short', () => {
  it('says the year once when both ends share it', () => {
    expect(shortSpan(date('2019-11-28'), date('2019-12-02'))).toBe('28 Nov – 2 Dec 2019');
  });

  it('gives each end its year when they differ, at the precision each is known to', () => {
    expect(shortSpan(date('2018-10'), date('2019-11-29'))).toBe('Oct 2018 – 29 Nov 2019');
    expect(shortSpan(date('2016'), date('2023'))).toBe('2016 – 2023');
  });

  it('names a week by its first day, and a single date once', () => {
    expect(shortSpan(date('2019-11-22'), date('2019-W49'))).toBe('22 Nov – week of 2 Dec 2019');
    expect(shortSpan(date('2023'), date('2023'))).toBe('2023');
  });
});

describe('a mark’s accessible name', () => {
  const gsomia = eventById('gsomia-extension');

  it('begins with the visible label, then gives the title and the date', () => {
    expect(markName(gsomia)).toBe('GSOMIA extended: Seoul extends GSOMIA hours before it was due to expire, 22 November 2019');
  });

  it('gives a title that begins with the label once, but not one that only begins with its letters', () => {
    expect(markName({ ...gsomia, label: 'Seoul extends GSOMIA' })).toMatch(/^Seoul extends GSOMIA hours before/);
    expect(markName({ ...gsomia, label: 'Seoul ext' })).toMatch(/^Seoul ext: Seoul extends GSOMIA hours before/);
  });
});
