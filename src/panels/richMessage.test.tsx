// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { I18n } from '../i18n/i18n';
import { englishI18n, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { richMessage } from './richMessage';

/** A paragraph's pieces in order: its text, and each element as `[tag lang]text`. */
const pieces = (node: Element | null): string[] =>
  [...(node?.childNodes ?? [])].map((child) =>
    child instanceof Element
      ? `[${child.tagName.toLowerCase()}${child.hasAttribute('lang') ? ` ${child.getAttribute('lang')}` : ''}]${child.textContent}`
      : (child.textContent ?? ''),
  );

const dating = (i18n: I18n) =>
  pieces(
    render(<p>{richMessage(i18n.t, 'panel.dating', { words: <span lang="en">last Friday</span>, article: 'A', resolved: 'R' })}</p>)
      .container.firstElementChild,
  ).join('');

describe('a sentence of the catalogue with elements in it', () => {
  it('puts each element where the language puts its placeholder', () => {
    expect(dating(englishI18n)).toBe('Worked out from “[span en]last Friday” in the article of A: R');
    expect(dating(koreanI18n)).toBe('A 기사의 “[span en]last Friday”에서 계산한 날짜: R');
    expect(dating(japaneseI18n)).toBe('Aの記事の「[span en]last Friday」から算出：R');
  });

  it('keeps the data’s text as text, whatever characters or braces it holds', () => {
    const text = 'Title \uE0000\uE001 {status} <b>x</b>';
    const { container } = render(
      <p>{richMessage(englishI18n.t, 'panel.statusMeaning', { status: <strong>Happened</strong>, meaning: text })}</p>,
    );
    expect(container.textContent).toBe(`Happened: ${text}`);
    expect(container.querySelectorAll('strong, b')).toHaveLength(1);
  });

  it('chooses a plural message’s sentence by its count and writes the number in the language’s way', () => {
    const { container } = render(<p>{richMessage(englishI18n.t, 'list.countOf', { count: 1200, shown: <b>3</b> })}</p>);
    expect(pieces(container.firstElementChild)).toEqual(['[b]3', ' of 1,200 events']);
  });
});
