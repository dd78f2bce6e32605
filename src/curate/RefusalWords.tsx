import { Fragment, type ReactElement } from 'react';
import { LOCALES, type Language } from '../i18n/languages';
import type { ImportRefusal } from '../exports/importRefusal';
import { richMessage } from '../panels/richMessage';
import { languageName } from './languageName';
import { useCurateI18n } from './useCurateI18n';

/** The data's own names (fields, paths, file names) as code, a list of them joined as the page's language joins a list. */
function codeList(page: Language, names: readonly string[]): ReactElement {
  const parts = new Intl.ListFormat(LOCALES[page].intl, { type: 'conjunction' }).formatToParts(names);
  return (
    <span>
      {parts.map((part, i) => (part.type === 'element' ? <code key={i}>{part.value}</code> : <Fragment key={i}>{part.value}</Fragment>))}
    </span>
  );
}

/** One of the importer's own refusals, as a sentence in the page's language, the data's names in it as code. */
export function RefusalWords({ refusal }: { refusal: ImportRefusal }) {
  const { t, language } = useCurateI18n();
  const code = (text: string) => <code>{text}</code>;
  switch (refusal.kind) {
    case 'record-differs':
      return richMessage(t, `curate.refusal.${refusal.record}`, { name: refusal.name, fields: codeList(language, refusal.fields) });
    case 'words-differ':
      return richMessage(t, 'curate.refusal.words', { language: languageName(language, refusal.language), path: code(refusal.path) });
    case 'article-name':
      return richMessage(t, 'curate.refusal.articleName', { name: refusal.name, file: code(refusal.file) });
    case 'article-differs':
      return richMessage(t, 'curate.refusal.articleDiffers', { name: refusal.name, file: code(refusal.file) });
    case 'language-unknown':
      return richMessage(t, 'curate.refusal.language', { language: refusal.language });
  }
}
