import { STATUSES, type Status } from '../model/types';
import { decodeHtmlEntities, htmlToPlainText } from './htmlText';
import { SLIDE_MARKS as MARK } from './timelineJsFormat';

/** The parts of a slide's text that this project's export wrote, read back from their marks. */
export interface OwnSlideParts {
  readonly eventId?: string;
  readonly status?: Status;
  /** The event's date in the dataset's notation, as exported. */
  readonly datasetDate?: string;
  /** The first citation's quote, exactly as exported. */
  readonly quote?: string;
  /** The line naming the first citation's source, as plain text. */
  readonly citation?: string;
  /** Each further citation, as plain text: TimelineJS holds only one. */
  readonly moreCitations: readonly string[];
  readonly note?: string;
}

const attribute = (html: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : decodeHtmlEntities(match[1]);
};

/** The contents of each element carrying the mark. */
const marked = (html: string, element: string, mark: string): string[] =>
  [...html.matchAll(new RegExp(`<${element}\\s${mark}(?:="")?>([\\s\\S]*?)</${element}>`, 'g'))].map((m) => m[1] ?? '');

/** Text our export escaped comes back exactly; text someone has since marked up comes back as plain text. */
const textOf = (content: string): string => (content.includes('<') ? htmlToPlainText(content) : decodeHtmlEntities(content));

const isStatus = (value: string | undefined): value is Status => STATUSES.some((s) => s === value);

/**
 * Reads the marks that `timelineJsSlide` leaves on a slide's text; undefined for a slide that carries none,
 * which some other tool or person made. The words around the marks are for readers and are never read back.
 */
export function readOwnSlideParts(html: string): OwnSlideParts | undefined {
  const eventId = attribute(html, MARK.event);
  const status = attribute(html, MARK.status);
  if (eventId === undefined && status === undefined) return undefined;
  const datasetDate = attribute(html, MARK.date);
  const [quote] = marked(html, 'blockquote', MARK.quote);
  const [citation] = marked(html, 'p', MARK.citation);
  const [note] = marked(html, 'p', MARK.note);
  return {
    ...(eventId !== undefined && { eventId }),
    ...(isStatus(status) && { status }),
    ...(datasetDate !== undefined && { datasetDate }),
    ...(quote !== undefined && { quote: textOf(quote) }),
    ...(citation !== undefined && { citation: htmlToPlainText(citation) }),
    moreCitations: marked(html, 'span', MARK.moreCitation).map(htmlToPlainText),
    ...(note !== undefined && { note: textOf(note) }),
  };
}
