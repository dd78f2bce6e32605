// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { japaneseI18n } from '../testing/englishI18n';
import { freshStore, render } from '../testing/realStore';
import { LanguagePicker } from './LanguagePicker';

beforeEach(() => {
  freshStore();
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
});

const toggle = () => screen.getByRole('button', { expanded: false });

describe('the language picker', () => {
  it('shows the page’s language on a button in a navigation region named "Language"', () => {
    history.replaceState(null, '', '/?date=2019-11');
    render(<LanguagePicker />);
    const nav = screen.getByRole('navigation', { name: 'Language' });
    const button = within(nav).getByRole('button', { name: 'English' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.querySelector('[lang="en"]')?.textContent).toBe('English');
  });

  it('lists the three languages, each in its own words and language, as links to the same view in it', async () => {
    history.replaceState(null, '', '/timeline/?date=2019-11&span=6m&lang=en');
    render(<LanguagePicker />);
    await userEvent.click(toggle());
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('lang'), a.getAttribute('hreflang')])).toEqual([
      ['English', 'en', 'en'],
      ['한국어', 'ko', 'ko'],
      ['日本語', 'ja', 'ja'],
    ]);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual(['true', null, null]);
    expect(links.map((a) => new URL(a.getAttribute('href') ?? '', location.href)).map((url) => url.pathname + url.search)).toEqual([
      '/timeline/?date=2019-11&span=6m',
      '/timeline/ko/?date=2019-11&span=6m',
      '/timeline/ja/?date=2019-11&span=6m',
    ]);
  });

  it('opens an event page’s own page in the chosen language', async () => {
    history.replaceState(null, '', '/timeline/ko/events/gsomia-extension.html?span=30d');
    render(<LanguagePicker />);
    await userEvent.click(toggle());
    expect(new URL(screen.getByRole('link', { name: '日本語' }).getAttribute('href') ?? '').pathname).toBe(
      '/timeline/ja/events/gsomia-extension.html',
    );
  });

  it('works from the keyboard: Enter opens the list, Tab walks it, Escape closes it and returns to the button', async () => {
    history.replaceState(null, '', '/');
    const user = userEvent.setup();
    render(<LanguagePicker />);
    toggle().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('list').hidden).toBe(false);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('English');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('한국어');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('list', { hidden: true }).hidden).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button'));
  });

  it('names itself in the page’s language and shows its language in its own words', async () => {
    history.replaceState(null, '', '/ja/');
    render(
      <I18nProvider i18n={japaneseI18n}>
        <LanguagePicker />
      </I18nProvider>,
    );
    const nav = screen.getByRole('navigation', { name: '言語' });
    await userEvent.click(within(nav).getByRole('button', { name: '日本語' }));
    expect(screen.getByRole('link', { name: '日本語' }).getAttribute('aria-current')).toBe('true');
    expect(new URL(screen.getByRole('link', { name: 'English' }).getAttribute('href') ?? '').pathname).toBe('/');
  });
});
