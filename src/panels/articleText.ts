import { type Paragraph, type ParagraphKind, classifyParagraph, quoteInContext, splitParagraphs } from '../model/article';
import type { Source } from '../model/types';

export interface ArticleParagraphs {
  readonly paragraphs: readonly Paragraph[];
  readonly kinds: readonly ParagraphKind[];
}

const cache = new WeakMap<Source, ArticleParagraphs>();

/** A source's paragraphs and what each is, worked out once per source. */
export function articleParagraphs(source: Source): ArticleParagraphs {
  let found = cache.get(source);
  if (!found) {
    const paragraphs = splitParagraphs(source.text);
    found = { paragraphs, kinds: paragraphs.map((p) => classifyParagraph(p.text, source)) };
    cache.set(source, found);
  }
  return found;
}

/** A quote with the story paragraphs around it (a photo credit is no context); undefined if it is not there. */
export function quoteInArticle(source: Source, quote: string) {
  const { paragraphs, kinds } = articleParagraphs(source);
  const story = new Set(paragraphs.filter((_, i) => kinds[i] === 'story'));
  return quoteInContext(source.text, quote, paragraphs, (p) => story.has(p));
}
