import type { Cluster } from '../core/markLayout';
import type { I18n } from '../i18n/i18n';
import { LOCALES } from '../i18n/languages';
import type { TimelineEvent } from '../model/types';

/** The words a mark's and a cluster's names take: the catalogue and the dates of the page's language. */
export type MarkWords = Pick<I18n, 't' | 'dates' | 'language'>;

/**
 * A mark's accessible name: its visible label first, so that speech input can say what is on screen (WCAG 2.5.3),
 * then its title, unless the title already begins with the label, its date as the sources give it, and its
 * status where it had not happened yet: "GSOMIA signed: GSOMIA, a military intelligence-sharing accord, signed, November 2016".
 */
export function markName(event: TimelineEvent, { t, dates }: MarkWords): string {
  const { label, title } = event;
  const titleBeginsWithLabel = title.toLowerCase().startsWith(label.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(title.slice(label.length));
  const date = dates.eventDate(event);
  return titleBeginsWithLabel ? t(`mark.titled.${event.status}`, { title, date }) : t(`mark.name.${event.status}`, { label, title, date });
}

/**
 * A cluster says how many events it holds, which span, and what activating it does: "3 events, 28 Nov – 2 Dec 2019; …".
 * Where its badge rounds the count, its name begins with what the badge shows: "4.5k: 4,512 events, …".
 */
export function clusterName(cluster: Cluster, events: readonly TimelineEvent[], words: MarkWords): string {
  const { t, dates } = words;
  const count = cluster.hi - cluster.lo;
  const first = events[cluster.lo];
  const last = events[cluster.hi - 1];
  const name =
    first && last ? t('cluster.name', { count, span: dates.shortSpan(first.start, last.start) }) : t('cluster.nameUndated', { count });
  const shown = shortCount(count, words);
  return shown === String(count) ? name : t('cluster.rounded', { shown, name });
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** A count short enough for a small badge, the language's way: 7, 312, 4.5k, 12k (Korean 1.2만, Japanese 1.2万). */
export function shortCount(count: number, { language }: Pick<I18n, 'language'>): string {
  if (count < 1000) return String(count);
  let format = compactFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language].intl, { notation: 'compact', maximumSignificantDigits: 2 });
    compactFormats.set(language, format);
  }
  return format.format(count);
}
