import { describe, expect, it } from 'vitest';
import { buildTimingsTable } from './buildTimings';

describe('buildTimingsTable', () => {
  it("gives each step's time, its share of the build and the images' time each", () => {
    const table = buildTimingsTable({
      date: '2026-12-05T05:36:30Z',
      buildMs: 6000,
      pagesMs: 300,
      pages: 23,
      previewImagesMs: 3000,
      previewImages: 22,
    });
    expect(table).toContain('| prerendering 23 pages | 0.30 s | 5% | |');
    expect(table).toContain('| drawing 22 preview images | 3.00 s | 50% | 136 ms each |');
  });
});
