// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { englishI18n, koreanI18n } from '../testing/englishI18n';
import { fillSlots, slots } from './messageSlots';

describe('a sentence with elements in its slots', () => {
  it('sets each element where the language puts its slot', () => {
    for (const { t } of [englishI18n, koreanI18n]) {
      const text = t('about.status', slots('label', 'meaning'));
      const { container, unmount } = render(<p>{fillSlots(text, { label: <strong>L</strong>, meaning: 'M' })}</p>);
      expect(container.querySelector('strong')?.textContent).toBe('L');
      expect(container.textContent).toBe(text.replace('{label}', 'L').replace('{meaning}', 'M'));
      unmount();
    }
  });

  it('puts a value in as text, never reading it as a slot or markup', () => {
    const { container } = render(<p>{fillSlots('[{a}] {b}', { a: '{b}', b: '<img src=x>' })}</p>);
    expect(container.textContent).toBe('[{b}] <img src=x>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('leaves a slot without an element showing, so a missing one is seen', () => {
    const { container } = render(<p>{fillSlots('{a} and {b}', { a: 'x' })}</p>);
    expect(container.textContent).toBe('x and {b}');
  });
});
