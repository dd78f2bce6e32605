// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadRealDataset, render } from '../testing/realStore';
import { I18nProvider } from '../i18n/I18nProvider';
import { koreanI18n } from '../testing/englishI18n';
import { SaveImage } from './SaveImage';

beforeEach(loadRealDataset);

/** The choices, found whether shown or hidden (the button's aria-controls names them). */
const choices = (): HTMLElement => {
  const id = screen.getByRole('button', { name: 'Save image' }).getAttribute('aria-controls') ?? '';
  const element = document.getElementById(id);
  if (!element) throw new Error(`no element #${id}`);
  return element;
};

describe('Save image', () => {
  it('opens its choices, SVG and PNG, and says so to assistive technology', async () => {
    const user = userEvent.setup();
    render(<SaveImage />);
    const toggle = screen.getByRole('button', { name: 'Save image' });
    expect(choices().hidden).toBe(true);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(choices().hidden).toBe(false);
    expect(screen.getByRole('group', { name: 'Save this view as' })).toBe(choices());
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Save image', 'SVG (scalable)', 'PNG (picture)']);
  });

  it('names its choices in the page’s language', async () => {
    render(
      <I18nProvider i18n={koreanI18n}>
        <SaveImage />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: '이미지 저장' }));
    expect(screen.getByRole('group', { name: '이 보기를 저장할 형식' })).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['이미지 저장', 'SVG (확대 가능)', 'PNG (그림)']);
  });

  it('closes with Escape, giving focus back to its button', async () => {
    const user = userEvent.setup();
    render(<SaveImage />);
    await user.click(screen.getByRole('button', { name: 'Save image' }));
    await user.tab();
    expect(document.activeElement?.textContent).toBe('SVG (scalable)');
    await user.keyboard('{Escape}');
    expect(choices().hidden).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save image' }));
  });

  it('closes when focus moves on past it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SaveImage />
        <button type="button">Next control</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Save image' }));
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Next control');
    expect(choices().hidden).toBe(true);
  });
});
