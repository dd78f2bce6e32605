import { describe, expect, it } from 'vitest';
import { syntheticData } from '../data/synthetic';
import type { Snapshot } from './interactionProbe';
import {
  type CheckedEvent,
  countLine,
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
import { checkedEvents } from './interactions';

const event = (id: string, title: string, start: string, end?: string): CheckedEvent => ({
  id,
  title,
  tag: 0,
  ...spanOf(start, end),
  words: wordsIn(`${title} ${title} The ${title} was reported for Sunday.`),
});

/** The page at rest on 10 events, no search, no filter, e3 selected. */
const resting: Snapshot = {
  field: '',
  q: '',
  event: 'e3',
  listed: 10,
  count: '10 events',
  outside: 0,
  status: '',
  heading: 'summit 3',
  tags: '',
};

describe('expectedMatches', () => {
  const events = [event('e1', 'summit 1', '1950-01-01'), event('e2', 'strike 2', '1950-01-02'), event('e3', 'Sommet 3', '1950-01-03')];

  it('finds the events holding a word that starts with each term, in any case', () => {
    expect(expectedMatches(events, 'sum')).toEqual(['e1']);
    expect(expectedMatches(events, 'SOMM')).toEqual(['e3']);
    // "Sunday" is in every quote.
    expect(expectedMatches(events, 's')).toEqual(['e1', 'e2', 'e3']);
    expect(expectedMatches(events, 'summit 1')).toEqual(['e1']);
    expect(expectedMatches(events, 'summit 2')).toEqual([]);
  });

  it('finds nothing for an empty query or a word inside another', () => {
    expect(expectedMatches(events, '')).toEqual([]);
    expect(expectedMatches(events, 'ummit')).toEqual([]);
  });

  it('counts on the generated data: "summit" narrows as it is typed, then holds', () => {
    const generated = checkedEvents(2000);
    const counts = typedPrefixes('summit').map((prefix) => expectedMatches(generated, prefix).length);
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    expect(counts[1]).toBeGreaterThan(counts[2] ?? 0);
    expect(new Set(counts.slice(2)).size).toBe(1);
    // Every summit, and nothing else, from "sum" on.
    const summits = syntheticData(2000).events.filter((e) => e.title.startsWith('summit ')).length;
    expect(counts[5]).toBe(summits);
  });
});

describe('dateOrder', () => {
  it('orders by start, then end, then id', () => {
    const events = [
      event('e2', 'b', '1950-01-01', '1951-12-31'),
      event('e10', 'c', '1950-01-01'),
      event('e9', 'd', '1950-01-01'),
      event('e1', 'a', '1949-06-01'),
    ];
    expect(dateOrder(events)).toEqual(['e1', 'e10', 'e9', 'e2']);
  });

  it('puts the generated events in the order of their dates', () => {
    const events = checkedEvents(500);
    const order = dateOrder(events).map((id) => events.find((e) => e.id === id)?.t0 ?? Number.NaN);
    expect(order.every((t0, i) => i === 0 || t0 >= (order[i - 1] ?? 0))).toBe(true);
  });
});

describe('checkedEvents', () => {
  it('holds each event of the data with its tag and the words of its quote', () => {
    const [first] = checkedEvents(6);
    expect(first?.id).toBe('e0');
    expect(first?.words).toEqual(expect.arrayContaining(['the', 'was', 'reported', 'for']));
    expect(checkedEvents(6).map((e) => e.tag)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('unmet', () => {
  it('fails a search whose list did not change: the page still shows every event', () => {
    const expect10 = searchExpectation('su', 3, 10);
    const stale: Snapshot = { ...resting, field: 'su', q: 'su' };
    const problems = unmet(stale, expect10);
    expect(problems).toEqual(
      expect.arrayContaining([
        'the list holds 10, not 3',
        'the count says "10 events", not "3 of 10 events"',
        'the search status says "", not "3 events match “su”."',
      ]),
    );
  });

  it('fails an answer to the previous prefix: same count, but the status names the query before', () => {
    const answered: Snapshot = {
      ...resting,
      field: 'summ',
      q: 'summ',
      listed: 2,
      count: '2 of 10 events',
      status: '2 events match “sum”.',
    };
    expect(unmet(answered, searchExpectation('summ', 2, 10))).toEqual([
      'the search status says "2 events match “sum”.", not "2 events match “summ”."',
    ]);
  });

  it('fails a search without q= in the URL, and one listing events it should not', () => {
    const shown: Snapshot = { ...resting, field: 'su', listed: 3, count: '3 of 10 events', status: '3 events match “su”.', outside: 2 };
    expect(unmet(shown, searchExpectation('su', 3, 10))).toEqual([
      `the URL's q= is "", not "su"`,
      'entries that should not be listed: 2, not 0',
    ]);
  });

  it('passes the page that shows the answer', () => {
    const shown: Snapshot = { ...resting, field: 'su', q: 'su', listed: 3, count: '3 of 10 events', status: '3 events match “su”.' };
    expect(unmet(shown, searchExpectation('su', 3, 10))).toEqual([]);
  });

  it('fails a selection that did not move, and a tag that did not filter', () => {
    expect(unmet(resting, selectionExpectation({ id: 'e4', title: 'summit 4' }))).toHaveLength(2);
    expect(unmet(resting, tagExpectation([1], 2, 10))).toEqual([
      'the ticked tags are "", not "1"',
      'the list holds 10, not 2',
      'the count says "10 events", not "2 of 10 events"',
    ]);
  });

  it('says no search matched in the status and the list', () => {
    expect(searchExpectation('zz', 0, 10)).toMatchObject({ listed: 0, count: '0 of 10 events', status: 'No event matches “zz”.' });
    expect(countLine(1234, 100_000)).toBe('1,234 of 100,000 events');
  });
});

describe('wouldNotChange', () => {
  it('refuses to measure an action whose outcome is the state before it', () => {
    expect(wouldNotChange(resting, selectionExpectation({ id: 'e3', title: 'summit 3' }))).toMatch(/nothing to measure/);
    expect(wouldNotChange(resting, selectionExpectation({ id: 'e4', title: 'summit 4' }))).toBeNull();
  });
});

describe('interactionMs', () => {
  it("is the longest of the interaction's entries, leaving out hover events", () => {
    const entries = [
      { name: 'pointerover', startTime: 1, duration: 200, interactionId: 0 },
      { name: 'pointerdown', startTime: 2, duration: 40, interactionId: 7 },
      { name: 'click', startTime: 3, duration: 56, interactionId: 7 },
    ];
    expect(interactionMs(entries)).toBe(56);
  });

  it('is null when no entry reached the 16 ms threshold', () => {
    expect(interactionMs([])).toBeNull();
  });
});
