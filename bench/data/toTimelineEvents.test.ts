import { describe, expect, it } from 'vitest';
import type { BenchEvent } from './synthetic';
import { syntheticData } from './synthetic';
import { toTimelineEvents } from './toTimelineEvents';

describe('toTimelineEvents', () => {
  it('dates points and periods as the app does: [first day, day after the last)', () => {
    const events: BenchEvent[] = [
      { id: 'b', title: 'period', type: 'range', start: '1910-08-29', end: '1945-08-15' },
      { id: 'a', title: 'point', type: 'point', start: '2019-11-22' },
    ];
    const [period, point] = toTimelineEvents(events);
    expect(period).toMatchObject({ id: 'b', t0: Date.UTC(1910, 7, 29), t1: Date.UTC(1945, 7, 16) });
    expect(period?.end?.iso).toBe('1945-08-15');
    expect(point).toMatchObject({ id: 'a', t0: Date.UTC(2019, 10, 22), t1: Date.UTC(2019, 10, 23) });
    expect(point?.end).toBeUndefined();
  });

  it('sorts as a Dataset must: by start, then end, then id', () => {
    const out = toTimelineEvents(syntheticData(5000).events);
    for (let i = 1; i < out.length; i++) {
      const [a, b] = [out[i - 1], out[i]];
      if (!a || !b) throw new Error('missing event');
      expect(a.t0 < b.t0 || (a.t0 === b.t0 && (a.t1 < b.t1 || (a.t1 === b.t1 && a.id < b.id)))).toBe(true);
    }
  });

  it("puts events on the same days in id order, also outside the packed sort's range", () => {
    const on = (id: string, start: string): BenchEvent => ({ id, title: id, type: 'point', start });
    expect(toTimelineEvents([on('e9', '2001-01-01'), on('e10', '2001-01-01'), on('e1', '2000-12-31')]).map((e) => e.id)).toEqual([
      'e1',
      'e10',
      'e9',
    ]);
    expect(toTimelineEvents([on('e9', '1850-01-01'), on('e10', '1850-01-01'), on('e1', '1849-12-31')]).map((e) => e.id)).toEqual([
      'e1',
      'e10',
      'e9',
    ]);
  });

  it('names the event whose date is not a date', () => {
    expect(() => toTimelineEvents([{ id: 'x7', title: 't', type: 'point', start: '2019-02-30' }])).toThrow(
      'event x7: "2019-02-30" is not a date',
    );
  });
});
