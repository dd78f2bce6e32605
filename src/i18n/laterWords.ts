import type { LaterCatalogue } from './catalogue';
import type { Language } from './languages';

/** Each language's later words (src/i18n/catalogues/later/), a chunk of their own. */
const LATER: Readonly<Record<Language, () => Promise<LaterCatalogue>>> = {
  en: () => import('./catalogues/later/en').then((m) => m.enLater),
  ko: () => import('./catalogues/later/ko').then((m) => m.koLater),
  ja: () => import('./catalogues/later/ja').then((m) => m.jaLater),
};

/** Fetches a language's later words. */
export const fetchLaterCatalogue = (language: Language): Promise<LaterCatalogue> => LATER[language]();

/**
 * The words of the views a reader opens after the first screen (the citation forms, the article, the relations,
 * the saved image, the embed code): not part of any page's first download, fetched once for the page's language
 * when one of those views is first wanted, and then the page's language is complete (`Full`).
 */
export interface LaterWords<Full> {
  /**
   * The complete language, for a view's render under a Suspense boundary (each lazy view has one): until the
   * words have come, the render waits for them; a failed fetch is thrown once, for the error boundary, and tried
   * again the next time.
   */
  read(): Full;
  /** Fetches the words if they have not come (once; again after a failure) and gives the complete language. */
  load(): Promise<Full>;
}

/**
 * A language's later words: `given` at once (the tests have them all), or fetched (`fetch`) when first wanted;
 * `complete` makes the complete language from them.
 */
export function laterWords<Full>(
  fetch: () => Promise<LaterCatalogue>,
  complete: (words: LaterCatalogue) => Full,
  given?: LaterCatalogue,
): LaterWords<Full> {
  // Made when first asked for: `complete` may need what is being built around these words.
  let full: Full | undefined;
  const ready = (): Full | undefined => (full ??= given && complete(given));
  let loading: Promise<Full> | undefined;
  let failure: { readonly error: unknown } | undefined;
  const load = (): Promise<Full> => {
    const now = ready();
    if (now) return Promise.resolve(now);
    loading ??= fetch().then(
      (words) => (full = complete(words)),
      (error: unknown) => {
        loading = undefined;
        failure = { error };
        throw error;
      },
    );
    return loading;
  };
  return {
    load,
    read() {
      const now = ready();
      if (now) return now;
      if (failure) {
        const { error } = failure;
        failure = undefined;
        throw error;
      }
      // Suspense's protocol in React 18: a render that throws a promise waits for it, then runs again.
      throw load();
    },
  };
}
