// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { AboutData, SOURCES_LISTED_AHEAD } from './AboutData';
import { freshStore, render, testStore } from '../testing/realStore';

beforeEach(() => freshStore());

// jsdom has no <dialog> behaviour; give it the method the component uses.
const showModal = function (this: HTMLDialogElement) {
  this.open = true;
};

describe('AboutData', () => {
  it('lists the sources of an archive only once the reader opens it', async () => {
    HTMLDialogElement.prototype.showModal ??= showModal;
    const [first] = dataset.sources;
    if (!first) throw new Error('the dataset has no source');
    const sources = Array.from({ length: SOURCES_LISTED_AHEAD + 1 }, (_, i) => ({ ...first, id: `digest-${i}`, headline: `Digest ${i}` }));
    testStore()
      .getState()
      .loadDataset({ ...dataset, sources });
    render(<AboutData />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.querySelectorAll('cite')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    expect([...dialog.querySelectorAll('cite')].map((c) => c.textContent)).toEqual(sources.map((s) => s.headline));
  });

  it('opens at its heading, names both sources as printed, and closes', async () => {
    HTMLDialogElement.prototype.showModal ??= showModal;
    testStore().getState().loadDataset(dataset);
    render(<AboutData />);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    expect(document.activeElement?.textContent).toBe('About the data');
    expect(document.activeElement?.tagName).toBe('H2');
    const dialog = screen.getByRole('dialog', { name: 'About the data' });
    expect(dialog.textContent).toContain('2019/11/29 21:56:37');
    expect(dialog.textContent).toContain('Sept. 8, 2023 - 09:54');
    expect(dialog.textContent).toContain(`${dataset.events.length} events`);
    // A byline that names its publisher ("Source: Xinhua") is not preceded by the publisher again.
    for (const source of dataset.sources) expect(dialog.textContent?.split(source.publisher).length, source.publisher).toBe(2);
  });
});
