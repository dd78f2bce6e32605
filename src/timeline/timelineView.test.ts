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

it('draws each change at once outside a batch', () => {
  const { view, layers } = mount();
  view.setEvents(dataset.events);
  expect(drawn(layers)).toBeGreaterThan(0);
});

it('draws a batch of changes once, when the batch ends', () => {
  const { view, layers } = mount();
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

it('draws no frame before its events: the first comes with them, or once the task that made it has run', async () => {
  const { view, layers } = mount();
  expect(layers.ticks.childElementCount).toBe(0);
  view.batch(() => view.setEvents(dataset.events));
  expect(layers.ticks.childElementCount).toBeGreaterThan(0);
  expect(drawn(layers)).toBeGreaterThan(0);

  const alone = mount();
  expect(alone.layers.ticks.childElementCount).toBe(0);
  await Promise.resolve();
  expect(alone.layers.ticks.childElementCount).toBeGreaterThan(0);
});
