// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareControls } from './ShareControls';
import { dataset } from '../testing/realDataset';
import { freshStore, render } from '../testing/realStore';
import { pageStateFor } from '../url/permalink';
import { I18nProvider } from '../i18n/I18nProvider';
import { japaneseI18n } from '../testing/englishI18n';

beforeEach(() => {
  history.replaceState(null, '', '/sub/path/?date=1965');
  freshStore(pageStateFor(location.search, dataset, []));
});
afterEach(() => vi.unstubAllGlobals());

/** userEvent installs its own clipboard; these tests replace it with one that works or one that refuses. */
function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('ShareControls', () => {
  it('copies the link of the current view and says so in a status message', async () => {
    const user = userEvent.setup();
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    render(<ShareControls />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copied).toEqual([`${location.origin}/sub/path/?date=1965`]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link to this view copied.'));
  });

  it('shows the link selected in a read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(<ShareControls />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link to this view' });
    expect(field.value).toBe(`${location.origin}/sub/path/?date=1965`);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('press Ctrl+C'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('speaks the page’s language: its buttons, what it says, and the field it shows', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(
      <I18nProvider i18n={japaneseI18n}>
        <ShareControls />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['リンクをコピー', '埋め込み']);
    await user.click(screen.getByRole('button', { name: 'リンクをコピー' }));
    expect(await screen.findByRole('textbox', { name: 'この表示へのリンク' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(japaneseI18n.t('share.copyFallback')));
  });

  it('offers Share only where the Web Share API exists, and hands it the link', async () => {
    const { unmount } = render(<ShareControls />);
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    unmount();
    const shared: ShareData[] = [];
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, { share: async (data: ShareData) => void shared.push(data) }),
    );
    render(<ShareControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(shared.map((d) => d.url)).toEqual([`${location.origin}/sub/path/?date=1965`]);
  });
});
