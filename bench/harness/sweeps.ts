/**
 * The sweeps: input sent as CDP `Input.dispatchMouseEvent`, one event per animation frame of the page,
 * never awaited one by one. The page's rAF loop calls a CDP binding each frame; the harness answers each
 * call by sending that frame's event and moving on. Awaiting each send instead (as Playwright's
 * `mouse.wheel` does) would wait for Chromium's acknowledgement, which can arrive a frame late, halving
 * the input rate and flattering a slow page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { RECORDER_SCRIPT, type Recording, TICK_BINDING, TWO_FRAMES } from './recorder';

type MouseEvent = {
  type: 'mouseWheel' | 'mousePressed' | 'mouseMoved' | 'mouseReleased';
  x: number;
  y: number;
  deltaX?: number;
  deltaY?: number;
  button?: 'left' | 'none';
  buttons?: number;
  clickCount?: number;
};

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The part of the page the input is aimed at: the timeline's plot, as the page reports its box. */
export interface Plot {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The plot's whole width, on screen or not: the width the visible window is drawn across. */
  readonly timeWidth: number;
}

/**
 * The plot's box, read from the page (`window.__benchPlot()`) and clipped to the viewport, so the input
 * lands on the timeline wherever the layout puts it. A page without a plot (the empty page) is aimed at
 * the viewport.
 */
export async function readPlot(page: Page, viewport: Viewport): Promise<Plot> {
  const box = (await page.evaluate('window.__benchPlot ? window.__benchPlot() : null')) as Omit<Plot, 'timeWidth'> | null;
  if (!box) return { x: 0, y: 0, ...viewport, timeWidth: viewport.width };
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const width = Math.min(viewport.width, box.x + box.width) - x;
  const height = Math.min(viewport.height, box.y + box.height) - y;
  if (!(width > 0 && height > 0))
    throw new Error(`the timeline's plot (${JSON.stringify(box)}) is outside the ${viewport.width}×${viewport.height} viewport`);
  return { x, y, width, height, timeWidth: box.width };
}

const centre = (plot: Plot) => ({ x: Math.round(plot.x + plot.width / 2), y: Math.round(plot.y + plot.height / 2) });

/** 60 wheel notches in (deltaY −120) at the plot's centre, then 60 out. */
export function zoomSteps(plot: Plot, each = 60): MouseEvent[] {
  const at = centre(plot);
  const notch = (deltaY: number): MouseEvent => ({ type: 'mouseWheel', ...at, deltaX: 0, deltaY });
  return [...Array.from({ length: each }, () => notch(-120)), ...Array.from({ length: each }, () => notch(120))];
}

/**
 * Press in the plot, drag 5 px a frame for 60 frames right then 60 left (120 drag frames), release. The
 * drag is centred on the plot's centre, so both ends stay inside it.
 */
export function panSteps(plot: Plot, each = 60, step = 5): MouseEvent[] {
  const { x: cx, y } = centre(plot);
  const x0 = Math.max(Math.round(plot.x) + 1, cx - (each * step) / 2);
  const held = { button: 'left', buttons: 1 } as const;
  const moves: MouseEvent[] = [];
  for (let i = 1; i <= each; i++) moves.push({ type: 'mouseMoved', x: x0 + i * step, y, ...held });
  for (let i = each - 1; i >= 0; i--) moves.push({ type: 'mouseMoved', x: x0 + i * step, y, ...held });
  return [
    { type: 'mousePressed', x: x0, y, ...held, clickCount: 1 },
    ...moves,
    { type: 'mouseReleased', x: x0, y, button: 'left', buttons: 0, clickCount: 1 },
  ];
}

export async function installRecorder(page: Page, cdp: CDPSession): Promise<void> {
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: TICK_BINDING });
  await page.evaluate(RECORDER_SCRIPT);
}

const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

export interface SweepResult extends Recording {
  /** Events sent; fewer than planned when the sweep hit its time limit. */
  readonly sent: number;
  readonly planned: number;
  readonly ms: number;
}

/**
 * Sends `steps`, one per page frame, recording every frame meanwhile. Gives up sending after
 * `limitMs` (a page that takes seconds per frame would otherwise hold the run for minutes); a final
 * `mouseReleased` is always sent so no drag is left hanging.
 */
export async function sweep(page: Page, cdp: CDPSession, steps: readonly MouseEvent[], limitMs: number): Promise<SweepResult> {
  let sent = 0;
  let stopped = false;
  const sends: Promise<unknown>[] = [];
  let finish: () => void = () => undefined;
  const allSent = new Promise<void>((resolve) => (finish = resolve));
  const onTick = ({ name }: { name: string }) => {
    if (name !== TICK_BINDING || stopped || sent >= steps.length) return;
    const step = steps[sent++];
    if (step) sends.push(cdp.send('Input.dispatchMouseEvent', step).catch(() => undefined));
    if (sent === steps.length) finish();
  };
  cdp.on('Runtime.bindingCalled', onTick);
  const began = Date.now();
  await page.evaluate('window.__benchRecorder.start()');
  await Promise.race([allSent, sleep(limitMs)]);
  stopped = true;
  const last = steps[steps.length - 1];
  if (sent < steps.length && last?.type === 'mouseReleased') sends.push(cdp.send('Input.dispatchMouseEvent', last));
  await Promise.race([Promise.all(sends), sleep(limitMs)]);
  // Let the last input's drawing reach the screen, so slow work after the input still counts.
  await Promise.race([page.evaluate(TWO_FRAMES), sleep(limitMs)]);
  const recording = (await page.evaluate('window.__benchRecorder.stop()')) as Recording;
  cdp.off('Runtime.bindingCalled', onTick);
  return { ...recording, sent, planned: steps.length, ms: Date.now() - began };
}

/**
 * Before the pan sweep: zoom in at the plot's centre, one awaited notch at a time (not measured), until
 * the visible window spans at most `targetSpanMs`, so both libraries pan over the same stretch of time.
 */
export async function zoomToSpan(page: Page, cdp: CDPSession, plot: Plot, targetSpanMs: number, limitMs: number): Promise<number> {
  const began = Date.now();
  const span = async () => (await page.evaluate('(() => { const w = window.__benchWindow(); return w.end - w.start; })()')) as number;
  let current = await span();
  let stuck = 0;
  // A page whose window does not move (the empty page) gives up after a few notches.
  for (let i = 0; i < 80 && current > targetSpanMs && stuck < 3 && Date.now() - began < limitMs; i++) {
    const [step] = zoomSteps(plot, 1);
    if (step) await cdp.send('Input.dispatchMouseEvent', step);
    await Promise.race([page.evaluate(TWO_FRAMES), sleep(limitMs)]);
    const before = current;
    current = await span();
    stuck = current < before ? 0 : stuck + 1;
  }
  return current;
}
