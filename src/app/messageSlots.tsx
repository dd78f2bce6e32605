import { Fragment, type ReactNode } from 'react';

/**
 * Placeholders given back as themselves (`{headline}` for `headline`), so that a translated sentence keeps them
 * where its language puts them and `fillSlots` can set elements there: a headline in <cite lang="en">, a word in bold.
 */
export const slots = <K extends string>(...names: readonly K[]): Record<K, string> =>
  Object.fromEntries(names.map((name) => [name, `{${name}}`])) as Record<K, string>;

const SLOT = /(\{\w+\})/;

/** A sentence whose `{name}` slots are replaced by the elements given for them; the rest stays text. */
export function fillSlots(text: string, elements: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text
    .split(SLOT)
    .filter((part) => part !== '')
    .map((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      const element = name === undefined ? undefined : elements[name];
      return element === undefined ? part : <Fragment key={`${name ?? ''}:${i}`}>{element}</Fragment>;
    });
}
