// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { englishI18n, japaneseI18n } from '../testing/englishI18n';
import { dataset } from '../testing/realDataset';
import { freshStore, render } from '../testing/realStore';
import { pageStateFor } from '../url/permalink';
import EmbedCode from './EmbedCode';

beforeEach(() => {
  history.replaceState(null, '', '/ja/?event=gsomia-extension');
  freshStore(pageStateFor('?event=gsomia-extension', dataset, [], 'ja'));
  // jsdom has no <dialog> behaviour; give it the method the component uses.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

/** userEvent installs its own clipboard; these tests replace it with one that works or one that refuses. */
function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

const renderIn = (i18n = englishI18n) =>
  render(
    <I18nProvider i18n={i18n}>
      <EmbedCode onClose={() => {}} />
    </I18nProvider>,
  );

describe('the Embed code', () => {
  it('frames the view in the reader’s language, titled in it, and copies the code saying so', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    renderIn(japaneseI18n);
    expect(screen.getByRole('heading', { name: 'この表示を埋め込む' })).toBeTruthy();
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'この表示のコード' });
    const frame = new DOMParser().parseFromString(field.value, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe(`タイムライン：${japaneseI18n.timeline.title}`);
    expect(new URL(frame?.getAttribute('src') ?? '').search).toBe('?event=gsomia-extension&lang=ja');
    await userEvent.click(screen.getByRole('button', { name: 'コードをコピー' }));
    expect(copied).toEqual([field.value]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('コードをコピーしました。'));
  });

  it('leaves the code selected and says to press Ctrl+C when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    renderIn();
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code for this view' });
    await userEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('press Ctrl+C'));
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByText(/stays 560 pixels tall/)).toBeTruthy();
  });
});
