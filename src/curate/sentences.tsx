import type { ReactNode } from 'react';
import { richMessage } from '../panels/richMessage';
import type { CurateI18n } from '../i18n/curateWords';

/**
 * Whole sentences of the catalogue one after another, as the page's language sets them side by side: a space
 * between them in English and Korean, none in Japanese (「…ました。読み込み…」).
 */
export function sentences(t: CurateI18n['t'], parts: readonly ReactNode[]): ReactNode {
  const [first, ...rest] = parts;
  return rest.reduce<ReactNode>((said, then) => richMessage(t, 'curate.sentences', { first: <>{said}</>, then: <>{then}</> }), first);
}
