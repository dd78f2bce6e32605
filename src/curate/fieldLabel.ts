import type { CurateKey } from '../i18n/catalogue';
import { LOCALES, isLanguage } from '../i18n/languages';
import type { CurateI18n } from '../i18n/curateWords';

const FIELD_LABELS = {
  id: 'curate.field.id',
  title: 'curate.field.title',
  label: 'curate.field.label',
  date: 'curate.field.date',
  status: 'curate.field.status',
  tags: 'curate.field.tags',
  note: 'curate.field.note',
} as const satisfies Readonly<Record<string, CurateKey>>;

const TRANSLATED_LABELS = {
  title: 'curate.field.titleIn',
  label: 'curate.field.labelIn',
  note: 'curate.field.noteIn',
} as const satisfies Readonly<Record<string, CurateKey>>;

const isKeyOf = <T extends object>(record: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(record, key);

/**
 * An event form's field by its name (problemField's: `label`, `quote-1`, `title-ko`) as the form labels it in the
 * page's language (`Label`, `Quote 2`, `Title (한국어)`): the form's labels and the problems list's names of fields
 * are one. None for the event as a whole.
 */
export function fieldLabel(t: CurateI18n['t'], field: string): string | undefined {
  if (isKeyOf(FIELD_LABELS, field)) return t(FIELD_LABELS[field]);
  const quote = /^quote-(\d+)$/.exec(field);
  if (quote) {
    const index = Number(quote[1]);
    return index === 0 ? t('curate.field.quote') : t('curate.field.quoteN', { n: index + 1 });
  }
  const translated = /^(\w+)-([\w-]+)$/.exec(field);
  const [, key = '', language = ''] = translated ?? [];
  if (!isKeyOf(TRANSLATED_LABELS, key)) return undefined;
  return t(TRANSLATED_LABELS[key], { language: isLanguage(language) ? LOCALES[language].name : language });
}
