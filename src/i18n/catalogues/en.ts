/**
 * The English catalogue: every word the reader sees or hears, as whole sentences with `{placeholders}`, and a
 * sentence per plural category where a number decides the wording (see src/i18n/message.ts). The other
 * languages' catalogues have exactly these keys, with the same placeholders (a test checks both). Keys are
 * grouped by where the words appear; each group is kept together.
 *
 * This file holds the words of the first screen, of every page: what a page shows before the reader asks for
 * more. The words of the views a reader opens later (the citation forms, the article, the relations, the saved
 * image, the embed code) are in later/en.ts and load with those views, so that the first screen does not carry
 * them (src/i18n/laterWords.ts).
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

  // The source panel: the selected event, its date and how it was read, its status, its citations.
  'panel.name': 'Sources for the selected event',
  'panel.empty': 'Choose an event on the timeline or in the list to read what its sources say, in context.',
  'panel.announce': '{title}: {sources}.',
  'panel.kicker': 'Sources',
  'panel.expand': 'Show all of the sources',
  'panel.shrink': 'Shrink to the title, to see more of the timeline',
  'panel.previous': 'Previous',
  'panel.next': 'Next',
  'panel.previousTitle': 'Previous: {title} (K or [)',
  'panel.nextTitle': 'Next: {title} (J or ])',
  'panel.noPrevious': 'No previous event',
  'panel.noNext': 'No next event',
  'panel.close': 'Close the sources',
  'panel.closeTitle': 'Close (Escape)',
  'panel.hidden': 'This event is hidden on the timeline and in the list by the current filters.',
  'panel.date': 'Date',
  'panel.dateWithPrecision': '{date} {precision}',
  'panel.precision': '({precision})',
  'panel.dating': 'Worked out from “{words}” in the article of {article}: {resolved}',
  'panel.status': 'Status',
  'panel.statusMeaning': '{status}: {meaning}',
  'panel.tags': 'Tags',
  // Bold, before the note; the space after it is the language's own (none in Japanese).
  'panel.curatorNote': 'Curator’s note: ',
  'panel.keys': 'Keys, while in this panel or the events list: J or ] next event, K or [ previous. Escape closes.',
  'panel.sources': { one: '1 source', other: '{count} sources' },
  'panel.sourcesAndPassages': { one: '1 source, {passages} passages', other: '{count} sources, {passages} passages' },

  // A citation: the passage in its paragraph, or a warning where the article does not hold it.
  'citation.notFound': 'This passage could not be found in the article as loaded. It is shown as the dataset records it.',
  'citation.unknownSource': 'This passage names a source (“{source}”) that is not loaded. It is shown as the dataset records it.',
  'citation.showInArticle': 'Show in the article',

  // The Cite control, and what it says while its forms load or when they cannot (the forms' own words are later).
  'cite.toggle': 'Cite this event',
  'cite.unavailable': 'The citation could not be prepared: check the connection and reload the page.',
  'cite.preparing': 'Preparing the citation…',

  // The events list and its filters.
  'list.heading': 'Events',
  'list.count': { one: '1 event', other: '{count} events' },
  'list.countOf': { one: '{shown} of 1 event', other: '{shown} of {count} events' },
  'list.inView': '{count} in the timeline’s view',
  'list.keys': 'The list is one Tab stop: ↑ and ↓ move between events, Home and End go to the first and last.',
  'list.empty': 'No event matches these filters.',
  'list.entryInView': 'in view',
  'filters.tags': 'Tags',
  'filters.sources': 'Sources',
  'filters.clear': 'Clear the filters',
  'filters.hint': 'Tick tags or sources to show only their events.',
  'filters.source': '{publisher}, {date}',
  'filters.readInFull': 'Read in full',
  'filters.readInFullName': 'Read in full: {source}',
  'filters.remove': 'Remove from the filter: {source}',
  'filters.addSource': 'Add a source',
  'filters.searchHint': {
    one: '1 source: type a publisher or a date to find one.',
    other: '{count} sources: type a publisher or a date to find one.',
  },
  'filters.noMatch': 'No source matches.',
  'filters.matches': { one: '1 source matches. Enter adds the first.', other: '{count} sources match. Enter adds the first.' },
  'filters.matchesListed': { other: '{count} sources match; the first {shown} are listed. Enter adds the first.' },
  'filters.matching': 'Matching sources',
  'filters.add': 'Add: {source}',

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
  'search.inMoreArticles': {
    one: 'One more article holds “{query}”.',
    other: '{count} more articles hold “{query}”.',
  },
  'search.openArticle': 'Read it in the article',

  // ——— Pages: titles, descriptions and preview pictures' words, the reading without JavaScript (src/prerender,
  // src/app/NoScriptReading.tsx). ———

  // The languages, each named in its own words, for the language picker.
  'language.picker': 'Language',

  // ——— The page: header, controls, legend, help, the timeline and its overview, the embed (src/app, src/timeline,
  // src/embed). ———

  // The header: what this is in one line.
  'header.skip': 'Skip to the events list',
  'header.tagline': {
    one: 'A timeline of 1 event drawn from {articles}. Every event quotes its source.',
    other: 'A timeline of {count} events drawn from {articles}. Every event quotes its source.',
  },
  'page.articles': { one: '1 news article', other: '{count} news articles' },

  // Copy link, Share, Embed.
  'share.copyLink': 'Copy link',
  'share.copied': 'Link to this view copied.',
  'share.copyFallback': 'Could not copy by itself: the link is selected, press Ctrl+C (or ⌘C) to copy it.',
  'share.linkField': 'Link to this view',
  'share.share': 'Share',
  'share.shareFailed': 'Could not share the link; try Copy link.',
  'share.embed': 'Embed',

  // Save image, and Download the data (in About the data).
  'saveImage.button': 'Save image',
  'saveImage.choices': 'Save this view as',
  'saveImage.svg': 'SVG',
  'saveImage.svgNote': '(scalable)',
  'saveImage.png': 'PNG',
  'saveImage.pngNote': '(picture)',
  'saveImage.saving': 'Saving this view as {file}.',
  'saveImage.failed': 'The image could not be made: check the connection and try again.',
  'download.heading': 'Download the data',
  'download.explain': 'JSON in this project’s own format, with the articles’ texts; or CSV, one row per citation.',
  'download.json': 'Download JSON',
  'download.csv': 'Download CSV',
  'download.started': 'Downloading {file}.',
  'download.failed': 'The file could not be made: check the connection and try again.',

  // About the data. {headline}, {publisher}, {byline}, {published} and the {quoted} words are the sources' own, in English.
  'about.title': 'About the data',
  'about.summary': {
    one: '1 event with {citations}, curated by hand from {articles}. Every event quotes at least one passage of its source word for word, typos included.',
    other:
      '{count} events with {citations}, curated by hand from {articles}. Every event quotes at least one passage of its source word for word, typos included.',
  },
  'about.citations': { one: '1 citation', other: '{count} citations' },
  'about.sources': 'Sources',
  'about.source': '{headline}. {publisher}, {byline}, published {published} (no time zone printed).',
  'about.sourceByline': '{headline}. {byline}, published {published} (no time zone printed).',
  'about.curation': 'How the events were made and checked',
  'about.languages': 'Languages',
  'about.translations':
    'The timeline also reads in Korean and Japanese. There, the interface, the events’ titles, labels and notes, the tags, the status words and this text are the timeline’s own translations. Quotes, headlines, bylines and publication dates are never translated: in every language they are given as printed, in English.',
  'about.precision': 'Precision and status',
  'about.precision.dates':
    'A date is shown only as precisely as the text gives it: a year, a month, a week or a day. A month-precise event covers its whole month on the timeline.',
  'about.precision.bounds':
    'Where the text gives only bounds ("{beforeExtending}" the pact signed in November 2016), the event is dated "some time between" them, each bound with the words or the event it comes from, and drawn as a span that fades toward its uncertain ends. A period still going on when an article reported it has no end: it fades out after the report.',
  'about.precision.links':
    'The links the articles draw between events ("{retaliation}", "{firstSince}", "{after}") are kept with their words and listed with each event. A link claims no more than its words: "{after}" is not "because of".',
  'about.status': '{label}: {meaning}',
  'dialog.close': 'Close',

  // The colour scheme.
  'theme.system': 'Colours: system',
  'theme.light': 'Colours: light',
  'theme.dark': 'Colours: dark',
  'theme.explain': 'Change the colour scheme (system, light, dark)',

  // Notices and a part of the page that failed. The dataset's problems themselves are listed in the validator's English.
  'notices.dataset': {
    one: '1 problem in the dataset; the events affected are left out:',
    other: '{count} problems in the dataset; the events affected are left out:',
  },
  'notices.dismiss': 'Dismiss',
  'notices.dismissNamed': 'Dismiss: {notice}',
  'error.unknown': 'an unknown error',
  'error.timeline.failed': 'Sorry: the timeline stopped working ({error}). The rest of the page still works.',
  'error.timeline.reset': 'Reset the timeline',
  'error.sourcePanel.failed': 'Sorry: the source panel stopped working ({error}). The rest of the page still works.',
  'error.sourcePanel.reset': 'Reset the source panel',
  'error.articleView.failed': 'Sorry: the article view stopped working ({error}). The rest of the page still works.',
  'error.articleView.reset': 'Reset the article view',
  'error.eventsList.failed': 'Sorry: the events list stopped working ({error}). The rest of the page still works.',
  'error.eventsList.reset': 'Reset the events list',

  // The timeline, its controls and overview.
  'timeline.heading': 'Timeline',
  'timeline.zoom': 'Zoom',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.fitAll': 'Fit all',
  'timeline.frame': 'Timeline of events',
  'timeline.marks': 'Events on screen',
  'timeline.clusters': 'Clusters of events',
  'timeline.help':
    'Scroll or pinch to zoom, drag to pan, double-click to zoom in. Focused: + and − zoom, arrows pan, Home shows all; Tab reaches the events, and the arrows move between them.',
  'timeline.markedDate': 'Linked date: {date}',
  'timeline.overview': 'Overview: the part of {range} on screen',
  // A mark's name begins with its visible label (or with its title, when the title begins with the label).
  'mark.name.happened': '{label}: {title}, {date}',
  'mark.name.announced': '{label}: {title}, {date}, announced',
  'mark.name.planned': '{label}: {title}, {date}, planned',
  'mark.titled.happened': '{title}, {date}',
  'mark.titled.announced': '{title}, {date}, announced',
  'mark.titled.planned': '{title}, {date}, planned',
  'cluster.name': { one: '1 event, {span}; zoom in to see it', other: '{count} events, {span}; zoom in to see them' },
  'cluster.nameUndated': { one: '1 event; zoom in to see it', other: '{count} events; zoom in to see them' },
  // A cluster whose badge rounds its count ("4.5K") begins its name with what the badge shows.
  'cluster.rounded': '{shown}: {name}',

  // The legend.
  'legend.label': 'Legend of the timeline',
  'legend.period': 'Period',
  'legend.day': 'Day',
  'legend.span': 'Week, month, year',
  'legend.tentative': 'Announced or planned',
  'legend.bounded': 'Dated by bounds',
  'legend.ongoing': 'Ongoing when reported',
  'legend.cluster': 'Cluster',
  'legend.link': 'Link in the sources',
  'legend.selected': 'Selected',

  // The embed's bar.
  'embed.open': 'Open the full timeline',
  'embed.newTab': '(opens in a new tab)',
} as const;
