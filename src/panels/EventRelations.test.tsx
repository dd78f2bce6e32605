// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeViewHandle } from '../testing/fakeViewHandle';
import { expectWindowToHold } from '../testing/expectWindow';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { eventIn, loadRealDatasetIn, renderIn } from '../testing/inLanguage';
import { loadRealDataset, render, testStore } from '../testing/realStore';
import { EventRelations } from './EventRelations';

const eventById = (id: string) => {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

beforeEach(loadRealDataset);

describe('what the sources connect an event to', () => {
  it('lists each relation with the other event, the kind in words from this side, and the quote with its article', () => {
    render(<EventRelations event={eventById('gsomia-cancelled')} />);
    const section = screen.getByRole('region', { name: 'What the sources connect this to' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => [li.dataset.relation, li.dataset.relatedEventId])).toEqual([
      ['precedes', 'gsomia-extension'],
      ['part-of', 'tokyo-seoul-at-odds'],
    ]);
    const first = items[0] as HTMLElement;
    expect(first.textContent).toContain('Comes before');
    expect(first.textContent).toContain(
      'with Seoul cancelling the General Security of Military Information Agreement (GSOMIA), before deciding to extend the pact',
    );
    expect(first.textContent).toContain('Japanese, S. Korean senior trade officials to discuss tightened export controls: Tokyo');
  });

  it('names the kind from the other end of the relation', () => {
    render(<EventRelations event={eventById('gsomia-extension')} />);
    const item = screen.getByRole('listitem');
    expect(item.dataset.relatedEventId).toBe('gsomia-cancelled');
    expect(item.textContent).toContain('Comes after');
  });

  it('selects the other event and asks the timeline to show it when the reader activates it', async () => {
    const user = userEvent.setup();
    act(() => testStore().getState().select('gsomia-cancelled'));
    render(<EventRelations event={eventById('gsomia-cancelled')} />);
    const timeline = fakeViewHandle();
    testStore().getState().registerView(timeline.handle);
    await user.click(screen.getByRole('button', { name: eventById('gsomia-extension').title }));
    expect(testStore().getState().selectedId).toBe('gsomia-extension');
    expect(timeline.moves).toHaveLength(1);
    expectWindowToHold(timeline.moves[0]?.window, eventById('gsomia-extension'));
  });

  it('shows nothing for an event no relation touches', () => {
    const { container } = render(<EventRelations event={eventById('customs-talks-saudi-uzbekistan-mongolia')} />);
    expect(container.childElementCount).toBe(0);
  });
});

describe('what the sources connect an event to, in Korean and Japanese', () => {
  it('says the kind as a Korean phrase round the other event, and keeps the quote and its article in English', () => {
    loadRealDatasetIn('ko');
    renderIn('ko', <EventRelations event={eventIn('ko', 'gsomia-cancelled')} />);
    const section = screen.getByRole('region', { name: '출처가 이 사건과 연결하는 사건' });
    const [first, second] = within(section).getAllByRole('listitem');
    const extension = eventIn('ko', 'gsomia-extension').title;
    // "Comes before {event}": the other event first, as Korean puts it, and still a button.
    expect(first?.querySelector('.event-link-kind')?.textContent).toBe(`${extension}${extension} 이전`);
    expect(within(first as HTMLElement).getByRole('button', { name: extension })).toBeTruthy();
    expect(first?.querySelector('q')?.getAttribute('lang')).toBe('en');
    expect(first?.querySelector('.event-link-source')?.getAttribute('lang')).toBe('en');
    expect(second?.querySelector('.event-link-kind')?.textContent).toContain(`${eventIn('ko', 'tokyo-seoul-at-odds').title}의 일부`);
  });

  it('names the kind from the other end in Japanese', () => {
    loadRealDatasetIn('ja');
    renderIn('ja', <EventRelations event={eventIn('ja', 'gsomia-extension')} />);
    const item = screen.getByRole('listitem');
    expect(item.dataset.relation).toBe('precedes');
    expect(item.querySelector('.event-link-kind')?.textContent).toMatch(/の後$/);
  });
});
