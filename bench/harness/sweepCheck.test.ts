import { describe, expect, it } from 'vitest';
import { type WindowTrace, checkPan, checkZoom } from './sweepCheck';
import { DAY } from '../../src/model/duration';

const FULL = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) };
const FULL_MS = FULL.end - FULL.start;
const PLOT_PX = 1000;

/** A recording whose window stayed `w` on every frame, as the 23 November run recorded. */
const still = (w: { start: number; end: number }): WindowTrace => ({
  first: w,
  last: w,
  minSpan: w.end - w.start,
  minStart: w.start,
  maxStart: w.start,
});

describe('checkZoom', () => {
  it('fails a recording whose window never changed, saying it never got down to 30 days', () => {
    const { problems, minSpanDays } = checkZoom(still(FULL), FULL_MS);
    expect(minSpanDays).toBeCloseTo(47482, 0);
    expect(problems).toEqual([expect.stringContaining('never got down to 30 days')]);
  });

  it('passes a sweep from the full range down to 3 days and back', () => {
    const trace: WindowTrace = { first: FULL, last: FULL, minSpan: 3 * DAY, minStart: FULL.start, maxStart: FULL.start + 1e12 };
    expect(checkZoom(trace, FULL_MS).problems).toEqual([]);
  });

  it('fails a sweep that went in but did not come back out', () => {
    const deep = { start: Date.UTC(1960, 0, 1), end: Date.UTC(1960, 0, 1) + 10 * DAY };
    const trace: WindowTrace = { first: FULL, last: deep, minSpan: 3 * DAY, minStart: FULL.start, maxStart: deep.start };
    expect(checkZoom(trace, FULL_MS).problems).toEqual([expect.stringContaining('did not come back out')]);
  });

  it('fails a sweep that did not start from the full range', () => {
    const decade = { start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) };
    const trace: WindowTrace = { first: decade, last: decade, minSpan: 3 * DAY, minStart: decade.start, maxStart: decade.start };
    expect(checkZoom(trace, FULL_MS).problems).toEqual([expect.stringContaining('not at the full range')]);
  });

  it('fails a page that reported no window at all', () => {
    const trace: WindowTrace = { first: null, last: null, minSpan: Infinity, minStart: Infinity, maxStart: -Infinity };
    expect(checkZoom(trace, FULL_MS).problems).toEqual(['zoom: the page reported no window']);
  });
});

describe('checkPan', () => {
  const decade = { start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) };
  const msPerPx = (decade.end - decade.start) / PLOT_PX;

  it('fails a recording whose window never changed, both ways', () => {
    const { problems, outPx, backPx } = checkPan(still(decade), PLOT_PX);
    expect([outPx, backPx]).toEqual([0, 0]);
    expect(problems).toEqual(['pan: the view moved 0 px out, less than 200 px', 'pan: the view moved 0 px back, less than 200 px']);
  });

  it('passes a drag of 300 px each way, measured in pixels of the plot', () => {
    const trace: WindowTrace = {
      first: decade,
      last: decade,
      minSpan: decade.end - decade.start,
      minStart: decade.start - 300 * msPerPx,
      maxStart: decade.start,
    };
    const result = checkPan(trace, PLOT_PX);
    expect(result.problems).toEqual([]);
    expect(result.outPx).toBeCloseTo(300, 6);
    expect(result.backPx).toBeCloseTo(300, 6);
  });

  it('fails a drag that went out but stayed there', () => {
    const away = { start: decade.start - 300 * msPerPx, end: decade.end - 300 * msPerPx };
    const trace: WindowTrace = {
      first: decade,
      last: away,
      minSpan: decade.end - decade.start,
      minStart: away.start,
      maxStart: decade.start,
    };
    expect(checkPan(trace, PLOT_PX).problems).toEqual(['pan: the view moved 0 px back, less than 200 px']);
  });

  it('fails a pan that started wider than ten years, however far it moved', () => {
    const msPerPxFull = FULL_MS / PLOT_PX;
    const trace: WindowTrace = {
      first: FULL,
      last: FULL,
      minSpan: FULL_MS,
      minStart: FULL.start - 300 * msPerPxFull,
      maxStart: FULL.start,
    };
    expect(checkPan(trace, PLOT_PX).problems).toEqual([expect.stringContaining('wider than ten years')]);
  });
});
