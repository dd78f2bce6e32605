import { foundDateCode } from '../src/model/dateFinder/foundDateForms';
import { findDates } from '../src/model/findDates';
import { parsePartialDate } from '../src/model/partialDate';

/** What the command prints: lines for stdout, or one line for stderr and the exit code. */
export type CommandResult = { readonly code: 0; readonly lines: readonly string[] } | { readonly code: 2; readonly error: string };

const USAGE = 'usage: npm run find-dates -- FILE --published YYYY-MM-DD';

/**
 * `npm run find-dates -- FILE --published YYYY-MM-DD`: every date expression of the file, one JSON object a
 * line, `{"start","end","text","date"}` (offsets in UTF-16 code units of the file's text; `date` as
 * `foundDateCode` writes it), with `"date": null` and a `"why"` for words that cannot be placed.
 */
export function findDatesCommand(args: readonly string[], readText: (file: string) => string): CommandResult {
  const files: string[] = [];
  let published: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--published') published = args[++i];
    else if (arg.startsWith('--published=')) published = arg.slice('--published='.length);
    else if (arg.startsWith('-')) return { code: 2, error: `unknown option ${arg}; ${USAGE}` };
    else files.push(arg);
  }
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0)
    return { code: 2, error: `${file === undefined ? 'no FILE given' : 'one FILE only'}; ${USAGE}` };
  if (published === undefined) return { code: 2, error: `--published is missing; ${USAGE}` };
  if (parsePartialDate(published)?.precision !== 'day')
    return { code: 2, error: `--published "${published}" is not a real day (YYYY-MM-DD)` };
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    return { code: 2, error: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const lines = findDates(text, published).map(({ start, end, text: words, resolution }) =>
    JSON.stringify({
      start,
      end,
      text: words,
      date: foundDateCode(resolution),
      ...(resolution.kind === 'not-placeable' && { why: resolution.why }),
    }),
  );
  return { code: 0, lines };
}
