import { describe, expect, it } from 'vitest';
import { dataset, eventById } from '../testing/realDataset';
import { type Paragraph, splitParagraphs } from './article';
import { type Passage, alsoCited, passagesIn, runsOf } from './passages';
import type { TimelineEvent } from './types';

const sourceById = (id: string) => {
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id} in the dataset`);
  return source;
};

describe('passagesIn', () => {
  it('finds every citation of an article in the real dataset, each keyed by its event and citation', () => {
    for (const source of dataset.sources) {
      const { found, missing } = passagesIn(source, dataset.events);
      const cited = dataset.events.flatMap((e) => e.citations.flatMap((c, i) => (c.sourceId === source.id ? [`${e.id}#${i}`] : [])));
      expect(missing).toEqual([]);
      expect(found.map((p) => p.key)).toEqual(cited);
      for (const p of found) expect(source.text.slice(p.start, p.end)).toBe(p.quote);
    }
  });

  it('lists a quote its article does not hold as missing, and leaves out citations of other articles', () => {
    const xinhua = sourceById('xinhua-2019-11-29');
    const event = eventById('gsomia-extension');
    const broken: TimelineEvent = { ...event, citations: [{ sourceId: xinhua.id, quote: 'Words never printed.' }, ...event.citations] };
    const herald = eventById('customs-talks-saudi-uzbekistan-mongolia');
    const { found, missing } = passagesIn(xinhua, [broken, herald]);
    expect(missing).toEqual([{ event: broken, quote: 'Words never printed.' }]);
    expect(found.every((p) => p.event === broken)).toBe(true);
    expect(found.map((p) => p.key)).toEqual(event.citations.flatMap((c, i) => (c.sourceId === xinhua.id ? [`${event.id}#${i + 1}`] : [])));
  });
});

describe('runsOf', () => {
  const paragraph: Paragraph = { start: 100, end: 140, text: 'Alpha beta gamma. Delta epsilon zeta eta' };
  const [one, two, three] = ['pact-1965', 'gsomia-signed', 'gsomia-extension'].map(eventById);
  if (!one || !two || !three) throw new Error('the real dataset lacks the events these tests use');
  /** A passage over the paragraph's text from `from` to `to` (offsets within the paragraph). */
  const passage = (event: TimelineEvent, from: number, to: number): Passage => ({
    key: `${event.id}#0`,
    event,
    quote: paragraph.text.slice(from, to),
    start: paragraph.start + from,
    end: paragraph.start + to,
  });
  const texts = (runs: ReturnType<typeof runsOf>) => runs.map((r) => [r.segments.map((s) => s.text).join(''), r.event?.id]);

  it('cuts a paragraph into plain text and highlights, and puts them back together whole', () => {
    const runs = runsOf(paragraph, [passage(one, 6, 16)]);
    expect(texts(runs)).toEqual([
      ['Alpha ', undefined],
      ['beta gamma', one.id],
      ['. Delta epsilon zeta eta', undefined],
    ]);
  });

  it('leads an overlap to the shortest passage, naming the others it covers', () => {
    const runs = runsOf(paragraph, [passage(one, 0, 31), passage(two, 6, 10)]);
    expect(texts(runs)).toEqual([
      ['Alpha ', one.id],
      ['beta', two.id],
      [' gamma. Delta epsilon', one.id],
      [' zeta eta', undefined],
    ]);
    expect(runs[1]?.events).toEqual([one, two]);
  });

  it('leads an overlap to the selected event, so the passage being read is whole', () => {
    const runs = runsOf(paragraph, [passage(one, 0, 31), passage(two, 6, 10)], one.id);
    expect(texts(runs)).toEqual([
      ['Alpha beta gamma. Delta epsilon', one.id],
      [' zeta eta', undefined],
    ]);
    expect(alsoCited(runs)).toEqual([two]);
  });

  it('joins a sliver of punctuation, left where two passages end apart, to the highlight before it', () => {
    const runs = runsOf(paragraph, [passage(one, 0, 17), passage(two, 6, 16)]);
    expect(texts(runs)).toEqual([
      ['Alpha ', one.id],
      ['beta gamma.', two.id],
      [' Delta epsilon zeta eta', undefined],
    ]);
  });

  it('names no event as also cited when every cited event leads some highlight', () => {
    const runs = runsOf(paragraph, [passage(one, 0, 5), passage(three, 18, 23)]);
    expect(alsoCited(runs)).toEqual([]);
  });

  it('gives every cited passage of the real articles a highlight or an "also cited" line', () => {
    for (const source of dataset.sources) {
      const { found } = passagesIn(source, dataset.events);
      const reached = new Set(splitParagraphs(source.text).flatMap((p) => runsOf(p, found).flatMap((r) => r.events)));
      expect([...new Set(found.map((p) => p.event))].filter((e) => !reached.has(e))).toEqual([]);
    }
  });
});
