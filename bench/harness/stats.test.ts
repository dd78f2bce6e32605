import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile } from './stats';

describe('median and percentile', () => {
  it('take the middle, or the mean of the two middles, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('use the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('frameStats', () => {
  it('measures intervals between frames and counts the long ones', () => {
    // 20 frames at 60 Hz, one dropped frame (33.3 ms) and one stall of 100 ms.
    const frames = [0];
    const gaps = [...Array<number>(18).fill(16.67), 33.33, 100];
    for (const gap of gaps) frames.push((frames.at(-1) ?? 0) + gap);
    const stats = frameStats(frames, [
      [500, 60],
      [900, 120],
    ]);
    expect(stats.frames).toBe(20);
    expect(stats.p50).toBeCloseTo(16.67, 5);
    expect(stats.p95).toBeCloseTo(33.33, 5);
    expect(stats.max).toBeCloseTo(100, 5);
    expect(stats.over16).toBe(2);
    expect(stats.over33).toBe(2);
    expect(stats.longTasks).toBe(2);
    expect(stats.longTaskMs).toBe(180);
  });
});
