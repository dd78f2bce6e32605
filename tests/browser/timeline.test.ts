import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type SweptFrame, sweepByFrames } from './frameSweep';
import { type OpenedPage, disconnectBrowser, openApp, untilStill } from './harness';
import { dataset } from '../../src/testing/realDataset';

afterAll(disconnectBrowser);

interface Axis {
  readonly level: string;
  /** Each tick's key: its level and time, unique where labels repeat ("Jan" of two years). */
  readonly keys: string[];
  readonly labels: string[];
  readonly xs: number[];
  readonly context: string[];
}

/** What the axis shows: the tick level, the labels and where they stand, and the second tier. */
const axis = (page: Page): Promise<Axis> =>
  page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('.timeline-frame');
    const ticks = Array.from(document.querySelectorAll<HTMLElement>('.timeline-ticks .tick'));
    return {
      level: frame?.dataset.tickLevel ?? '',
      keys: ticks.map((t) => t.dataset.key ?? ''),
      labels: ticks.map((t) => t.textContent ?? ''),
      xs: ticks.map((t) => new DOMMatrixReadOnly(getComputedStyle(t).transform).m41),
      context: Array.from(document.querySelectorAll('.timeline-context .tick'), (t) => t.textContent ?? ''),
    };
  });

/** The scale the axis shows, from its first and last ticks' times (in their keys) and positions. */
const msPerPx = (a: Axis): number => {
  const time = (key: string | undefined) => Number(key?.split(':')[1]);
  return (time(a.keys.at(-1)) - time(a.keys[0])) / ((a.xs.at(-1) ?? 0) - (a.xs[0] ?? 0));
};

/** Where a date is on screen, on the full view. */
async function pointAt(page: Page, year: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.timeline-frame').boundingBox();
  if (!box) throw new Error('no timeline frame');
  return { x: box.x + ((year - 1900) / 130) * box.width, y: box.y + 120 };
}

/** What a move changes on screen: the axis, where each mark and cluster stands, and what the live region says. */
const screenState = async (page: Page) => ({
  axis: await axis(page),
  marks: await page
    .locator('.timeline-marks .mark, .timeline-clusters .cluster')
    .evaluateAll((els) => els.map((el) => `${(el as HTMLElement).dataset.key}@${getComputedStyle(el).transform}`)),
  live: await page.locator('[aria-live="polite"]').first().textContent(),
});

/** Waits for the move (and any animation, and any layout finished in idle time) to end: nothing on screen moves. */
const settled = (page: Page) => untilStill(() => screenState(page));

/** Quicker than a step's glide (250 ms), so presses overlap as a reader's quick presses do. */
const QUICK_PRESS_MS = 80;
/** About a keyboard's auto-repeat rate. */
const KEY_REPEAT_MS = 60;
/**
 * The longest frame a zoom sweep may take. A display frame is 16.7 ms, and the benchmark holds the app to 33 ms on
 * a quiet machine (docs/performance.md); the tests share two cores with other work, where frames of up to 117 ms
 * were seen under a load of 12 with nothing wrong in the app. This bound fails a long task in a frame (laying out a
 * zoom level inside one took 200–450 ms) without failing a busy machine.
 */
const FRAME_BOUND_MS = 200;

async function wheelUntil(
  app: OpenedPage,
  at: { x: number; y: number },
  deltaY: number,
  done: (a: Axis) => boolean,
  ctrl = false,
): Promise<Axis> {
  await app.page.mouse.move(at.x, at.y);
  if (ctrl) await app.page.keyboard.down('Control');
  for (let i = 0; i < 200; i++) {
    const now = await axis(app.page);
    if (done(now)) break;
    await app.page.mouse.wheel(0, deltaY);
  }
  if (ctrl) await app.page.keyboard.up('Control');
  return axis(app.page);
}

const DECADES = ['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020'];
/** The twelve short month names as this browser's Intl writes them in British English ("Sep" or "Sept", by ICU version). */
const monthsOf = (page: Page): Promise<Set<string>> =>
  page
    .evaluate(() =>
      Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2019, m, 15)),
      ),
    )
    .then((names) => new Set(names));

describe('the timeline in the production build', () => {
  it('shows decades at the full view, months at a year and days at a week as the wheel zooms in about the pointer', async () => {
    const app = await openApp();
    expect((await axis(app.page)).labels).toEqual(DECADES);
    const at = await pointAt(app.page, 2019.9);
    const year = await wheelUntil(app, at, -100, (a) => a.level === 'months');
    const months = await monthsOf(app.page);
    expect(months.size).toBe(12);
    expect(year.labels.length).toBeGreaterThan(3);
    expect(year.labels.every((l) => months.has(l))).toBe(true);
    expect(year.context.join(' ')).toMatch(/2019/);
    const week = await wheelUntil(app, at, -100, (a) => a.level === 'days' && a.labels.length <= 9);
    expect(week.labels.every((l) => /^\d{1,2}$/.test(l))).toBe(true);
    expect(week.context.join(' ')).toMatch(/(November|December) 2019/);
    const back = await wheelUntil(app, at, 100, (a) => a.labels.join() === DECADES.join());
    expect(back.labels).toEqual(DECADES);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('zooms in with a trackpad pinch (ctrl+wheel) and a double-click, and pans with a drag', async () => {
    const app = await openApp();
    const at = await pointAt(app.page, 1965);
    const pinched = await wheelUntil(app, at, -40, (a) => a.level === 'years', true);
    expect(pinched.labels).toContain('1965');
    const before = await axis(app.page);
    await app.page.mouse.dblclick(at.x, at.y);
    await settled(app.page);
    const after = await axis(app.page);
    expect(msPerPx(before) / msPerPx(after)).toBeCloseTo(2, 1);
    // A tick near the middle, so that it is still on screen after the drag.
    const middle = after.xs.findIndex((x) => x > 500);
    const key = after.keys[middle] ?? '';
    const x = after.xs[middle] ?? 0;
    await app.page.mouse.move(at.x, at.y);
    await app.page.mouse.down();
    await app.page.mouse.move(at.x - 150, at.y, { steps: 5 });
    await app.page.mouse.up();
    const dragged = await axis(app.page);
    expect((dragged.xs[dragged.keys.indexOf(key)] ?? 0) - x).toBeCloseTo(-150, -1);
    // A two-finger horizontal swipe on a trackpad arrives as a wheel with deltaX: it pans.
    await app.page.mouse.wheel(80, 0);
    const swiped = await axis(app.page);
    expect((swiped.xs[swiped.keys.indexOf(key)] ?? 0) - (dragged.xs[dragged.keys.indexOf(key)] ?? 0)).toBeCloseTo(-80, -1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('zooms with + and −, pans with the arrow keys and fits all with Home when the timeline has focus', async () => {
    const app = await openApp();
    const frame = app.page.getByRole('region', { name: /Timeline/ });
    await frame.focus();
    await app.page.keyboard.press('+');
    await app.page.keyboard.press('+');
    await app.page.keyboard.press('+');
    await settled(app.page);
    const zoomed = await axis(app.page);
    expect(zoomed.level).not.toBe('decades');
    await app.page.keyboard.press('ArrowRight');
    await settled(app.page);
    const panned = await axis(app.page);
    const key = zoomed.keys.find((k) => panned.keys.includes(k)) ?? '';
    expect(panned.xs[panned.keys.indexOf(key)] ?? 0).toBeLessThan(zoomed.xs[zoomed.keys.indexOf(key)] ?? 0);
    await app.page.keyboard.press('-');
    await settled(app.page);
    expect(msPerPx(await axis(app.page)) / msPerPx(panned)).toBeCloseTo(2, 1);
    await app.page.keyboard.press('Home');
    await settled(app.page);
    expect((await axis(app.page)).labels).toEqual(DECADES);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('adds up quick presses: five rapid + zoom in five steps, five rapid ArrowRight pan five steps, the buttons likewise', async () => {
    const app = await openApp('', { viewport: { width: 1280, height: 800 } });
    await app.page.getByRole('region', { name: /Timeline/ }).focus();
    const full = await axis(app.page);
    for (let i = 0; i < 5; i++) {
      await app.page.keyboard.press('+');
      await app.page.waitForTimeout(QUICK_PRESS_MS);
    }
    await settled(app.page);
    const zoomed = await axis(app.page);
    const ratio = msPerPx(full) / msPerPx(zoomed);
    expect(ratio).toBeGreaterThan(32 / 1.5);
    expect(ratio).toBeLessThan(32 * 1.5);
    const viewStart = (a: Axis) => Number(a.keys[0]?.split(':')[1]) - (a.xs[0] ?? 0) * msPerPx(a);
    for (let i = 0; i < 5; i++) {
      await app.page.keyboard.press('ArrowRight');
      await app.page.waitForTimeout(QUICK_PRESS_MS);
    }
    await settled(app.page);
    const panned = await axis(app.page);
    const frameWidth = (await app.page.locator('.timeline-frame').boundingBox())?.width ?? 0;
    const steps = (viewStart(panned) - viewStart(zoomed)) / (0.15 * frameWidth * msPerPx(zoomed));
    expect(steps).toBeGreaterThan(4.5);
    expect(steps).toBeLessThan(5.5);
    await app.page.getByRole('button', { name: 'Fit all', exact: true }).click();
    await settled(app.page);
    const zoomIn = app.page.getByRole('button', { name: 'Zoom in', exact: true });
    for (let i = 0; i < 5; i++) await zoomIn.click({ delay: 20 });
    await settled(app.page);
    expect(msPerPx(full) / msPerPx(await axis(app.page))).toBeGreaterThan(32 / 1.5);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps zooming while + is held down (key repeat)', async () => {
    const app = await openApp('', { viewport: { width: 1280, height: 800 } });
    await app.page.getByRole('region', { name: /Timeline/ }).focus();
    const full = await axis(app.page);
    await app.page.keyboard.down('+');
    for (let i = 0; i < 4; i++) {
      await app.page.waitForTimeout(KEY_REPEAT_MS);
      await app.page.keyboard.down('+');
    }
    await app.page.keyboard.up('+');
    await settled(app.page);
    expect(msPerPx(full) / msPerPx(await axis(app.page))).toBeGreaterThan(8);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('never draws a label over another label or over another mark, and labels the Vienna bar in late November 2019', async () => {
    for (const query of ['?date=2019-11&span=3m', '?date=2019-11-28', '']) {
      const app = await openApp(query, { viewport: { width: 1280, height: 800 } });
      await settled(app.page);
      const found = await app.page.evaluate(() => {
        const rect = (el: Element | null) => el?.getBoundingClientRect() ?? new DOMRect();
        const marks = Array.from(document.querySelectorAll<HTMLElement>('.timeline-marks .mark')).map((m) => ({
          id: m.dataset.eventId ?? '',
          label:
            getComputedStyle(m.querySelector('.mark-label') as Element).visibility === 'visible'
              ? rect(m.querySelector('.mark-label'))
              : null,
          glyph: rect(m.querySelector('.mark-glyph')),
          top: Math.round(rect(m).top),
        }));
        const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5;
        const problems: string[] = [];
        for (const a of marks) {
          if (!a.label || !a.label.width) continue;
          for (const b of marks) {
            if (a === b || a.top !== b.top) continue;
            if (hit(a.label, b.glyph)) problems.push(`label of ${a.id} covers ${b.id}`);
            if (b.label && hit(a.label, b.label)) problems.push(`labels of ${a.id} and ${b.id}`);
          }
        }
        const vienna = marks.find((m) => m.id === 'vienna-preparatory-talks');
        return { problems, count: marks.length, viennaLabelled: vienna ? Boolean(vienna.label?.width) : null };
      });
      expect(found.count, query).toBeGreaterThan(0);
      expect(found.problems, query).toEqual([]);
      if (query === '?date=2019-11-28') expect(found.viennaLabelled).toBe(true);
      expect(app.errors).toEqual([]);
      await app.close();
    }
  });

  it('packs marks under the axis with no empty lane between them, and sizes the frame to its lanes', async () => {
    for (const query of ['?date=2019-11&span=3m', '?date=2019-11-28', '', '?date=2019']) {
      const app = await openApp(query, { viewport: { width: 1280, height: 800 } });
      await settled(app.page);
      const { lanes, frameHeight } = await app.page.evaluate(() => {
        const frame = document.querySelector('.timeline-frame')?.getBoundingClientRect() ?? new DOMRect();
        // The lane of each mark and cluster, from how far below the axis (46 px) its box begins.
        const lane = (el: Element) => Math.floor((el.getBoundingClientRect().top - frame.top - 46 + 5) / 30);
        const all = Array.from(document.querySelectorAll('.timeline-marks .mark, .timeline-clusters .cluster'), lane);
        return { lanes: [...new Set(all)].sort((a, b) => a - b), frameHeight: frame.height };
      });
      // Lanes fill from the top: the marks on screen use lanes 0, 1, … with none left empty between them.
      expect(lanes, query).toEqual(lanes.map((_, i) => i));
      // Below the lowest lane: at most two spare lanes (the frame's least height) and room for the linked-date label.
      expect(frameHeight - (46 + lanes.length * 30), query).toBeLessThanOrEqual(2 * 30 + 26);
      expect(app.errors).toEqual([]);
      await app.close();
    }
  });

  it('keeps the selected mark in view above the source sheet on a phone', async () => {
    const app = await openApp('?event=gsomia-extension', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    await settled(app.page);
    const mark = await app.page.locator('.timeline-marks [data-event-id="gsomia-extension"] .mark-glyph').boundingBox();
    const landmark = (role: 'complementary' | 'region') => app.page.getByRole(role, { name: /Source/ });
    const sheet = await landmark('complementary').or(landmark('region')).first().boundingBox();
    expect(mark).not.toBeNull();
    expect((mark?.y ?? 999) + (mark?.height ?? 0)).toBeLessThanOrEqual(sheet?.y ?? 0);
    expect(mark?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('moves at once, without animation, for a reader who prefers reduced motion', async () => {
    const app = await openApp('', { reducedMotion: 'reduce' });
    await app.page.getByRole('region', { name: /Timeline/ }).focus();
    const before = await axis(app.page);
    await app.page.keyboard.press('+');
    expect(msPerPx(before) / msPerPx(await axis(app.page))).toBeCloseTo(2, 1);
    await app.page.getByRole('button', { name: 'Fit all', exact: true }).click();
    expect((await axis(app.page)).labels).toEqual(DECADES);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('splits a cluster into its events when it is activated, where a phone’s lanes run out', async () => {
    // A desktop's frame grows to the lanes the full view needs; a phone's has room for five.
    const app = await openApp('', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const cluster = app.page.locator('.timeline-clusters .cluster').last();
    const size = Number(await cluster.getAttribute('data-cluster-size'));
    expect(size).toBeGreaterThan(1);
    // The cluster's key names its run of the date-ordered events (`c<first>-<end>`): those it holds.
    const [lo, hi] = ((await cluster.getAttribute('data-key')) ?? '').slice(1).split('-').map(Number);
    const held = dataset.events.slice(lo, hi).map((e) => e.id);
    expect(held).toHaveLength(size);
    const drawn = () =>
      app.page.locator('.timeline-marks [data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    const heldDrawnBefore = (await drawn()).filter((id) => id !== null && held.includes(id));
    expect(heldDrawnBefore).toEqual([]);
    await cluster.click();
    await settled(app.page);
    const heldDrawnAfter = (await drawn()).filter((id) => id !== null && held.includes(id));
    expect(heldDrawnAfter.length).toBeGreaterThan(0);
    const biggest = await app.page
      .locator('.timeline-clusters .cluster')
      .evaluateAll((cs) => Math.max(0, ...cs.map((c) => Number((c as HTMLElement).dataset.clusterSize))));
    expect(biggest).toBeLessThan(size);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('selects a mark reached with Tab and the arrow keys when Enter is pressed', async () => {
    const app = await openApp('', { viewport: { width: 1280, height: 800 } });
    await app.page.getByRole('region', { name: /Timeline/ }).focus();
    await app.page.keyboard.press('Tab');
    const first = await app.page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId ?? '');
    expect(first).not.toBe('');
    await app.page.keyboard.press('ArrowRight');
    const id = await app.page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId ?? '');
    expect(id).not.toBe(first);
    await app.page.keyboard.press('Enter');
    const mark = app.page.locator(`.timeline-marks [data-event-id="${id}"]`);
    await expect(mark.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(app.page.locator('.timeline-marks [aria-pressed="true"]').count()).resolves.toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('fits a phone, with zoom buttons large enough to tap and a two-finger pinch that zooms', async () => {
    const app = await openApp('', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const frame = await app.page.locator('.timeline-frame').boundingBox();
    expect((frame?.x ?? 0) + (frame?.width ?? 999)).toBeLessThanOrEqual(375);
    for (const name of ['Zoom in', 'Zoom out', 'Fit all']) {
      const box = await app.page.getByRole('button', { name, exact: true }).boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
    }
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Two fingers spreading apart zoom in.
    const cdp = await app.page.context().newCDPSession(app.page);
    // On the axis, where no mark is under the fingers.
    const y = (frame?.y ?? 0) + 30;
    const mid = (frame?.x ?? 0) + (frame?.width ?? 0) * 0.8;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: mid - spread, y, id: 1 },
                { x: mid + spread, y, id: 2 },
              ],
      });
    const before = await axis(app.page);
    await touch('touchStart', 10);
    for (let spread = 12; spread <= 60; spread += 4) await touch('touchMove', spread);
    await touch('touchEnd', 60);
    const after = await axis(app.page);
    expect(msPerPx(after)).toBeLessThan(msPerPx(before) / 3);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps every frame near the display rate while a wheel zooms in and out, and the view follows it', async () => {
    const app = await openApp();
    // The app has started (it draws the marks): the sweep starts from the whole range.
    await app.page.waitForSelector('.timeline-marks [data-event-id]');
    const at = await pointAt(app.page, 2019.9);
    const notches = Array.from({ length: 120 }, (_, i) => ({ ...at, deltaY: i < 60 ? -120 : 120 }));
    const frames = await sweepByFrames(app.page, notches);
    const sorted = frames.map((f) => f.ms).sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
    const view = (f: SweptFrame | undefined) => `${f?.start}:${f?.width}`;
    const moving = frames.filter((f, i) => i > 0 && view(f) !== view(frames[i - 1])).length;
    console.log(
      `timeline zoom sweep, real dataset: ${frames.length} frames, ${moving} with a new view, median ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms`,
    );
    expect(frames.length).toBe(130);
    // The frames measured are frames of a moving view: from the whole range in to a few days around 2019 (the
    // overview draws no window narrower than 0.4%) and back out, a new view in many of them.
    const [first, last] = [frames[0], frames.at(-1)];
    expect(first?.width).toBe(100);
    expect(Math.min(...frames.map((f) => f.width))).toBe(0.4);
    expect(Math.max(...frames.map((f) => f.start))).toBeGreaterThan(Date.UTC(2019, 0, 1));
    expect(last?.width).toBe(100);
    expect(moving).toBeGreaterThanOrEqual(30);
    // Every frame, not a count or a median: a long task or a zoom level laid out inside a frame shows as one long frame.
    expect(frames.filter((f) => f.ms > FRAME_BOUND_MS).map((f) => f.ms.toFixed(1))).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the selected mark', () => {
  const kinds = { 'gsomia-extension': 'mark--point', 'seoul-compensation-offer': 'mark--span', 'japanese-colonial-rule': 'mark--period' };
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`in the ${colorScheme} scheme, a point's, a span's and a period's selection ring clears its own label`, async () => {
      for (const [id, kind] of Object.entries(kinds)) {
        const app = await openApp(`?event=${id}`, { colorScheme });
        const mark = app.page.locator(`.timeline .mark[data-event-id="${id}"][aria-pressed="true"]`);
        await mark.waitFor();
        const seen = await untilStill(() =>
          mark.evaluate((el) => {
            const glyph = el.querySelector('.mark-glyph');
            const label = el.querySelector('.mark-label');
            if (!glyph || !label) return null;
            const style = getComputedStyle(glyph);
            const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
            const g = glyph.getBoundingClientRect();
            const l = label.getBoundingClientRect();
            return {
              kind: el.className,
              ring: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), top: g.top - reach, left: g.left - reach },
              label: { bottom: l.bottom, width: l.width, colour: getComputedStyle(label).color },
              ringColour: style.outlineColor,
            };
          }),
        );
        if (!seen) throw new Error(`${id}: no glyph or label`);
        expect(seen.kind).toContain(kind);
        // A ring is drawn, in the label's colour, and the label is shown.
        expect(seen.ring.style).toBe('solid');
        expect(seen.ring.width).toBeGreaterThanOrEqual(2);
        expect(seen.label.width).toBeGreaterThan(0);
        expect(seen.label.colour).toBe(seen.ringColour);
        expect(seen.label.bottom, `${id}: the label ends above the ring`).toBeLessThanOrEqual(seen.ring.top + 0.01);
        expect(app.errors).toEqual([]);
        await app.close();
      }
    });
  }
});
