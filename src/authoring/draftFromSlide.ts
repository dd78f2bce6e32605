import { OPEN_END, looksLikeBounds } from '../model/edtf';
import type { PartialDate } from '../model/partialDate';
import { describeMismatch } from '../model/problemWords';
import type { RawCitation, RawEvent } from '../model/schema';
import { type Source, type Status, TAGS } from '../model/types';
import { SLUG, shortLabel, slugOf, unusedId } from './draftNames';
import { htmlToPlainLine, htmlToPlainText } from './htmlText';
import { type NoticeReason, type Said, said } from '../model/importReasons';
import type { ImportNotice } from './importReport';
import { type OwnSlideParts, readOwnSlideParts } from './ownSlideParts';
import { type SlideDates, readSlideDates } from './readSlideDates';
import type { SlideRecord } from './slideRecord';

export interface DraftContext {
  readonly knownSources: readonly Source[];
  /** Ids in use: the curator's events and the drafts made so far. Each new draft's id is added. */
  readonly taken: Set<string>;
}

export type DraftOutcome =
  | { readonly draft: RawEvent; readonly notices: readonly ImportNotice[]; readonly ownExport: boolean }
  | { readonly skipped: Said<NoticeReason> };

/** Words that may mean a slide tells of something still to come; they are pointed out, never acted on. */
const NOT_YET_WORDS = /\b(will|plans?|planned|scheduled|expected|proposed|to be held|announced)\b/i;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The draft's id: the slide's own id when it is a slug no event has, else its headline's, made unique. */
function draftId(given: string | undefined, title: string, taken: ReadonlySet<string>): { id: string; check?: Said<NoticeReason> } {
  if (given !== undefined && given !== '' && SLUG.test(given) && !taken.has(given)) return { id: given };
  const id = unusedId(slugOf(title), taken);
  if (given === undefined || given === '') return { id };
  return {
    id,
    check: SLUG.test(given)
      ? said('id-in-use', `its id "${given}" is already in use: the draft's id is "${id}"`)
      : said('id-not-slug', `its id "${given}" is not a readable slug (a-z, 0-9, -): the draft's id is "${id}"`),
  };
}

/**
 * The first citation of one of our own slides, attached again when its source is known by the headline the
 * slide names and the quote stands in that source's text, word for word; else why not.
 */
function reattach(
  parts: OwnSlideParts,
  credit: string,
  sources: readonly Source[],
): { citation?: RawCitation; check?: Said<NoticeReason> } {
  if (parts.quote === undefined) return { check: said('quote-missing', 'its quote is missing from the text: the draft has no citation') };
  const named = sources
    .filter((s) => credit.startsWith(collapse(s.headline)) || (parts.citation ?? '').includes(collapse(s.headline)))
    .sort((a, b) => b.headline.length - a.headline.length);
  const { quote } = parts;
  const source = named.find((s) => s.text.includes(quote));
  if (source) return { citation: { source: source.id, quote } };
  const [first] = named;
  if (first)
    return {
      check: said(
        'quote-not-verbatim',
        `its quote is not in “${first.headline}” word for word (${describeMismatch(quote, first.text)}): not attached`,
      ),
    };
  return {
    check: said(
      'source-unknown',
      `its source “${credit || parts.citation || 'unnamed'}” is none of the known sources: the quote is not attached`,
    ),
  };
}

/** What the export could not hold of the event's date, as its mark gives it. */
function dateLoss(datasetDate: string | undefined, start: PartialDate): Said<NoticeReason> | undefined {
  if (datasetDate === undefined) return undefined;
  if (looksLikeBounds(datasetDate))
    return said(
      'bounds-date',
      `its date was known only by bounds, ${datasetDate}, with the words that give them: the draft is dated ${start.iso}`,
    );
  if (datasetDate.endsWith(`/${OPEN_END}`)) {
    return said(
      'ongoing-date',
      `it was still going on when reported (${datasetDate}): the draft starts ${start.iso}, with no end and without the words that said so`,
    );
  }
  if (/W\d/.test(datasetDate))
    return said('week-date', `it was dated to an ISO week (${datasetDate}): the draft is dated the week's Monday, ${start.iso}`);
  return undefined;
}

const mediaWords = ({ mediaCaption, mediaCredit }: SlideRecord): Said<NoticeReason>[] => [
  ...(mediaCaption === '' ? [] : [said('media-caption', `the media caption "${htmlToPlainLine(mediaCaption)}"`)]),
  ...(mediaCredit === '' ? [] : [said('media-credit', `the media credit "${htmlToPlainLine(mediaCredit)}"`)]),
];

/** What the slide held that the draft cannot: each as words for the report. */
function lostWords(
  record: SlideRecord,
  own: OwnSlideParts | undefined,
  dates: SlideDates,
  unknownGroup: string | undefined,
): Said<NoticeReason>[] {
  const dateWords =
    dateLoss(own?.datasetDate, dates.start) ??
    (record.displayDate === '' ? undefined : said('display-date', `the display date "${htmlToPlainLine(record.displayDate)}"`));
  return [
    ...dates.lost,
    ...(unknownGroup === undefined
      ? []
      : [said('unknown-group', `the group "${unknownGroup}", which is none of this timeline's tags (${TAGS.join(', ')})`)]),
    ...(dateWords === undefined ? [] : [dateWords]),
    ...(own?.moreCitations ?? []).map((citation) =>
      said('further-citation', `a further citation, which TimelineJS holds only as text: ${citation}`),
    ),
    ...(record.mediaUrl === '' ? [] : [said('media', `the media ${record.mediaUrl}`)]),
    // Our own slides' caption and credit repeat the first citation; another slide's may name a source to look up.
    ...(own ? [] : mediaWords(record)),
    ...(record.background ? [said('background', 'the background')] : []),
  ];
}

/**
 * One slide or row as a draft event in the record shape of events.json, or why it is skipped. A slide of
 * our own export gets back its id, status, note and (when it checks out) its first citation; any other slide
 * is unsourced, with its text as the note, and its status taken as `happened` for the curator to check.
 */
export function draftFromSlide(record: SlideRecord, context: DraftContext): DraftOutcome {
  const title = htmlToPlainLine(record.headline);
  if (title === '') return { skipped: said('no-headline', 'it has no headline, and an event needs a title') };
  const dates = readSlideDates(record.start, record.end);
  if ('error' in dates) return { skipped: dates.error };

  const own = readOwnSlideParts(record.text);
  const named = draftId(record.uniqueId || own?.eventId, title, context.taken);
  const { id } = named;
  context.taken.add(id);

  const plainText = htmlToPlainText(record.text);
  const group = htmlToPlainLine(record.group).toLowerCase();
  const tags = TAGS.includes(group) ? [group] : [];
  const attached = own ? reattach(own, htmlToPlainLine(record.mediaCredit), context.knownSources) : {};
  const status: Status = own?.status ?? 'happened';
  const note = own ? own.note : plainText;

  const lost = lostWords(record, own, dates, group !== '' && tags.length === 0 ? group : undefined);
  const notYet = NOT_YET_WORDS.exec(`${title} ${plainText}`)?.[0];
  const checks = [
    ...(named.check === undefined ? [] : [named.check]),
    ...(own?.status !== undefined
      ? []
      : notYet
        ? [
            said(
              'status-unsaid-not-yet',
              `the file does not say whether it took place: the draft says "happened", though its text says "${notYet}"`,
            ),
          ]
        : [said('status-unsaid', 'the file does not say whether it took place: the draft says "happened"')]),
    ...(attached.check === undefined ? [] : [attached.check]),
  ];
  const notice =
    (kind: 'lost' | 'check') =>
    ({ reason, message }: Said<NoticeReason>): ImportNotice => ({ kind, at: record.at, eventId: id, reason, message });
  return {
    draft: {
      id,
      title,
      label: shortLabel(title),
      start: dates.start.iso,
      ...(dates.end && { end: dates.end.iso }),
      status,
      tags,
      ...(note !== undefined && note.trim() !== '' && { note }),
      citations: attached.citation ? [attached.citation] : [],
    },
    notices: [...lost.map(notice('lost')), ...checks.map(notice('check'))],
    ownExport: own !== undefined,
  };
}
