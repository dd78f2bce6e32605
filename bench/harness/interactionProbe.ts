/**
 * What the interaction benchmark installs in the app's benchmark page (as plain script text, so no build helper
 * leaks into it). Before each measured action the harness arms the probe with what the page must show once the
 * action has taken effect; then it sends the real input (CDP keys and clicks). The probe notes the input's own
 * timestamp (`event.timeStamp` of the keydown, or of the click), looks at the page in every animation frame after
 * it, and in the first frame whose DOM shows the expected state it queues a task, which runs once that frame has
 * been painted: "until painted" is that task's time less the input's timestamp. A state that never shows within
 * the limit is a failed action, with the last state seen; it never yields a time.
 *
 * The probe also records the browser's own Event Timing entries (PerformanceObserver type 'event',
 * durationThreshold 16: from each input event to the next paint after its handlers ran). An interaction with no
 * entry took under 16 ms.
 */

/** What the page shows, read without forcing a layout (attributes and text only). */
export interface Snapshot {
  /** The header's search field. */
  readonly field: string;
  /** The URL's `q=` and `event=` (empty when absent). */
  readonly q: string;
  readonly event: string;
  /** How many events the list holds, from its rendered entries' aria-setsize: 0 when it says none, -1 when it renders no entry. */
  readonly listed: number;
  /** The list's count line ("1,234 of 10,000 events"). */
  readonly count: string;
  /** Rendered list entries that are not among the expected events (0 when the arming named none). */
  readonly outside: number;
  /** The search field's status, read out to screen readers ("12 events match “sum”."). */
  readonly status: string;
  /** The source panel's heading: the selected event's title. */
  readonly heading: string;
  /** The indexes of the ticked tag boxes, comma-joined. */
  readonly tags: string;
}

export type Expectation = Partial<Snapshot>;

/** One Event Timing entry, as the probe keeps it. */
export interface TimingEntry {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
  readonly interactionId: number;
}

export type Trigger = 'keydown' | 'click';

/** What the probe saw of one action. */
export interface ProbeResult {
  /** The expected state was painted within the limit. */
  readonly ok: boolean;
  /** The trigger's timestamp (keydown or click), and the first pointerdown or keydown of the action (ms since navigation). */
  readonly inputAt: number | null;
  readonly firstInputAt: number | null;
  /** When the frame showing the expected state had been painted; null when it never showed. */
  readonly paintedAt: number | null;
  /** Frames looked at after the input. */
  readonly frames: number;
  /** The state in the frame that matched, or the last one seen. */
  readonly snapshot: Snapshot;
}

/**
 * The probe's methods that do not depend on what a page shows, as script text: the armed action's result, waiting
 * for the DOM to settle, and the Event Timing entries kept. Both probes (this one, and the workbench's in
 * bench/curate/pageProbe.ts) are made with it; each defines `armed`, `observer` and `timing` before it.
 */
export const PROBE_SHARED_METHODS = `    result() {
      return armed.done;
    },
    /** Resolves once the page's DOM has not changed for \`frames\` animation frames in a row (or after \`limitMs\`): true when it settled. */
    settle(frames, limitMs) {
      return new Promise((resolve) => {
        let quiet = 0;
        const began = performance.now();
        const mutations = new MutationObserver(() => { quiet = -1; });
        mutations.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const frame = () => {
          quiet++;
          if (quiet >= frames || performance.now() - began > limitMs) {
            mutations.disconnect();
            setTimeout(() => resolve(quiet >= frames), 50);
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    /** The Event Timing entries that began at or after \`from\` (ms since navigation). */
    timing(from) {
      for (const e of observer.takeRecords()) timing.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 });
      return timing.filter((e) => e.startTime >= from - 1);
    },
`;

/** The page's elements the probe reads, by the classes the app gives them. */
export const PROBE_SCRIPT = `
(() => {
  const timing = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) timing.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 });
  });
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
  let ids = null;
  const snapshot = () => {
    const params = new URLSearchParams(location.search);
    const field = document.querySelector('.search-field input[type="search"]');
    const list = document.querySelector('.events-list');
    const entries = list ? list.querySelectorAll('li.event-entry') : [];
    let listed = -1;
    if (entries.length > 0) listed = Number(entries[0].getAttribute('aria-setsize'));
    else if (list && list.querySelector('.events-empty')) listed = 0;
    let outside = 0;
    if (ids) for (const li of entries) if (!ids.has(li.getAttribute('data-event-id'))) outside++;
    const boxes = document.querySelectorAll('.filters fieldset:first-of-type input[type="checkbox"]');
    const tags = [];
    boxes.forEach((box, i) => { if (box.checked) tags.push(i); });
    const text = (selector) => { const el = document.querySelector(selector); return el ? el.textContent : ''; };
    return {
      field: field ? field.value : '',
      q: params.get('q') || '',
      event: params.get('event') || '',
      listed,
      count: text('.events-count [role="status"]'),
      outside,
      status: text('.search-field [role="status"]'),
      heading: text('.panel-title'),
      tags: tags.join(','),
    };
  };
  const matches = (state, expect) => Object.keys(expect).every((key) => state[key] === expect[key]);
  const afterPaint = (resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };
  let armed = null;
  window.__benchProbe = {
    snapshot,
    /** Arms the probe for one action: the trigger event to time from, what the page must then show, the events the list may show. */
    arm(trigger, expect, expectedIds, limitMs) {
      ids = expectedIds ? new Set(expectedIds) : null;
      const action = { trigger, expect, inputAt: null, firstInputAt: null, frames: 0, done: null };
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
            if (matches(last, expect)) {
              stop();
              afterPaint((paintedAt) => resolve({ ok: true, inputAt: action.inputAt, firstInputAt: action.firstInputAt, paintedAt, frames: action.frames, snapshot: last }));
              return;
            }
          }
          if (performance.now() - began > limitMs) {
            stop();
            resolve({ ok: false, inputAt: action.inputAt, firstInputAt: action.firstInputAt, paintedAt: null, frames: action.frames, snapshot: action.inputAt === null ? snapshot() : last });
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
