import { LABEL_MAX_LENGTH } from '../model/schema';

/** An event id the validator accepts: lower-case letters and digits in words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids longer than this are cut at a hyphen: an id is typed in links, not read as a title. */
const SLUG_MAX_LENGTH = 60;
/** The id of a headline with no Latin letters or digits to make one from. */
const FALLBACK_SLUG = 'event';

/** A readable id from a title: "Apollo 11 lands on the Moon!" → `apollo-11-lands-on-the-moon`. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_MAX_LENGTH) return slug === '' ? FALLBACK_SLUG : slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, SLUG_MAX_LENGTH);
}

/** The slug itself when no event has it, else the slug with the first free number: `apollo-11-2`. */
export function unusedId(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

const ELLIPSIS = '…';
/** Punctuation that reads badly before an ellipsis. */
const TRAILING_PUNCTUATION = /[\s,;:.–—-]+$/;

/**
 * A label from a title: the title itself when it fits beside a mark (LABEL_MAX_LENGTH), else its first
 * words with an ellipsis, cut between words; a first word too long for the label is cut where it must be.
 */
export function shortLabel(title: string): string {
  const text = title.trim();
  if (text.length <= LABEL_MAX_LENGTH) return text;
  const room = LABEL_MAX_LENGTH - ELLIPSIS.length;
  let label = '';
  for (const word of text.split(/\s+/)) {
    const longer = label === '' ? word : `${label} ${word}`;
    if (longer.length > room) break;
    label = longer;
  }
  label = label.replace(TRAILING_PUNCTUATION, '');
  if (label === '') {
    // Whole characters only: a cut between the halves of a surrogate pair would leave a broken character.
    for (const char of text) {
      if (label.length + char.length > room) break;
      label += char;
    }
  }
  return label + ELLIPSIS;
}
