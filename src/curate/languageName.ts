import { LOCALES, type Language } from '../i18n/languages';

/** A language by its code, named in the page's language ("Korean", "한국어", "韓国語"); the code itself if Intl cannot name it. */
export function languageName(page: Language, code: string): string {
  try {
    return new Intl.DisplayNames(LOCALES[page].intl, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
