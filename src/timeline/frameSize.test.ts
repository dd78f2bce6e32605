import { describe, expect, it } from 'vitest';
import { DEFAULT_LANES } from '../core/markLayout';
import { laneCap } from './frameSize';
import { LANE_HEIGHT } from './markBoxes';

describe('the lanes the frame may grow to', () => {
  it('on a 1280×800 desktop, allow 9 lanes (216 px): every view but the full range fits them, and the reading panels keep about 250 px', () => {
    expect(laneCap(1280, 800)).toBe(9);
    expect(laneCap(1280, 800 + LANE_HEIGHT)).toBe(10);
  });

  it('grow with the window’s height, so a 1080 px screen has a lane for each of the 19 marks of 2016–2023 at the full range', () => {
    expect(laneCap(1920, 1080)).toBeGreaterThanOrEqual(19);
    expect(laneCap(1280, 900)).toBeGreaterThan(laneCap(1280, 800));
  });

  it('on a phone, keep what fits above its sheet, whatever its height', () => {
    expect(laneCap(375, 740)).toBe(DEFAULT_LANES);
    expect(laneCap(375, 1200)).toBe(DEFAULT_LANES);
  });
});
