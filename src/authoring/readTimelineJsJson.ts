import * as v from 'valibot';
import { formatPath } from '../model/problemWords';
import { issuePath } from '../model/recordProblems';
import { said } from '../model/importReasons';
import { ERA, type ImportNotice, NOT_TIMELINEJS, TITLE_SLIDE } from './importReport';
import type { DateCells, SlideRecord, SlidesOrError } from './slideRecord';

/** A field TimelineJS reads as text or a number (`"year": 1969` or `"1969"`); absent or null is empty. */
const Field = v.nullish(v.union([v.string(), v.number()]));
type FieldValue = v.InferOutput<typeof Field>;

const DateSchema = v.looseObject({ year: Field, month: Field, day: Field, hour: Field, minute: Field, second: Field, millisecond: Field });

/** The parts of a TimelineJS 3 slide that this project reads; anything else in it is left alone. */
const SlideSchema = v.looseObject({
  start_date: v.nullish(DateSchema),
  end_date: v.nullish(DateSchema),
  display_date: Field,
  text: v.nullish(v.looseObject({ headline: Field, text: Field })),
  media: v.nullish(v.looseObject({ url: Field, caption: Field, credit: Field })),
  group: Field,
  unique_id: Field,
  background: v.optional(v.unknown()),
});

const cell = (value: FieldValue): string => (value === undefined || value === null ? '' : String(value).trim());

const EMPTY_DATE: DateCells = { year: '', month: '', day: '', time: '' };

function dateCells(date: v.InferOutput<typeof DateSchema> | null | undefined): DateCells {
  if (!date) return EMPTY_DATE;
  const time = [date.hour, date.minute, date.second].map(cell);
  return {
    year: cell(date.year),
    month: cell(date.month),
    day: cell(date.day),
    time: time.some((part) => part !== '') ? time.filter((part) => part !== '').join(':') : '',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A TimelineJS slide names a date or has a text: a list of other things is not one of its files. */
const looksLikeSlide = (value: unknown): boolean => isRecord(value) && ('start_date' in value || 'text' in value);

/** Reads a parsed TimelineJS 3 JSON file (`{ title?, events: [...], eras? }`) into slide records. */
export function readTimelineJsJson(json: unknown): SlidesOrError {
  if (!isRecord(json) || !Array.isArray(json.events))
    return { error: said('json-shape', `${NOT_TIMELINEJS}: a TimelineJS JSON file is an object with a list of "events"`) };
  const slides: readonly unknown[] = json.events;
  if (slides.length > 0 && !slides.some(looksLikeSlide))
    return { error: said('json-no-slides', `${NOT_TIMELINEJS}: none of its "events" is a TimelineJS slide`) };

  const notices: ImportNotice[] = [];
  if (json.title !== undefined && json.title !== null) {
    notices.push({ kind: 'not-an-event', at: { kind: 'title', number: 1 }, ...TITLE_SLIDE });
  }
  const eras: readonly unknown[] = Array.isArray(json.eras) ? json.eras : [];
  eras.forEach((_era, index) => notices.push({ kind: 'not-an-event', at: { kind: 'era', number: index + 1 }, ...ERA }));

  const records: SlideRecord[] = [];
  slides.forEach((raw, index) => {
    const at = { kind: 'slide', number: index + 1 } as const;
    const parsed = v.safeParse(SlideSchema, raw);
    if (!parsed.success) {
      const [issue] = parsed.issues;
      notices.push({
        kind: 'skipped',
        at,
        reason: 'unreadable-slide',
        message: `not a slide TimelineJS can read (${formatPath(issuePath(issue)) || 'the slide'}: ${issue.message})`,
      });
      return;
    }
    const slide = parsed.output;
    records.push({
      at,
      start: dateCells(slide.start_date),
      end: dateCells(slide.end_date),
      displayDate: cell(slide.display_date),
      headline: cell(slide.text?.headline),
      text: cell(slide.text?.text),
      uniqueId: cell(slide.unique_id),
      group: cell(slide.group),
      mediaUrl: cell(slide.media?.url),
      mediaCredit: cell(slide.media?.credit),
      mediaCaption: cell(slide.media?.caption),
      background: slide.background !== undefined && slide.background !== null,
    });
  });
  return { records, notices };
}
