import type { Page } from 'playwright-core';

/** One animation frame of the page during a sweep: how long since the one before, and the view it showed. */
export interface SweptFrame {
  readonly ms: number;
  /** The view as the overview strip shows it: its start (epoch ms) and its width, in % of the whole range. */
  readonly start: number;
  readonly width: number;
}

/** A wheel notch at a point of the page. */
export interface WheelNotch {
  readonly x: number;
  readonly y: number;
  readonly deltaY: number;
}

const TICK = '__sweepTick';

/**
 * Sends the notches one per animation frame of the page, as a trackpad does, and records every frame meanwhile and
 * `after` frames more (the last notch's drawing). The page's frame loop calls a CDP binding each frame, and each
 * call sends the next notch, never awaited one by one: waiting for each acknowledgement, which can come a frame
 * late, would halve the input rate and flatter a slow page. The first frame, which follows no other, is left out.
 */
export async function sweepByFrames(page: Page, notches: readonly WheelNotch[], after = 10): Promise<SweptFrame[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: TICK });
  const sends: Promise<unknown>[] = [];
  let next = 0;
  cdp.on('Runtime.bindingCalled', ({ name }) => {
    const notch = name === TICK ? notches[next++] : undefined;
    if (notch) sends.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', deltaX: 0, ...notch }));
  });
  const frames = await page.evaluate(
    ({ binding, count }) =>
      new Promise<SweptFrame[]>((resolve) => {
        const overview = document.querySelector<HTMLElement>('.overview-window');
        const tick = (window as unknown as Record<string, (payload: string) => void>)[binding];
        const recorded: SweptFrame[] = [];
        let last = performance.now();
        const onFrame = (now: number) => {
          const start = Number(overview?.getAttribute('aria-valuenow'));
          recorded.push({ ms: now - last, start, width: Number.parseFloat(overview?.style.width ?? '') });
          last = now;
          if (recorded.length > count) return resolve(recorded.slice(1));
          tick?.('');
          requestAnimationFrame(onFrame);
        };
        requestAnimationFrame(onFrame);
      }),
    { binding: TICK, count: notches.length + after },
  );
  await Promise.all(sends);
  await cdp.detach();
  if (next < notches.length) throw new Error(`only ${next} of ${notches.length} notches were sent`);
  return frames;
}
