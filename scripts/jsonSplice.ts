/**
 * Adds records to a JSON file's text without rewriting what is there: the new items go before an array's closing
 * bracket, the new members before an object's closing brace, and every byte before them stays as it was. The
 * project's data files are formatted by Prettier, which keeps an object on several lines when its text opens it so;
 * `recordText` writes new records the way the files write theirs (each record on its lines, the small objects
 * of dates and bounds on one), and Prettier then formats the whole.
 */

/** Objects the data files write on one line: a citation's dating, an event's ongoing words, a bound's basis. */
const INLINE_KEYS: ReadonlySet<string> = new Set(['dating', 'ongoing', 'earliest', 'latest']);

/** A record's JSON text: objects open on their own line (so Prettier keeps them so), but those of INLINE_KEYS. */
export function recordText(value: unknown, key?: string): string {
  if (typeof value !== 'object' || value === null || (key !== undefined && INLINE_KEYS.has(key))) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => recordText(item)).join(', ')}]`;
  const members = Object.entries(value as Record<string, unknown>);
  if (members.length === 0) return '{}';
  return `{\n${members.map(([k, v]) => `${JSON.stringify(k)}: ${recordText(v, k)}`).join(',\n')}\n}`;
}

const WHITESPACE = /\s/;

function skipWhitespace(text: string, at: number): number {
  let i = at;
  while (i < text.length && WHITESPACE.test(text.charAt(i))) i += 1;
  return i;
}

/** The index just after the JSON value starting at `at` (after any whitespace). */
function valueEnd(text: string, at: number): number {
  const start = skipWhitespace(text, at);
  const first = text.charAt(start);
  if (first === '"') return stringEnd(text, start);
  if (first !== '{' && first !== '[') {
    let i = start;
    while (i < text.length && !/[\s,\]}]/.test(text.charAt(i))) i += 1;
    return i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '"') i = stringEnd(text, i) - 1;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unterminated JSON value');
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '\\') i += 1;
    else if (c === '"') return i + 1;
  }
  throw new Error('unterminated JSON string');
}

interface Member {
  readonly key: string;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** The members of the object starting at `at`, and the index of its closing brace. */
function objectMembers(text: string, at: number): { members: Member[]; close: number } {
  let i = skipWhitespace(text, at);
  if (text.charAt(i) !== '{') throw new Error('not a JSON object');
  const members: Member[] = [];
  i = skipWhitespace(text, i + 1);
  while (text.charAt(i) !== '}') {
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const colon = skipWhitespace(text, keyEnd);
    const valueStart = skipWhitespace(text, colon + 1);
    const end = valueEnd(text, valueStart);
    members.push({ key, valueStart, valueEnd: end });
    i = skipWhitespace(text, end);
    if (text.charAt(i) === ',') i = skipWhitespace(text, i + 1);
  }
  return { members, close: i };
}

/** The end of the array's last item (or just after its opening bracket) and its closing bracket. */
function arrayEnds(text: string, at: number): { lastEnd: number; close: number; empty: boolean } {
  let i = skipWhitespace(text, at);
  if (text.charAt(i) !== '[') throw new Error('not a JSON array');
  let lastEnd = i + 1;
  let empty = true;
  i = skipWhitespace(text, i + 1);
  while (text.charAt(i) !== ']') {
    lastEnd = valueEnd(text, i);
    empty = false;
    i = skipWhitespace(text, lastEnd);
    if (text.charAt(i) === ',') i = skipWhitespace(text, i + 1);
  }
  return { lastEnd, close: i, empty };
}

const insertAt = (text: string, at: number, inserted: string): string => `${text.slice(0, at)}${inserted}${text.slice(at)}`;

/** The file's text with `items` added at the end of its top-level array. */
export function appendItems(text: string, items: readonly unknown[]): string {
  if (items.length === 0) return text;
  const { lastEnd, empty } = arrayEnds(text, 0);
  const added = items.map((item) => recordText(item)).join(',\n');
  return insertAt(text, lastEnd, empty ? `\n${added}\n` : `,\n${added}`);
}

/**
 * The file's text with `members` added at the end of the object at `path` (a key of the top-level object, or the
 * top-level object itself). A part the file lacks is added at the end of the top-level object with its members.
 */
export function addMembers(text: string, path: readonly string[], members: readonly (readonly [string, unknown])[]): string {
  if (members.length === 0) return text;
  let at = 0;
  for (const [depth, key] of path.entries()) {
    const found = objectMembers(text, at).members.find((m) => m.key === key);
    if (found === undefined) {
      const rest = path.slice(depth + 1);
      const value = rest.reduceRight<unknown>((inner, k) => ({ [k]: inner }), Object.fromEntries(members));
      return addMembers(text, path.slice(0, depth), [[key, value]]);
    }
    at = found.valueStart;
  }
  const { members: there, close } = objectMembers(text, at);
  const added = members.map(([key, value]) => `${JSON.stringify(key)}: ${recordText(value, key)}`).join(',\n');
  const last = there.at(-1);
  return last === undefined ? insertAt(text, close, `\n${added}\n`) : insertAt(text, last.valueEnd, `,\n${added}`);
}
