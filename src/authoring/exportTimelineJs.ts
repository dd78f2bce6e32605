import { escapeHtml as html } from '../exports/escapeHtml';
import { csvTable } from '../exports/datasetCsv';
import type { DateWords } from '../i18n/dateWords';
import type { Dataset } from '../model/types';
import { creditWords, timelineJsSlide } from './timelineJsSlide';
import {
  TIMELINEJS_CSV_COLUMNS,
  type TimelineJsColumn,
  type TimelineJsDate,
  type TimelineJsFile,
  type TimelineJsSlide,
} from './timelineJsFormat';

const slidesOf = (dataset: Dataset, dates: DateWords): TimelineJsSlide[] => {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return dataset.events.map((event) => timelineJsSlide(event, sources, dates));
};

/** The title slide's text: the sources the events quote, as printed. */
const sourcesText = (dataset: Dataset): string =>
  dataset.sources.length === 0 ? '' : `<p>From ${dataset.sources.map((s) => html(creditWords(s))).join('; ')}.</p>`;

/**
 * The dataset as the JSON TimelineJS 3 reads (`new TL.Timeline(element, json)`), one slide per event; `dates` writes
 * the display dates (English: src/curate/englishDates.ts).
 */
export function toTimelineJsJson(dataset: Dataset, timelineTitle: string, dates: DateWords): TimelineJsFile {
  return { title: { text: { headline: html(timelineTitle), text: sourcesText(dataset) } }, events: slidesOf(dataset, dates) };
}

/** The JSON file's text, two-space indented. */
export const timelineJsJsonText = (dataset: Dataset, timelineTitle: string, dates: DateWords): string =>
  `${JSON.stringify(toTimelineJsJson(dataset, timelineTitle, dates), null, 2)}\n`;

const dateCells = (date: TimelineJsDate | undefined) => [String(date?.year ?? ''), String(date?.month ?? ''), String(date?.day ?? '')];

function slideRow(slide: TimelineJsSlide): string[] {
  const [year, month, day] = dateCells(slide.start_date);
  const [endYear, endMonth, endDay] = dateCells(slide.end_date);
  const cells: Readonly<Record<TimelineJsColumn, string | undefined>> = {
    Year: year,
    Month: month,
    Day: day,
    Time: '',
    'End Year': endYear,
    'End Month': endMonth,
    'End Day': endDay,
    'End Time': '',
    'Display Date': slide.display_date,
    Headline: slide.text.headline,
    Text: slide.text.text,
    Media: slide.media?.url,
    'Media Credit': slide.media?.credit,
    'Media Caption': slide.media?.caption,
    'Media Thumbnail': '',
    Type: '',
    Group: slide.group,
    Background: '',
  };
  return TIMELINEJS_CSV_COLUMNS.map((column) => cells[column] ?? '');
}

/**
 * The dataset in the columns of TimelineJS's Google Sheet template, to paste or import into a copy of it:
 * the same slides as the JSON (the event's id is in its text, since the template has no column for it),
 * written by the project's CSV writer, so no cell can become a formula.
 */
export function toTimelineJsCsv(dataset: Dataset, dates: DateWords): string {
  return csvTable([TIMELINEJS_CSV_COLUMNS, ...slidesOf(dataset, dates).map(slideRow)]);
}
