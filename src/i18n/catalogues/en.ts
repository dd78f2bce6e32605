/**
 * The English catalogue: every word the reader sees or hears, as whole sentences with `{placeholders}`, and a
 * sentence per plural category where a number decides the wording (see src/i18n/message.ts). The other
 * languages' catalogues have exactly these keys, with the same placeholders (a test checks both). Keys are
 * grouped by where the words appear; each group is kept together.
 */
export const en = {
  // Dates, written at the precision the sources give (the day, month and year forms come from Intl).
  'date.week': 'the week of {date}',
  'date.span': '{from} – {to}',
  'date.between': 'some time between {from} and {to}',
  'date.endOf': 'the end of {date}',
  'date.onOrBefore': 'on or before {date}',
  'date.inOrBefore': 'in {date} or before',
  'date.onOrAfter': 'on or after {date}',
  'date.inOrAfter': 'in {date} or after',
  'date.ongoing': 'from {start}, still going on when reported on {reported}',
  'date.precision.year': 'known to the year',
  'date.precision.month': 'known to the month',
  'date.precision.week': 'known to the week',
  'date.precision.day': 'known to the day',
  'date.precision.bounds': 'known only by bounds',
  'date.precision.ongoing.year': 'start known to the year, no end yet',
  'date.precision.ongoing.month': 'start known to the month, no end yet',
  'date.precision.ongoing.week': 'start known to the week, no end yet',
  'date.precision.ongoing.day': 'start known to the day, no end yet',
  'date.range': '{from} to {to}',
  'date.view': { one: '{range}, 1 event', other: '{range}, {count} events' },

  // ——— Panels: the source panel, the events list and its filters, the article view, the relations, citations and the
  // saved image's words (src/panels, src/exports). ———

  // Notices about a permalink's values that could not be used: what was wrong and what is shown instead.
  'notice.repeated': 'The link gives {param} {count} times; only the first, “{value}”, is used.',
  'notice.date.shape.event': 'The date “{value}” is not a date like 2019, 2019-11 or 2019-11-22. Showing the event “{event}” instead.',
  'notice.date.shape.whole': 'The date “{value}” is not a date like 2019, 2019-11 or 2019-11-22. Showing the whole timeline instead.',
  'notice.date.missing.event': 'The date “{value}” does not exist. Showing the event “{event}” instead.',
  'notice.date.missing.whole': 'The date “{value}” does not exist. Showing the whole timeline instead.',
  'notice.date.outside.event':
    'The date “{value}” is outside the timeline, which runs from {first} to {last}. Showing the event “{event}” instead.',
  'notice.date.outside.whole':
    'The date “{value}” is outside the timeline, which runs from {first} to {last}. Showing the whole timeline instead.',
  'notice.span.shape.date':
    'The span “{value}” is not a width like 30d, 6m or 10y (days, months or years). Showing {date} at its usual width instead.',
  'notice.span.shape.event':
    'The span “{value}” is not a width like 30d, 6m or 10y (days, months or years). Showing the event “{event}” at its usual width instead.',
  'notice.span.shape.whole':
    'The span “{value}” is not a width like 30d, 6m or 10y (days, months or years). Showing the whole timeline instead.',
  'notice.span.zero.date': 'The span “{value}” is not wider than nothing. Showing {date} at its usual width instead.',
  'notice.span.zero.event': 'The span “{value}” is not wider than nothing. Showing the event “{event}” at its usual width instead.',
  'notice.span.zero.whole': 'The span “{value}” is not wider than nothing. Showing the whole timeline instead.',
  'notice.span.alone': 'The span in the link has no date or event to centre on. Showing the whole timeline instead.',
  'notice.event.unknown': 'There is no event “{value}” in this timeline, so none is selected.',
  'notice.q.long': 'The search in the link is longer than {max} characters; only its first {max} are searched.',
  'notice.lang.unknown':
    'The language “{value}” is not one this timeline is written in (English, 한국어, 日本語). Showing it in English instead.',

  // Search: the field in the header, its count, and the list's matches.
  'search.label': 'Search events',
  'search.placeholder': 'Search: GSOMIA, 강제노동, 輸出…',
  'search.clear': 'Clear the search',
  'search.help': 'Enter or ↓ goes to the next match, ↑ to the previous one, Escape clears.',
  'search.count': { one: '1 event matches “{query}”.', other: '{count} events match “{query}”.' },
  'search.none': 'No event matches “{query}”.',
  'search.waiting': 'Searching for “{query}”…',
  'search.inArticles': {
    one: '“{query}” also appears once in the text of the article “{headline}”.',
    other: '“{query}” also appears {count} times in the text of the article “{headline}”.',
  },
  'search.openArticle': 'Read it in the article',

  // ——— Pages: titles, descriptions and preview pictures' words, the reading without JavaScript (src/prerender,
  // src/app/NoScriptReading.tsx). ———

  // The languages, each named in its own words, for the language picker.
  'language.picker': 'Language',

  // ——— The page: header, controls, legend, help, the timeline and its overview, the embed (src/app, src/timeline,
  // src/embed). ———
} as const;

export type MessageKey = keyof typeof en;
