import { describe, expect, it } from 'vitest';
import { datasetFiles } from '../testing/realDataset';
import { describeEventDate, describeEventPrecision } from './describeEventDate';
import { validateDatasetWithRelations } from './validateRelations';

const { dataset } = validateDatasetWithRelations(datasetFiles);
const words = (id: string) => {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return [describeEventDate(event), describeEventPrecision(event)];
};

describe('describeEventDate', () => {
  it('says "some time between" two bounds', () => {
    expect(words('dispute-spreads-trade-security')).toEqual([
      'some time between October 2018 and 29 November 2019',
      'known only by bounds',
    ]);
  });

  it('ends the span with the end of the year or month that holds the earliest bound', () => {
    expect(words('customs-talks-saudi-uzbekistan-mongolia')[0]).toBe('some time between 8 September 2023 and the end of 2023');
  });

  it('says "or before" for a latest bound alone, at its precision', () => {
    expect(words('previous-dg-trade-meeting')[0]).toBe('in December 2016 or before');
    expect(words('seoul-compensation-offer')[0]).toBe('in 2023 or before');
  });

  it('says a period still going on was so when reported, and claims no end', () => {
    expect(words('tokyo-seoul-at-odds')).toEqual([
      'from October 2018, still going on when reported on 29 November 2019',
      'start known to the month, no end yet',
    ]);
  });

  it('keeps the words of known dates and periods', () => {
    expect(words('japanese-colonial-rule')).toEqual(['1910 – 1945', 'known to the year']);
    expect(words('gsomia-extension')).toEqual(['22 November 2019', 'known to the day']);
  });
});
