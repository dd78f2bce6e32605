import type { Dataset } from '../model/types';
import { validateDataset } from '../model/validateDataset';

/** Strings that must stay text in every export: markup, a spreadsheet formula, quotes, line breaks, Hangul and kana. */
export const HOSTILE = {
  markup: '<img src=x onerror=alert(1)><script>alert(2)</script>',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+1+1',
  minus: '-2+3',
  at: '@SUM(A1:A2)',
  quotes: 'He said "no" and \'yes\'',
  lines: 'first line\nsecond line\r\nthird',
  hangul: '한일 관계',
  kana: 'カタカナとひらがな',
  tex: 'Braces {x} 100% & $5 #1 a_b \\cmd ~ ^',
} as const;

const quote = `${HOSTILE.formula} said ${HOSTILE.quotes} on Friday`;
const lines = `${HOSTILE.lines} ${HOSTILE.hangul}`;
const text = [
  `${HOSTILE.markup}`,
  `Before. ${quote}. ${lines}. ${HOSTILE.kana} ${HOSTILE.tex}.`,
  `${HOSTILE.plus} ${HOSTILE.minus} ${HOSTILE.at} in 2018.`,
].join('\n\n');

/** A dataset whose every string carries something hostile, checked by the real validator (it must pass). */
export const hostileInput = {
  sources: [
    {
      id: 'evil',
      file: 'evil.txt',
      publisher: `${HOSTILE.formula} ${HOSTILE.tex}`,
      headline: `${HOSTILE.markup} ${HOSTILE.hangul}`,
      byline: `${HOSTILE.at} ${HOSTILE.kana}`,
      publishedAsPrinted: `${HOSTILE.quotes} 2019/11/29`,
      published: '2019-11-29',
    },
  ],
  events: [
    {
      id: 'evil-event',
      title: `${HOSTILE.formula} ${HOSTILE.markup}`,
      label: HOSTILE.minus,
      start: '2019-11-29',
      status: 'happened',
      tags: ['trade', 'law'],
      note: `${HOSTILE.lines} ${HOSTILE.tex}`,
      citations: [
        { source: 'evil', quote, dating: { words: 'Friday', reference: '2019-11-29', resolved: '2019-11-29' } },
        { source: 'evil', quote: lines },
      ],
    },
    {
      id: 'evil-year',
      title: HOSTILE.kana,
      label: HOSTILE.at,
      start: '2018',
      status: 'planned',
      tags: [],
      citations: [
        {
          source: 'evil',
          quote: `${HOSTILE.plus} ${HOSTILE.minus} ${HOSTILE.at} in 2018`,
          dating: { words: '2018', reference: '2019-11-29', resolved: '2018' },
        },
      ],
    },
  ],
  texts: { 'evil.txt': text },
};

const checked = validateDataset(hostileInput);
if (checked.problems.length > 0) throw new Error(`the hostile dataset is invalid: ${JSON.stringify(checked.problems)}`);
export const hostileDataset: Dataset = checked.dataset;
