// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventsList } from '../panels/EventsList';
import { loadRealDataset, render, testStore } from '../testing/realStore';
import { SearchField } from './SearchField';

beforeEach(loadRealDataset);

const entries = () => Array.from(document.querySelectorAll<HTMLElement>('.event-entry'), (li) => li.dataset.eventId);
const field = () => screen.getByRole('searchbox', { name: /Search/ });

describe('searching, as the events list shows it', () => {
  it('lists only the matches, their matching words marked in the title', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SearchField />
        <EventsList />
      </>,
    );
    const all = entries().length;
    await user.type(field(), 'GSOMIA');
    await waitFor(() => expect(entries()).toEqual(['gsomia-signed', 'gsomia-cancelled', 'gsomia-extension']));
    const entry = document.querySelector<HTMLElement>('[data-event-id="gsomia-extension"]');
    await waitFor(() => expect(Array.from(entry?.querySelectorAll('mark') ?? [], (m) => m.textContent)).toContain('GSOMIA'));
    await user.clear(field());
    await waitFor(() => expect(entries()).toHaveLength(all));
    expect(document.querySelector('.event-entry mark')).toBeNull();
  });

  it('shows where an event matched beyond its title: a quote keeps its English and is marked as such', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SearchField />
        <EventsList />
      </>,
    );
    // "tighter" is in the export curbs' quote, not in their title.
    await user.type(field(), 'tighter controls');
    await waitFor(() => expect(entries()).toEqual(['japan-export-curbs']));
    const snippet = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-event-id="japan-export-curbs"] .event-snippet');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(snippet.getAttribute('lang')).toBe('en');
    expect(Array.from(snippet.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['tighter', 'controls']);
  });

  it('says when nothing matches, and names the articles whose text holds the words, to read them there', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SearchField />
        <EventsList />
      </>,
    );
    await user.type(field(), 'zzzqqq');
    await waitFor(() => expect(screen.getByText('No event matches “zzzqqq”.', { selector: '.events-empty' })).toBeTruthy());
    await user.clear(field());
    await user.type(field(), 'GSOMIA');
    const line = await screen.findByText(/also appears \d+ times in the text of the article/);
    const item = line.closest('li') as HTMLElement;
    expect(item.querySelector('cite')?.getAttribute('lang')).toBe('en');
    await user.click(within(item).getByRole('button', { name: 'Read it in the article' }));
    expect(testStore().getState().articleSourceId).not.toBeNull();
  });
});
