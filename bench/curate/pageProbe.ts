import { PROBE_SHARED_METHODS } from '../harness/interactionProbe';
/**
 * What the workbench's page benchmark installs in curate.html (as plain script text, so no build helper leaks
 * into it): the same method as the app's interaction probe (bench/harness/interactionProbe.ts). Armed with what
 * the page must show once an action has taken effect, it notes the input's own timestamp (`event.timeStamp` of
 * the keydown or the click), looks at the page in every animation frame after it, and in the first frame whose
 * DOM shows the expected state queues a task, which runs once that frame has been painted: "until painted" is that
 * task's time less the input's timestamp. A state that never shows within the limit is a failed action, with the
 * last state seen, and no time. Event Timing entries (durationThreshold 16) are kept beside it.
 */

/** What the page shows, read without forcing a layout (values, attributes and text only). */
export interface CurateSnapshot {
  /** The open event form's id field, or '' when no form is open. */
  readonly formId: string;
  /** The open form's first quote, and its title field. */
  readonly quote: string;
  readonly title: string;
  /** What the drafts list shows for the open form's event (its title, or its id while it has none); null when it has no entry. */
  readonly draft: string | null;
  /** How many entries the drafts list holds (rendered or not). */
  readonly drafts: number;
}

/** Keys the snapshot must equal, and keys it must differ from (the form of another event). */
export interface CurateExpectation {
  readonly equal: Partial<CurateSnapshot>;
  readonly differ?: Partial<CurateSnapshot>;
  /** A part of the outcome whose own paint is noted on the way (the typed character in the field, before the list shows it). */
  readonly early?: Partial<CurateSnapshot>;
}

/** What did not match, in words; empty when the snapshot shows what was expected. */
export function unmetIn(snapshot: CurateSnapshot, expect: CurateExpectation): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expect.equal) as [keyof CurateSnapshot, unknown][])
    if (snapshot[key] !== want) problems.push(`${key} is ${JSON.stringify(snapshot[key])}, not ${JSON.stringify(want)}`);
  for (const [key, not] of Object.entries(expect.differ ?? {}) as [keyof CurateSnapshot, unknown][])
    if (snapshot[key] === not) problems.push(`${key} is still ${JSON.stringify(not)}`);
  return problems;
}

export const CURATE_PROBE_SCRIPT = `
(() => {
  const timing = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) timing.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 });
  });
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
  const snapshot = () => {
    const form = document.querySelector('.curate-event-form');
    const value = (suffix) => { const el = form ? form.querySelector('[id$="' + suffix + '"]') : null; return el ? el.value : ''; };
    const formId = value('-id');
    const list = document.querySelectorAll('.curate-drafts li[data-event-id]');
    let draft = null;
    if (formId) {
      const entry = document.querySelector('.curate-drafts li[data-event-id="' + CSS.escape(formId) + '"] span[lang="en"]');
      draft = entry ? entry.textContent : null;
    }
    // A long list renders the rows near its scroll position only; each row says the list's length.
    const drafts = list.length === 0 ? 0 : Number(list[0].getAttribute('aria-setsize'));
    return { formId, quote: value('-quote-0'), title: value('-title'), draft, drafts };
  };
  const matches = (state, expect) =>
    Object.keys(expect.equal).every((key) => state[key] === expect.equal[key]) &&
    Object.keys(expect.differ || {}).every((key) => state[key] !== expect.differ[key]);
  const afterPaint = (resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };
  let armed = null;
  window.__curateProbe = {
    snapshot,
    arm(trigger, expect, limitMs) {
      const action = { inputAt: null, firstInputAt: null, earlyAt: null, frames: 0, done: null };
      let early = !expect.early;
      const onInput = (e) => {
        if (action.firstInputAt === null && (e.type === 'pointerdown' || e.type === 'keydown')) action.firstInputAt = e.timeStamp;
        if (action.inputAt === null && e.type === trigger) action.inputAt = e.timeStamp;
      };
      for (const type of ['pointerdown', 'keydown', 'click']) window.addEventListener(type, onInput, { capture: true });
      const stop = () => { for (const type of ['pointerdown', 'keydown', 'click']) window.removeEventListener(type, onInput, { capture: true }); };
      const began = performance.now();
      action.done = new Promise((resolve) => {
        let last = snapshot();
        const frame = () => {
          if (action.inputAt !== null) {
            action.frames++;
            last = snapshot();
            if (!early && Object.keys(expect.early).every((key) => last[key] === expect.early[key])) {
              early = true;
              afterPaint((at) => { action.earlyAt = at; });
            }
            if (matches(last, expect)) {
              stop();
              afterPaint((paintedAt) => resolve({ ok: true, inputAt: action.inputAt, firstInputAt: action.firstInputAt, earlyAt: action.earlyAt, paintedAt, frames: action.frames, snapshot: last }));
              return;
            }
          }
          if (performance.now() - began > limitMs) {
            stop();
            resolve({ ok: false, inputAt: action.inputAt, firstInputAt: action.firstInputAt, earlyAt: action.earlyAt, paintedAt: null, frames: action.frames, snapshot: action.inputAt === null ? snapshot() : last });
            return;
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      armed = action;
      return true;
    },
${PROBE_SHARED_METHODS}  };
})();
`;
