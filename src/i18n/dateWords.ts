import { utcDay, utcMonth, utcYear } from 'd3-time';
import { DAY } from '../model/duration';
import type { DateSpan, PartialDate, Precision } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { type Language, LOCALES } from './languages';
import type { Translate } from './translator';

/** The calendar forms the axis and the views use: "2019", "November 2019", "22 November 2019", "Nov", "22 Nov", "22". */
export type CalendarForm = 'year' | 'monthYear' | 'dayMonthYear' | 'shortMonth' | 'dayShortMonth' | 'day';

const FORMS: Readonly<Record<CalendarForm, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  monthYear: { year: 'numeric', month: 'long' },
  dayMonthYear: { year: 'numeric', month: 'long', day: 'numeric' },
  shortMonth: { month: 'short' },
  dayShortMonth: { month: 'short', day: 'numeric' },
  day: { day: 'numeric' },
};

/** The form that writes a date at its precision (a week by its first day). */
const FORM_OF: Readonly<Record<Precision, CalendarForm>> = { year: 'year', month: 'monthYear', week: 'dayMonthYear', day: 'dayMonthYear' };

type Dated = Pick<TimelineEvent, 'start' | 'end' | 'earliest' | 'latest' | 'ongoing'>;

/** Dates in a language's words, at their own precision. */
export interface DateWords {
  /** A UTC midnight in one of the calendar forms. */
  calendar(form: CalendarForm, at: Date | number): string;
  /** A date, claiming no more than its precision: "2016", "October 2018", "the week of 16 December 2019". */
  date(date: PartialDate): string;
  /** A span ("1910 – 1945"), or a single date. */
  span(span: DateSpan): string;
  /** An event's date as the sources support it, bounds and open ends included, as a whole phrase. */
  eventDate(event: Dated): string;
  /** How precisely an event's date is known. */
  eventPrecision(event: Dated): string;
  precision(precision: Precision): string;
  /** The span between two event starts, briefly, the year said once where both share it: "28 Nov – 2 Dec 2019". */
  shortSpan(first: PartialDate, last: PartialDate): string;
  /** What a window shows, for the live region and the overview: "1960 to 1970, 1 event". */
  view(window: { readonly start: number; readonly end: number }, eventCount: number): string;
  /** The range a window covers, rounded to the unit a reader would use at its zoom: "1960 to 1970". */
  range(window: { readonly start: number; readonly end: number }): string;
}

/**
 * Dates written by `Intl.DateTimeFormat` in the Gregorian calendar and UTC, so a calendar date is the same day for
 * every reader; the phrases around them (bounds, open ends, weeks) come from the catalogue as whole sentences.
 */
export function createDateWords(language: Language, t: Translate): DateWords {
  const locale = LOCALES[language].intl;
  const formats = new Map<CalendarForm, Intl.DateTimeFormat>();
  const formatOf = (form: CalendarForm): Intl.DateTimeFormat => {
    let format = formats.get(form);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { ...FORMS[form], timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
      formats.set(form, format);
    }
    return format;
  };
  const calendar = (form: CalendarForm, at: Date | number): string => formatOf(form).format(at);
  // The brief forms of a cluster's span: "2 Dec 2019" / "2 Dec" in English; Korean and Japanese write a month's
  // number with its counter word (12월, 12月), as brief as "Dec".
  const briefFormats = new Map<string, Intl.DateTimeFormat>();
  const brief = (form: 'year' | 'month' | 'day', at: number, withYear = true): string => {
    const key = `${form}:${withYear}`;
    let format = briefFormats.get(key);
    if (!format) {
      const month = language === 'en' ? 'short' : 'long';
      const parts = form === 'year' ? { year: 'numeric' } : form === 'month' ? { month } : { month, day: 'numeric' };
      format = new Intl.DateTimeFormat(locale, {
        ...(parts as Intl.DateTimeFormatOptions),
        ...(withYear && { year: 'numeric' }),
        timeZone: 'UTC',
        calendar: 'gregory',
        numberingSystem: 'latn',
      });
      briefFormats.set(key, format);
    }
    return format.format(at);
  };

  const date = (d: PartialDate): string =>
    d.precision === 'week' ? t('date.week', { date: calendar('dayMonthYear', d.start) }) : calendar(FORM_OF[d.precision], d.start);
  const isDay = (d: PartialDate) => d.precision === 'day' || d.precision === 'week';

  const words: DateWords = {
    calendar,
    date,
    span: (s) => (s.end ? t('date.span', { from: date(s.start), to: date(s.end) }) : date(s.start)),
    eventDate(event) {
      const { earliest, latest, ongoing } = event;
      if (earliest && latest) {
        // "between 8 September 2023 and 2023" says nothing: the year or month that holds the earliest bound ends the span.
        const to = latest.date.start <= earliest.date.start ? t('date.endOf', { date: date(latest.date) }) : date(latest.date);
        return t('date.between', { from: date(earliest.date), to });
      }
      if (latest)
        return isDay(latest.date) ? t('date.onOrBefore', { date: date(latest.date) }) : t('date.inOrBefore', { date: date(latest.date) });
      if (earliest)
        return isDay(earliest.date)
          ? t('date.onOrAfter', { date: date(earliest.date) })
          : t('date.inOrAfter', { date: date(earliest.date) });
      if (ongoing) return t('date.ongoing', { start: date(event.start), reported: date(ongoing.reported) });
      return words.span(event.end ? { start: event.start, end: event.end } : { start: event.start });
    },
    precision: (p) => t(`date.precision.${p}`),
    eventPrecision(event) {
      if (event.earliest || event.latest) return t('date.precision.bounds');
      if (event.ongoing) return t(`date.precision.ongoing.${event.start.precision}`);
      return t(`date.precision.${event.start.precision}`);
    },
    shortSpan(first, last) {
      if (first.iso === last.iso) return date(first);
      const form = coarser(first.precision, last.precision);
      if (form === 'year') return t('date.span', { from: brief('year', first.start), to: brief('year', last.start) });
      if (new Date(first.start).getUTCFullYear() !== new Date(last.start).getUTCFullYear())
        return t('date.span', { from: brief(form, first.start, true), to: brief(form, last.start, true) });
      // Within one year the year is said once: at the end in English (28 Nov – 2 Dec 2019), first in Korean and
      // Japanese (2019년 11월 28일 ~ 12월 2일), as each writes a date.
      const yearFirst = LOCALES[language].yearFirst;
      return t('date.span', { from: brief(form, first.start, yearFirst), to: brief(form, last.start, !yearFirst) });
    },
    range(window) {
      const span = window.end - window.start;
      const from = new Date(window.start);
      const to = new Date(window.end);
      if (span >= 3 * 365 * DAY)
        return t('date.range', { from: calendar('year', utcYear.round(from)), to: calendar('year', utcYear.round(to)) });
      if (span >= 90 * DAY)
        return t('date.range', {
          from: calendar('monthYear', utcMonth.round(from)),
          to: calendar('monthYear', utcMonth.offset(utcMonth.round(to), -1)),
        });
      return t('date.range', {
        from: calendar('dayMonthYear', utcDay.round(from)),
        to: calendar('dayMonthYear', utcDay.offset(utcDay.round(to), -1)),
      });
    },
    view: (window, count) => t('date.view', { range: words.range(window), count }),
  };
  return words;
}

/** The coarser of two precisions, as the brief form of a span between dates of each. */
function coarser(a: Precision, b: Precision): 'year' | 'month' | 'day' {
  if (a === 'year' || b === 'year') return 'year';
  if (a === 'month' || b === 'month') return 'month';
  return 'day';
}
