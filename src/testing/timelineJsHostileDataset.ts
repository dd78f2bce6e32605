import type { Dataset } from '../model/types';
import { validateDataset } from '../model/validateDataset';
import { HOSTILE } from './exportsHostileDataset';

/** A spreadsheet formula that runs a program (dynamic data exchange), as an attacker writes it. */
export const DDE = "=cmd|' /C calc'!A0";

const quote = `${HOSTILE.markup} ${DDE}, "quoted", and ${HOSTILE.lines} on Friday`;
const second = `${HOSTILE.at}, ${HOSTILE.quotes}`;
const text = [`Before. ${quote}.`, `${second}.`, `${HOSTILE.hangul} ${HOSTILE.kana}`].join('\n\n');

/**
 * A dataset for the TimelineJS export and import: markup, spreadsheet formulas, quotes, commas and line
 * breaks in every string that TimelineJS renders as HTML or a spreadsheet may run. The real validator passes it.
 */
export const timelineJsHostileInput = {
  sources: [
    {
      id: 'evil',
      file: 'evil.txt',
      publisher: `${HOSTILE.formula}, "Publisher"`,
      headline: `${HOSTILE.markup} ${DDE}, "headline"`,
      byline: HOSTILE.at,
      publishedAsPrinted: `${HOSTILE.quotes} 2019/11/29`,
      published: '2019-11-29',
    },
  ],
  events: [
    {
      id: 'evil-event',
      title: `${DDE} ${HOSTILE.markup}, "quoted", commas`,
      label: HOSTILE.minus,
      start: '2019-11-29',
      status: 'announced',
      tags: ['trade', 'law'],
      note: `${HOSTILE.lines}, "${HOSTILE.markup}" & ${HOSTILE.tex}`,
      citations: [
        { source: 'evil', quote, dating: { words: 'Friday', reference: '2019-11-29', resolved: '2019-11-29' } },
        { source: 'evil', quote: second },
      ],
    },
  ],
  texts: { 'evil.txt': text },
};

const checked = validateDataset(timelineJsHostileInput);
if (checked.problems.length > 0) throw new Error(`the hostile dataset is invalid: ${JSON.stringify(checked.problems)}`);
export const timelineJsHostileDataset: Dataset = checked.dataset;
