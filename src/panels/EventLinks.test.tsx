// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../store/store';
import { dataset } from '../testing/realDataset';
import { loadRealDataset } from '../testing/realStore';
import { EventLinks } from './EventLinks';

const eventById = (id: string) => {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

beforeEach(loadRealDataset);

describe('what the sources connect an event to', () => {
  it('lists each link with the other event, the kind in words from this side, and the quote with its article', () => {
    render(<EventLinks event={eventById('gsomia-cancelled')} />);
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

  it('names the kind from the other end of the link', () => {
    render(<EventLinks event={eventById('gsomia-extension')} />);
    const item = screen.getByRole('listitem');
    expect(item.dataset.relatedEventId).toBe('gsomia-cancelled');
    expect(item.textContent).toContain('Comes after');
  });

  it('selects the other event and asks the timeline to show it when the reader activates it', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().select('gsomia-cancelled'));
    render(<EventLinks event={eventById('gsomia-cancelled')} />);
    const before = useAppStore.getState().viewRequest?.seq ?? 0;
    await user.click(screen.getByRole('button', { name: eventById('gsomia-extension').title }));
    expect(useAppStore.getState().selectedId).toBe('gsomia-extension');
    expect(useAppStore.getState().viewRequest?.seq).toBeGreaterThan(before);
  });

  it('shows nothing for an event no link touches', () => {
    const { container } = render(<EventLinks event={eventById('customs-talks-saudi-uzbekistan-mongolia')} />);
    expect(container.childElementCount).toBe(0);
  });
});
