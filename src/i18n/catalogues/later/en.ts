/**
 * The English words of what a reader opens after the first screen: the citation forms and the citation's prose,
 * the article view, the relations, the saved image and the embed code; and the words only the build writes into
 * the prerendered pages (their titles and descriptions, preview pictures, structured data, the reading without
 * JavaScript). They load with those views (see src/i18n/laterWords.ts), so a page's first screen carries only
 * src/i18n/catalogues/en.ts. The other languages'
 * later words have exactly these keys, with the same placeholders (a test checks both).
 */
export const enLater = {
  'cite.format.text': 'Plain text',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.csl-json': 'CSL-JSON (Zotero, Mendeley)',
  'cite.copy': 'Copy',
  'cite.copyName': 'Copy the {format} citation',
  'cite.copied': '{format} citation copied.',
  'cite.fallback': 'Could not copy by itself: the {format} citation is selected, press Ctrl+C (or ⌘C) to copy it.',
  'cite.field': 'Citation to copy',
  // The citation's prose (src/exports/citation.ts): the plain text, and what BibTeX and CSL-JSON give people to read.
  'cite.text.event': '“{title}”, {date}. In {timeline}, a sourced, zoomable timeline. {link} (accessed {accessed}).',
  'cite.text.source': 'Source: {sources}',
  'cite.text.sources': 'Sources: {sources}',
  'cite.printed': '{publisher}, “{headline}”, byline “{byline}”, published {published}.',
  'cite.titleAddon': 'In {timeline}, a sourced, zoomable timeline',
  'cite.container': '{timeline}, a sourced, zoomable timeline',
  'cite.note': 'Event dated {date} (EDTF {edtf}), as its sources support. Sources: {sources}',
  'cite.bylineNote': 'Byline as printed: {byline}. Published as printed: {published}',
  // The article view.
  'article.name': 'Article',
  'article.unknown': 'There is no article “{id}” in the dataset.',
  'article.close': 'Close',
  'article.kicker': 'Article as printed',
  'article.closeName': 'Close the article',
  'article.hint': 'Highlighted passages are cited by events. Choose one to show its event on the timeline.',
  'article.missing': {
    one: 'One cited passage could not be found in this text:',
    other: '{count} cited passages could not be found in this text:',
  },
  'article.missingPassage': '“{quote}” ({event})',
  'article.alsoCited': 'Also cited in this paragraph:',
  'article.passageTitle': '{title} (also cited by: {others})',
  // What the sources connect an event to: each kind of relation read from the event it starts at (from) and from
  // the other end (to), the other event in {event}. The words name no party: whose position it is is in the quote.
  'relations.heading': 'What the sources connect this to',
  'relation.responds-to.from': 'Responds to {event}',
  'relation.responds-to.to': 'Responded to by {event}',
  'relation.comes-after.from': 'Comes after {event}',
  'relation.comes-after.to': 'Comes before {event}',
  'relation.precedes.from': 'Comes before {event}',
  'relation.precedes.to': 'Comes after {event}',
  'relation.first-since.from': 'The first since {event}',
  'relation.first-since.to': 'The last before {event}',
  'relation.prepares.from': 'Prepares {event}',
  'relation.prepares.to': 'Prepared by {event}',
  'relation.announces.from': 'Announces {event}',
  'relation.announces.to': 'Announced by {event}',
  'relation.concerns.from': 'Is about {event}',
  'relation.concerns.to': 'The subject of {event}',
  'relation.since.from': 'Has gone on since {event}',
  'relation.since.to': 'The start of {event}',
  'relation.during.from': 'Comes during {event}',
  'relation.during.to': 'Going on during {event}',
  'relation.part-of.from': 'Part of {event}',
  'relation.part-of.to': 'Includes {event}',
  'relation.held-settled-by.from': 'Held by one side to be settled by {event}',
  'relation.held-settled-by.to': 'Held by one side to settle {event}',
  'relation.would-resume.from': 'Would resume {event}',
  'relation.would-resume.to': 'Would be resumed by {event}',
  // The saved image of the view (src/exports/viewImage.ts).
  'image.title': '{timeline}: {view}',
  'image.sources': 'Sources: {sources}.',
  'image.source': '{publisher}, “{headline}”, {published}',
  'image.link': 'This view: {link}',
  'embedCode.heading': 'Embed this view',
  'embedCode.explain':
    "Paste this into your page's HTML. The frame opens on the view you see now; the few lines of script make the frame as tall as its content (without them it stays {height} pixels tall). Nothing in it adds to your readers' Back button.",
  'embedCode.field': 'Code for this view',
  'embedCode.copy': 'Copy code',
  'embedCode.copied': 'Code copied.',
  'embedCode.copyFallback': 'Could not copy by itself: the code is selected, press Ctrl+C (or ⌘C) to copy it.',
  'embedCode.frameTitle': 'Timeline: {title}',
  // The prerendered pages' own words (src/prerender, src/app/NoScriptReading.tsx): titles and descriptions for search
  // engines and shared links, the preview pictures, the structured data, the reading without JavaScript. The build
  // renders them; no browser downloads them for the first screen. {quote}, {publisher} and {headline} are English.
  'page.eventTitle': '{title} ({date}) · {timeline}',
  'page.quote': '“{quote}”',
  'page.eventDescription': '{quote} ({publisher}, {headline})',
  'page.embedTitle': '{title} (embedded)',
  'noscript.heading': 'Every event and what its sources say',
  'noscript.dateStatus': '{date} · {status}',
  'preview.heading': 'A sourced, zoomable timeline',
  'preview.indexCount': { one: '1 event, quoted from its source', other: '{count} events, each quoted from its source' },
  'preview.indexBody': 'A zoomable timeline in which every event is quoted from its source article.',
  'preview.dateStatus': '{date} · {status}',
  'preview.oneSource': 'Source: {sources}',
  'preview.sources': 'Sources: {sources}',
  'preview.source': '{publisher}, “{headline}”, {published}',
  'preview.eventAltOneSource': '“{title}”, {date}, selected on the timeline of {timeline}, with its first quote and its source named.',
  'preview.eventAlt': '“{title}”, {date}, selected on the timeline of {timeline}, with its first quote and its sources named.',
  'preview.indexAlt': {
    one: 'The timeline of {timeline}: 1 event, with the source it is quoted from.',
    other: 'The timeline of {timeline}: {count} events, with the sources they are quoted from.',
  },
  'ld.eventDescription': 'Date: {date} ({precision}). {status}: {meaning}',
  'ld.datasetDescription': {
    one: '{description} 1 event, with the verbatim passages of the news articles it is drawn from.',
    other: '{description} {count} events, each with the verbatim passages of the news articles it is drawn from.',
  },
} as const;
