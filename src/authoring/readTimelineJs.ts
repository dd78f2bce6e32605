import type { RawEvent } from '../model/schema';
import type { Source } from '../model/types';
import { draftFromSlide } from './draftFromSlide';
import { type ImportNotice, type ImportReport, NOT_TIMELINEJS, type SlidePlace, type TimelineJsImport, failedImport } from './importReport';
import { readTimelineJsCsv } from './readTimelineJsCsv';
import { readTimelineJsJson } from './readTimelineJsJson';
import type { SlidesOrError } from './slideRecord';
import { type FileReason, TIMELINEJS_CANNOT_HOLD, said } from '../model/importReasons';

/** Tab, line feed, form feed, carriage return: the only control characters a text file holds. */
const TEXT_CONTROLS = new Set([9, 10, 12, 13]);
/** A picture or an archive read as text is full of other control characters. */
function isBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && !TEXT_CONTROLS.has(code)) return true;
  }
  return false;
}

/** A file these say is wrong is one of TimelineJS's formats, broken; any other is not TimelineJS's at all. */
const OF_A_FORMAT: ReadonlySet<FileReason> = new Set(['csv-header', 'csv-broken']);

/** A JSON file starts with its object (or a list); a CSV file with its header. */
const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text);

function readJson(text: string): SlidesOrError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      error: said(
        'not-json',
        `${NOT_TIMELINEJS}: it starts like JSON but is not JSON (${error instanceof Error ? error.message : String(error)})`,
      ),
    };
  }
  return readTimelineJsJson(json);
}

/** The title slide first, then slides or rows in the file's order, then eras; notices of one place keep their order. */
const PLACE_ORDER: Readonly<Record<SlidePlace['kind'], number>> = { title: 0, slide: 1, row: 1, era: 2 };
const byPlace = (a: ImportNotice, b: ImportNotice): number => PLACE_ORDER[a.at.kind] - PLACE_ORDER[b.at.kind] || a.at.number - b.at.number;

/**
 * Reads a TimelineJS 3 file (its JSON, or a CSV of its Google Sheet template; told apart by the content) into
 * draft events in the record shape of events.json, with a report of what was read, skipped and lost.
 * All or nothing: a file that cannot be read as a whole gives no events, only the report of why.
 *
 * `knownSources` are the sources a slide of our own export may be quoting; `takenIds` the ids of events that
 * the drafts must not take.
 */
export function readTimelineJs(
  fileText: string,
  fileName: string,
  knownSources: readonly Source[],
  takenIds: ReadonlySet<string> = new Set(),
): TimelineJsImport {
  const text = fileText.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failedImport(fileName, said('empty-file', `${NOT_TIMELINEJS}: the file is empty`));
  if (isBinary(text))
    return failedImport(fileName, said('binary-file', `${NOT_TIMELINEJS}: it is not text (a picture, or some other binary file?)`));
  const json = looksLikeJson(text);
  const format = json ? 'TimelineJS JSON' : 'TimelineJS CSV';
  const slides = json ? readJson(text) : readTimelineJsCsv(text);
  if ('error' in slides) return failedImport(fileName, slides.error, OF_A_FORMAT.has(slides.error.reason) ? format : undefined);

  const context = { knownSources, taken: new Set(takenIds) };
  const events: RawEvent[] = [];
  const notices: ImportNotice[] = [...slides.notices];
  let ownSlides = 0;
  for (const record of slides.records) {
    const outcome = draftFromSlide(record, context);
    if ('skipped' in outcome) notices.push({ kind: 'skipped', at: record.at, ...outcome.skipped });
    else {
      events.push(outcome.draft);
      notices.push(...outcome.notices);
      if (outcome.ownExport) ownSlides++;
    }
  }
  const unreadable = slides.notices.filter((n) => n.kind === 'skipped').length;
  const report: ImportReport = {
    fileName,
    format,
    read: slides.records.length + unreadable,
    imported: events.length,
    unsourced: events.filter((e) => e.citations.length === 0).length,
    notices: notices.sort(byPlace),
    cannotHold: ownSlides > 0 ? TIMELINEJS_CANNOT_HOLD : [],
  };
  return { ok: true, events, report };
}
