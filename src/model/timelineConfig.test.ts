import { describe, expect, it } from 'vitest';
import config from '../data/timeline.json';
import { TIMELINE } from './timeline';
import { readTimelineConfig } from './timelineConfig';

describe('the timeline description (src/data/timeline.json)', () => {
  it('is valid as it stands', () => {
    expect(readTimelineConfig(config)).toEqual(TIMELINE);
  });

  it('names each field that is wrong', () => {
    const broken = { ...config, title: ' ', range: { fromYear: 1900, untilYear: 'soon' }, tags: ['Trade'] };
    expect(() => readTimelineConfig(broken)).toThrow(
      /^src\/data\/timeline\.json: title: must not be empty; range\.untilYear: .*; tags\.0: must be lower-case words joined by hyphens$/,
    );
  });

  it('needs the day the dataset last changed, a real day', () => {
    expect(TIMELINE.updated).toBe('2026-12-04');
    for (const updated of ['2026-02-30', '2026-12', '4 December 2026', 20261204]) {
      expect(() => readTimelineConfig({ ...config, updated }), String(updated)).toThrow(/^src\/data\/timeline\.json: updated: /);
    }
    expect(() => readTimelineConfig({ ...config, updated: '2026-02-30' })).toThrow('updated: must be a real day, YYYY-MM-DD');
    expect(() => readTimelineConfig({ ...config, updated: undefined })).toThrow(/updated: /);
  });

  it('needs a range that runs forwards and tags listed once', () => {
    expect(() => readTimelineConfig({ ...config, range: { fromYear: 2030, untilYear: 1900 } })).toThrow(
      'range: fromYear must come before untilYear',
    );
    expect(() => readTimelineConfig({ ...config, tags: ['law', 'law'] })).toThrow('tags: a tag is listed twice');
  });
});
