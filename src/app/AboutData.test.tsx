// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../store/store';
import { dataset } from '../testing/realDataset';
import { AboutData } from './AboutData';

beforeEach(resetAppStore);

describe('AboutData', () => {
  it('opens at its heading, names both sources as printed, and closes', async () => {
    // jsdom has no <dialog> behaviour; give it the two methods the component uses.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    useAppStore.getState().loadDataset(dataset);
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
