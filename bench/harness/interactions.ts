/**
 * One measured run of the interactions in the whole app (bench/pages/app.html) at N events: a fresh browser
 * context; the reader types a word into the header's search field letter by letter and clears it with Escape,
 * ticks and unticks tag filters, selects events from the list, and steps with Next and Previous. Each action is
 * real input (CDP keys and mouse clicks), timed in the page by the probe (bench/harness/interactionProbe.ts) from
 * the input event to the paint that shows its outcome, and by the browser's Event Timing. Each outcome is checked
 * against what the generated data says it must be (bench/harness/interactionCheck.ts); an action whose outcome
 * never shows fails, and gives no time.
 */
import type { Browser, Page } from 'playwright-core';
import { TAGS } from '../../src/model/types';
import { syntheticDatasetInput } from '../data/syntheticArticles';
import { syntheticData } from '../data/synthetic';
import {
  type CheckedEvent,
  dateOrder,
  expectedMatches,
  interactionMs,
  searchExpectation,
  selectionExpectation,
  spanOf,
  tagExpectation,
  typedPrefixes,
  unmet,
  wordsIn,
  wouldNotChange,
} from './interactionCheck';
import { type Expectation, PROBE_SCRIPT, type ProbeResult, type Snapshot, type TimingEntry, type Trigger } from './interactionProbe';

export type ActionKind = 'key' | 'firstKey' | 'clear' | 'select' | 'tag' | 'next' | 'previous';

/** One measured action. */
export interface ActionSample {
  readonly kind: ActionKind;
  /** What was done, in words ("type 'su'", "tick tag 2", "Next to e123"). */
  readonly what: string;
  /** Input event to the paint showing the outcome; null when the outcome never showed. */
  readonly untilPaintedMs: number | null;
  /** Event Timing's longest entry for the interaction; null when every entry was under 16 ms. */
  readonly eventTimingMs: number | null;
  /** The Event Timing entries' names and durations (ms), for the record. */
  readonly entries: readonly string[];
  /** Why the action failed: what the page showed instead. Empty when it took place. */
  readonly problems: readonly string[];
}

export interface InteractionRun {
  readonly n: number;
  readonly readyMs: number;
  readonly samples: readonly ActionSample[];
  /**
   * When (ms since navigation) the search's index was ready (its `search:indexed` mark), and when the search field
   * was clicked: the app builds the index in idle time once drawn, so a first key waits only for what is left.
   */
  readonly search?: { readonly indexedMs: number; readonly clickedMs: number };
  /** Why the run stopped early, if it did. */
  readonly error?: string;
}

export interface InteractionOptions {
  readonly baseUrl: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly readyLimitMs: number;
  /** How long an action's outcome may take to show before the action fails. */
  readonly actionLimitMs: number;
  /** The word typed, letter by letter. */
  readonly word: string;
  /** How many times the word is typed (the first time with the search not yet loaded), and each other action repeated. */
  readonly typings: number;
  readonly repeats: number;
}

/** The generated events as the checks see them: their words, dates and tags, straight from the data files the page loads. */
export function checkedEvents(n: number): CheckedEvent[] {
  const data = syntheticData(n);
  const input = syntheticDatasetInput(data.events);
  const raw = input.events as { id: string; title: string; label: string; tags: string[]; citations: { quote: string }[] }[];
  return data.events.map((e, i) => {
    const r = raw[i];
    if (!r || r.id !== e.id) throw new Error(`event ${i} of the data files is not event ${e.id}`);
    const tag = TAGS.indexOf(r.tags[0] ?? '');
    return {
      id: e.id,
      title: r.title,
      tag,
      ...spanOf(e.start, e.type === 'range' ? e.end : undefined),
      words: wordsIn([r.title, r.label, ...r.citations.map((c) => c.quote)].join(' ')),
    };
  });
}

const SETTLE_FRAMES = 3;
const SETTLE_LIMIT_MS = 5_000;

class Measurer {
  readonly samples: ActionSample[] = [];
  constructor(
    private readonly page: Page,
    private readonly limitMs: number,
  ) {}

  snapshot = async (): Promise<Snapshot> => (await this.page.evaluate('window.__benchProbe.snapshot()')) as Snapshot;

  settle = async (): Promise<void> => {
    await this.page.evaluate(`window.__benchProbe.settle(${SETTLE_FRAMES}, ${SETTLE_LIMIT_MS})`);
  };

  /** Arms the probe, sends the input, and records the action: timed when its outcome showed, a failure otherwise. */
  async measure(kind: ActionKind, what: string, trigger: Trigger, expect: Expectation, send: () => Promise<void>, ids?: readonly string[]) {
    const before = await this.snapshot();
    const pointless = wouldNotChange(before, expect);
    if (pointless) throw new Error(`${what}: ${pointless}`);
    await this.page.evaluate(
      ([t, e, i, limit]) => (window as unknown as { __benchProbe: { arm(...a: unknown[]): boolean } }).__benchProbe.arm(t, e, i, limit),
      [trigger, expect, ids ?? null, this.limitMs] as const,
    );
    await send();
    const result = (await this.page.evaluate('window.__benchProbe.result()')) as ProbeResult;
    await this.settle();
    const from = result.firstInputAt ?? result.inputAt ?? Number.POSITIVE_INFINITY;
    const entries = (await this.page.evaluate(`window.__benchProbe.timing(${from})`)) as TimingEntry[];
    const problems =
      result.inputAt === null
        ? [`no ${trigger} reached the page`]
        : result.ok
          ? unmet(result.snapshot, expect)
          : [`not shown within ${this.limitMs} ms: ${unmet(result.snapshot, expect).join('; ')}`];
    const sample: ActionSample = {
      kind,
      what,
      untilPaintedMs:
        problems.length === 0 && result.paintedAt !== null && result.inputAt !== null ? result.paintedAt - result.inputAt : null,
      eventTimingMs: interactionMs(entries),
      // The interaction's own events and the input they caused; the hover events of the pointer's move are left out.
      entries: entries.filter((e) => e.interactionId > 0 || e.name === 'input').map((e) => `${e.name} ${Math.round(e.duration)}`),
      problems,
    };
    this.samples.push(sample);
    return sample;
  }
}

/**
 * The probe's own check, before anything is measured: armed for a search's answer, it is sent a key that answers
 * nothing (Shift, with the focus outside the field), and must report that the answer never showed. A probe that
 * took a page that did not change for the expected one would time nothing; the run stops.
 */
async function checkProbeFails(page: Page, events: readonly CheckedEvent[], word: string): Promise<void> {
  const ids = expectedMatches(events, word);
  await page.evaluate(
    ([e, i]) => (window as unknown as { __benchProbe: { arm(...a: unknown[]): boolean } }).__benchProbe.arm('keydown', e, i, 1_000),
    [searchExpectation(word, ids.length, events.length), ids] as const,
  );
  await page.keyboard.press('Shift');
  const result = (await page.evaluate('window.__benchProbe.result()')) as ProbeResult;
  if (result.inputAt === null) throw new Error("the probe's check: the key never reached the page");
  if (result.ok) throw new Error(`the probe's check: it took a page where nothing was typed for the answer to ${JSON.stringify(word)}`);
}

/** The centre of the first element matching `selector` (scrolled into view first), in the viewport's pixels. */
async function centreOf(page: Page, selector: string, index = 0): Promise<{ x: number; y: number }> {
  const box = (await page.evaluate(
    ([s, i]) => {
      const el = document.querySelectorAll(s)[i];
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    [selector, index] as const,
  )) as { x: number; y: number } | null;
  if (!box) throw new Error(`the page has no ${selector} (#${index})`);
  return box;
}

/** The listed events whose entries are rendered and on screen (after scrolling the list into view). */
async function entriesOnScreen(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return (await page.evaluate(() => {
    document.querySelector('.events-scroll')?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const list = document.querySelector('.events-scroll')?.getBoundingClientRect();
    if (!list) return [];
    return [...document.querySelectorAll<HTMLElement>('.events-scroll li.event-entry')].flatMap((li) => {
      const r = li.querySelector('button')?.getBoundingClientRect();
      const inside = r && r.top >= Math.max(0, list.top) && r.bottom <= Math.min(innerHeight, list.bottom);
      return inside ? [{ id: li.dataset.eventId ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 }] : [];
    });
  })) as { id: string; x: number; y: number }[];
}

async function typeWord(m: Measurer, page: Page, events: readonly CheckedEvent[], word: string, cold: boolean): Promise<void> {
  const total = events.length;
  for (const [i, prefix] of typedPrefixes(word).entries()) {
    const ids = expectedMatches(events, prefix);
    const letter = prefix.slice(-1);
    await m.measure(
      cold && i === 0 ? 'firstKey' : 'key',
      `type ${JSON.stringify(prefix)} (${ids.length} matches)`,
      'keydown',
      searchExpectation(prefix, ids.length, total),
      () => page.keyboard.press(letter),
      ids,
    );
  }
  await m.measure('clear', 'Escape clears the search', 'keydown', searchExpectation('', 0, total), () => page.keyboard.press('Escape'));
}

/** Runs every scenario; returns when (ms since navigation) the search field was clicked. */
async function scenarios(page: Page, m: Measurer, events: readonly CheckedEvent[], options: InteractionOptions): Promise<number> {
  const total = events.length;
  const byId = new Map(events.map((e) => [e.id, e]));

  await checkProbeFails(page, events, options.word);

  // Search: the field is clicked (which starts loading the search), then the word typed at once; then again, warm.
  const field = await centreOf(page, '.search-field input[type="search"]');
  const clickedMs = (await page.evaluate('performance.now()')) as number;
  await page.mouse.click(field.x, field.y);
  for (let typing = 0; typing < options.typings; typing++) {
    await typeWord(m, page, events, options.word, typing === 0);
    await m.settle();
  }

  // Tags: tick one, untick it; each tag in turn.
  const tagsShown = TAGS.filter((_, k) => events.some((e) => e.tag === k));
  for (let r = 0; r < options.repeats; r++) {
    const k = r % tagsShown.length;
    const tag = TAGS.indexOf(tagsShown[k] ?? '');
    const listed = events.filter((e) => e.tag === tag).length;
    // Found again before each click: the list's new length moves what follows it.
    const box = () => centreOf(page, '.filters fieldset:first-of-type input[type="checkbox"]', k);
    const on = await box();
    await m.measure('tag', `tick tag ${tagsShown[k]} (${listed} events)`, 'click', tagExpectation([k], listed, total), () =>
      page.mouse.click(on.x, on.y),
    );
    const off = await box();
    await m.measure('tag', `untick tag ${tagsShown[k]}`, 'click', tagExpectation([], total, total), () => page.mouse.click(off.x, off.y));
  }

  // Selecting: a click on an entry of the list, a different one each time.
  for (let r = 0; r < options.repeats; r++) {
    const { event: current } = await m.snapshot();
    const shown = (await entriesOnScreen(page)).filter((e) => e.id !== current);
    const pick = shown[(r * 3) % Math.max(1, shown.length)];
    const event = pick && byId.get(pick.id);
    if (!pick || !event) throw new Error('no entry of the list is on screen to select');
    await m.measure('select', `select ${event.id} from the list`, 'click', selectionExpectation(event), () =>
      page.mouse.click(pick.x, pick.y),
    );
    await m.settle();
  }

  // Next and Previous: the selected event's neighbours in date order.
  const order = dateOrder(events);
  const place = new Map(order.map((id, i) => [id, i]));
  for (let r = 0; r < options.repeats; r++) {
    const forward = r < Math.ceil(options.repeats / 2);
    const { event: current } = await m.snapshot();
    const at = place.get(current);
    if (at === undefined) throw new Error(`the selected event ${JSON.stringify(current)} is not in the data`);
    const target = byId.get(order[at + (forward ? 1 : -1)] ?? '');
    if (!target) throw new Error(`${current} has no ${forward ? 'next' : 'previous'} event`);
    const button = await centreOf(page, '.source-panel .step-button', forward ? 1 : 0);
    await m.measure(
      forward ? 'next' : 'previous',
      `${forward ? 'Next' : 'Previous'} to ${target.id}`,
      'click',
      selectionExpectation(target),
      () => page.mouse.click(button.x, button.y),
    );
    await m.settle();
  }
  return clickedMs;
}

/** One run at N: load the page, then every scenario, each action checked. */
export async function measureInteractions(
  browser: Browser,
  events: readonly CheckedEvent[],
  options: InteractionOptions,
): Promise<InteractionRun> {
  const n = events.length;
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const m = new Measurer(page, options.actionLimitMs);
  let readyMs = Number.NaN;
  try {
    await page.goto(`${options.baseUrl}app.html?n=${n}`, { waitUntil: 'commit' });
    await page.waitForFunction('window.__ready === true || window.__benchError !== undefined', undefined, {
      timeout: options.readyLimitMs,
      polling: 250,
    });
    const failure = (await page.evaluate('window.__benchError')) as string | undefined;
    if (failure !== undefined) return { n, readyMs, samples: [], error: `page error: ${failure}` };
    readyMs = (await page.evaluate("performance.getEntriesByName('bench:ready')[0]?.startTime ?? NaN")) as number;
    await page.evaluate(PROBE_SCRIPT);
    await m.settle();
    const clickedMs = await scenarios(page, m, events, options);
    const indexedMs = (await page.evaluate("performance.getEntriesByName('search:indexed')[0]?.startTime ?? NaN")) as number;
    const search = { indexedMs, clickedMs };
    if (errors.length) return { n, readyMs, samples: m.samples, search, error: `page error: ${errors[0] ?? ''}` };
    return { n, readyMs, samples: m.samples, search };
  } catch (error) {
    return { n, readyMs, samples: m.samples, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}
