// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { dataset } from '../testing/realDataset';
import { englishI18n } from '../testing/englishI18n';
import { FULL_RANGE } from '../core/viewWindow';
import { type TimelineLayers, type TimelineView, createTimelineView } from './timelineView';

let view: TimelineView | undefined;
afterEach(() => {
  view?.destroy();
  view = undefined;
  document.body.replaceChildren();
});

function mount(): { view: TimelineView; layers: TimelineLayers } {
  const layer = () => document.createElement('div');
  const layers: TimelineLayers = { frame: layer(), ticks: layer(), context: layer(), marks: layer(), clusters: layer(), marked: layer() };
  layers.frame.append(layers.ticks, layers.context, layers.marks, layers.clusters, layers.marked);
  document.body.append(layers.frame);
  const callbacks = { onView: vi.fn(), onMoving: vi.fn(), onRest: vi.fn(), onSelect: vi.fn() };
  view = createTimelineView(layers, FULL_RANGE, callbacks, englishI18n);
  return { view, layers };
}

const drawn = (layers: TimelineLayers) => layers.marks.childElementCount + layers.clusters.childElementCount;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

it('draws each change at once outside a batch, once its first frame is drawn', async () => {
  const { view, layers } = mount();
  await nextFrame();
  view.setEvents(dataset.events);
  expect(drawn(layers)).toBeGreaterThan(0);
});

it('draws a batch of changes once, when the batch ends', async () => {
  const { view, layers } = mount();
  await nextFrame();
  const selected = dataset.events[0]?.id ?? '';
  view.batch(() => {
    view.setEvents(dataset.events);
    view.setSelected(selected);
    view.setRelations(dataset.relations ?? []);
    // Nothing is drawn until the batch ends.
    expect(drawn(layers)).toBe(0);
  });
  expect(drawn(layers)).toBeGreaterThan(0);
  // Drawn with the selection made inside the batch: the selected event's mark, or the cluster that holds it.
  const shown = layers.frame.querySelector(`[data-event-id="${selected}"][aria-pressed="true"], .cluster--holds-selected`);
  expect(shown).not.toBeNull();
});

it('draws its first frame at the next animation frame, with what it was given in the task that made it', async () => {
  const { view, layers } = mount();
  const selected = dataset.events[0]?.id ?? '';
  view.batch(() => {
    view.setEvents(dataset.events);
    view.setSelected(selected);
  });
  view.setMatches(null);
  // Nothing in the task that made it, not even at the end of its owner's batch.
  expect(layers.ticks.childElementCount).toBe(0);
  expect(drawn(layers)).toBe(0);
  await Promise.resolve();
  expect(drawn(layers)).toBe(0);
  await nextFrame();
  expect(layers.ticks.childElementCount).toBeGreaterThan(0);
  expect(layers.frame.querySelector(`[data-event-id="${selected}"][aria-pressed="true"], .cluster--holds-selected`)).not.toBeNull();

  // With nothing given, the axis alone; destroyed before its first frame, nothing at all.
  const alone = mount();
  await nextFrame();
  expect(alone.layers.ticks.childElementCount).toBeGreaterThan(0);
  const gone = mount();
  gone.view.destroy();
  await nextFrame();
  expect(gone.layers.ticks.childElementCount).toBe(0);
});
