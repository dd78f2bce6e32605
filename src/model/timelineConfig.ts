import * as v from 'valibot';
import { parsePartialDate } from './partialDate';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const day = v.pipe(
  v.string(),
  v.check((text) => parsePartialDate(text)?.precision === 'day', 'must be a real day, YYYY-MM-DD'),
);
const year = v.pipe(
  v.number(),
  v.integer('must be a whole year'),
  v.minValue(1000, 'must be a four-digit year'),
  v.maxValue(9999, 'must be a four-digit year'),
);

/**
 * What describes a timeline, apart from its events and sources: its name, what the page says about it,
 * the years a reader can reach, the tags its events may carry, and the About dialog's own words. One file
 * per topic, src/data/timeline.json. It is checked where it enters the program, the build (vite.config.ts),
 * so the page itself carries no code for it; the tests and `npm run validate-data` check it too.
 */
export const TimelineConfigSchema = v.pipe(
  v.object({
    /** The page's heading. */
    title: text,
    /** The browser tab's title and the page's title for search engines and link previews. */
    pageTitle: text,
    /** The page's one-sentence description (its meta description). */
    description: text,
    /**
     * The languages the timeline is read in, its own (the dataset's words) first: a page is built for each, and
     * the validator requires the dataset's translations into each (src/data/translations/).
     */
    languages: v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code'))),
      v.minLength(1, 'must name the dataset’s own language'),
    ),
    /** The day the dataset last changed: what a citation of the timeline's page gives as its date. */
    updated: day,
    /** The years a reader can see: from the start of `fromYear` to the start of `untilYear`. */
    range: v.object({ fromYear: year, untilYear: year }),
    /** The tags events may carry, in the order the filters list them. */
    tags: v.pipe(
      v.array(v.pipe(text, v.regex(/^[a-z][a-z-]*$/, 'must be lower-case words joined by hyphens'))),
      v.minLength(1, 'must name at least one tag'),
    ),
    about: v.object({
      /** Said under the list of sources. */
      sourcesNote: text,
      /** How the events were made and checked, one point each. */
      curation: v.array(text),
    }),
  }),
  v.check((c) => c.range.fromYear < c.range.untilYear, 'range: fromYear must come before untilYear'),
  v.check((c) => new Set(c.tags).size === c.tags.length, 'tags: a tag is listed twice'),
  v.check((c) => new Set(c.languages).size === c.languages.length, 'languages: a language is listed twice'),
);

export type TimelineConfig = v.InferOutput<typeof TimelineConfigSchema>;

/** Reads a timeline's description; throws, naming each problem and where it is, when the file is wrong. */
export function readTimelineConfig(input: unknown): TimelineConfig {
  const parsed = v.safeParse(TimelineConfigSchema, input);
  if (parsed.success) return parsed.output;
  const problems = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? ''}${v.getDotPath(issue) ? ': ' : ''}${issue.message}`);
  throw new Error(`src/data/timeline.json: ${problems.join('; ')}`);
}
