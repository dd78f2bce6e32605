// @ts-expect-error: Citation.js ships no types; only `Cite` and its `format` are used.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';

interface Formatter {
  format(kind: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
}

/** CSL-JSON items as an APA reference list in plain text, as Citation.js renders it with citeproc-js (a devDependency, for tests only). */
export const apaReferences = (items: readonly object[]): string =>
  (new Cite(items) as Formatter).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
