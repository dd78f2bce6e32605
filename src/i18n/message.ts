/**
 * Messages: whole sentences with `{name}` placeholders, or, where a number decides the wording, one sentence
 * per plural category of `Intl.PluralRules` (`{ one: '1 event', other: '{count} events' }`). A few lines over
 * Intl rather than a library: nothing here needs more, and the first screen has a budget.
 */
export type PluralMessage = { readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>;
export type Message = string | PluralMessage;

/** The placeholders a message's text names: `'{count} events'` → `'count'`. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The parameters a message takes: one per placeholder (a plural message's `count` is a number). */
export type ParamsOf<M> = M extends { readonly other: infer S }
  ? { readonly count: number } & { readonly [K in Exclude<Placeholders<S>, 'count'>]: string | number }
  : M extends string
    ? { readonly [K in Placeholders<M>]: string | number }
    : never;

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names of a text's placeholders, in order of appearance. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/**
 * A message with its parameters filled in: numbers written in the language's way (12,345), a plural message's
 * sentence chosen by its `count`. A placeholder without a value is left as it is, so a missing one shows.
 */
export function formatMessage(message: Message, params: Params, locale: string): string {
  const text = typeof message === 'string' ? message : pluralText(message, params, locale);
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

function pluralText(message: PluralMessage, params: Params, locale: string): string {
  const count = params.count;
  if (typeof count !== 'number') return message.other;
  return message[pluralRules(locale).select(count)] ?? message.other;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

function pluralRules(locale: string): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    plurals.set(locale, rules);
  }
  return rules;
}

/** The next task: the browser may paint and answer input before it. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Makes a language's number, plural and date formats ahead of the page's first render, each in a task of its own.
 * The first use of `Intl` in a language loads ICU's data for it, in one task that cannot be split (about 20 ms
 * on a desktop, several times that on a phone); made inside the first render, it would lengthen that render's task
 * by as much. The formats made here are the ones the messages use; the date formats share the loaded data. On the
 * built pages a worker has usually loaded that data already, off the page's thread (public/intl-warm.js, started by
 * public/start.js), and these take milliseconds; the dev server's pages, and a browser without workers, rely on this.
 */
export async function prepareIntl(locale: string): Promise<void> {
  await nextTask();
  numberFormat(locale);
  await nextTask();
  pluralRules(locale);
  await nextTask();
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(0);
}
