import { Fragment, type ReactElement, type ReactNode, isValidElement } from 'react';
import type { EnglishCatalogue, WorkbenchKey } from '../i18n/catalogue';
import type { ParamsOf } from '../i18n/message';
import type { Translate } from '../i18n/translator';

/** A message's parameters, any of which may be an element: a quote marked `lang="en"`, a button, a bold word. */
export type RichParams<K extends WorkbenchKey> = {
  readonly [P in keyof ParamsOf<EnglishCatalogue[K]>]: ParamsOf<EnglishCatalogue[K]>[P] | ReactElement;
};

/** Stands for a parameter in the translated sentence: private-use characters no catalogue message contains. */
const marker = (index: number): string => `\uE000${index}\uE001`;
const MARKER = /\uE000(\d+)\uE001/;

/**
 * A whole sentence of the catalogue with elements where its placeholders are, in the order the language puts
 * them ("Worked out from “{words}” in the article of {article}" / "{article} 기사의 “{words}”…"). Every
 * parameter, text or element, goes into the sentence as a marker and comes back as itself, so that only the
 * catalogue's own words are split and the data's text is never read as anything.
 */
export function richMessage<Keys extends WorkbenchKey, K extends Keys>(t: Translate<Keys>, key: K, params: RichParams<K>): ReactNode[] {
  const values: (string | number | ReactElement)[] = [];
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params) as [string, string | number | ReactElement][]) {
    // A plural message's count stays a number: it chooses the sentence and is written in the language's digits.
    if (name === 'count' && typeof value === 'number') filled[name] = value;
    else {
      filled[name] = marker(values.length);
      values.push(value);
    }
  }
  // The parameters' types were checked against the key above; the translator takes them as the record they are.
  const sentence = (t as (key: WorkbenchKey, params: Readonly<Record<string, string | number>>) => string)(key, filled);
  return sentence.split(MARKER).map((part, i) => {
    if (i % 2 === 0) return part;
    const value = values[Number(part)];
    return isValidElement(value) ? <Fragment key={i}>{value}</Fragment> : value;
  });
}
