import { describe, expect, it } from 'vitest';
import { describeView } from './describeView';
import { FULL_RANGE } from './viewWindow';

describe('describing the view in words', () => {
  it('names years for a wide view', () => {
    expect(describeView({ start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) }, 1)).toBe('1960 to 1970, 1 event');
    expect(describeView(FULL_RANGE, 15)).toBe('1900 to 2030, 15 events');
  });

  it('names months for a view of a year or so', () => {
    expect(describeView({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) }, 9)).toBe('January 2019 to December 2019, 9 events');
  });

  it('names days for a view of weeks, and counts in words', () => {
    expect(describeView({ start: Date.UTC(2019, 10, 18), end: Date.UTC(2019, 10, 25) }, 0)).toBe(
      '18 November 2019 to 24 November 2019, 0 events',
    );
    expect(describeView({ start: Date.UTC(2019, 10, 18), end: Date.UTC(2019, 10, 25) }, 12345)).toMatch(/12,345 events$/);
  });
});
