import type { CurateI18n } from '../i18n/curateWords';
import { LOCALES } from '../i18n/languages';
import type { PartialDate } from '../model/partialDate';
import { parseDateSpan, parsePartialDate } from '../model/partialDate';
import type { Resolution } from '../model/dateFinder/types';
import { parseEdtfBounds } from '../model/edtf';
import type { MarkedDate } from './prefill';

const NO_BASIS = { words: '', citationIndex: 0 } as const;

/** What a finder's resolution says, in the page's words at its precision: "22 November 2019", "on or before 2016". */
export function resolutionWords(i18n: CurateI18n, resolution: Resolution): string {
  const { dates } = i18n;
  switch (resolution.kind) {
    case 'date':
      return dates.span(resolution.span);
    case 'ongoing':
      return dates.eventDate({ start: resolution.start, ongoing: { words: '', citationIndex: 0, reported: resolution.start } });
    case 'bounds': {
      const start = resolution.earliest ?? resolution.latest;
      if (!start) return '';
      return dates.eventDate({
        start,
        ...(resolution.earliest && { earliest: { date: resolution.earliest, basis: NO_BASIS } }),
        ...(resolution.latest && { latest: { date: resolution.latest, basis: NO_BASIS } }),
      });
    }
    case 'not-placeable':
      return '';
  }
}

/** A date as the dataset writes it (`2019-11`, `1910/1945`, `[..2016-12]`) in the page's words, or the code itself. */
export function codeWords(i18n: CurateI18n, code: string): string {
  const span = parseDateSpan(code);
  if (span) return i18n.dates.span(span);
  const bounds = parseEdtfBounds(code);
  const start = bounds?.earliest ?? bounds?.latest;
  if (bounds && start) {
    return i18n.dates.eventDate({
      start,
      ...(bounds.earliest && { earliest: { date: bounds.earliest, basis: NO_BASIS } }),
      ...(bounds.latest && { latest: { date: bounds.latest, basis: NO_BASIS } }),
    });
  }
  return code;
}

/** "Fri 29 Nov 2019": the day counted from, with its weekday, since the conventions count weekdays. */
export function referenceWords(i18n: CurateI18n, reference: PartialDate): string {
  return new Intl.DateTimeFormat(LOCALES[i18n.language].intl, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).format(reference.start);
}

/** The "how" line of a found date: "last Friday: that weekday of the week before, counted from Fri 29 Nov 2019 → 22 November 2019". */
export function howLine(i18n: CurateI18n, { found, correction }: MarkedDate): string {
  const { t } = i18n;
  const words = found.text;
  if (correction) {
    const corrected = parsePartialDate(correction.date);
    return t('curate.how.corrected', {
      words,
      date: corrected ? i18n.dates.date(corrected) : correction.date,
      found: resolutionWords(i18n, found.resolution) || '—',
    });
  }
  const { resolution, how } = found;
  if (resolution.kind === 'not-placeable') return t('curate.how.notPlaceable', { words, why: t(`curate.why.${resolution.why}`) });
  const date = resolutionWords(i18n, resolution);
  // The year spans and decades are read as written: nothing is counted from the publication.
  const { convention } = how;
  if (convention === 'as-written' || convention === 'none' || convention === 'year-range' || convention === 'decade')
    return t('curate.how.asWritten', { words, date });
  return t('curate.how.counted', {
    words,
    convention: t(`curate.convention.${convention}`),
    reference: referenceWords(i18n, how.reference),
    date,
  });
}
