import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem, localDay } from './timelineName';

describe('file names', () => {
  it('name a download after the timeline and the day', () => {
    expect(exportFileName('2026-12-01', 'csv')).toBe('japan-south-korea-relations-2026-12-01.csv');
  });

  it('take the title’s words before its first comma, whatever their script', () => {
    expect(fileStem('Japan–South Korea relations, 1910–2023')).toBe('japan-south-korea-relations');
    expect(fileStem('한일 관계: 1965년 이후')).toBe('한일-관계-1965년-이후');
    expect(fileStem('***')).toBe('timeline');
  });

  it('use the reader’s own calendar day', () => {
    expect(localDay(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
  });
});
