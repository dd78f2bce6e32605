// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { japaneseI18n } from '../testing/englishI18n';
import { render } from '../testing/realStore';
import { ThemeToggle } from './ThemeToggle';

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('ThemeToggle', () => {
  it('cycles system → light → dark → system, applies the choice and remembers it', async () => {
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Colours: system' });
    await userEvent.click(button);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem('timeline-theme')).toBe('light');
    await userEvent.click(button);
    expect(button.textContent).toBe('Colours: dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.click(button);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('timeline-theme')).toBeNull();
  });

  it('starts from the remembered choice', () => {
    localStorage.setItem('timeline-theme', 'dark');
    render(<ThemeToggle />);
    expect(screen.getByRole('button', { name: 'Colours: dark' })).toBeTruthy();
  });

  it('says the choice and what it does in the page’s language', async () => {
    render(
      <I18nProvider i18n={japaneseI18n}>
        <ThemeToggle />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: '配色：システム' });
    expect(button.title).toBe('配色を切り替えます（システム、ライト、ダーク）');
    await userEvent.click(button);
    expect(button.textContent).toBe('配色：ライト');
  });
});
