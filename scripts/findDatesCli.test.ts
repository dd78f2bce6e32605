import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the `edtf` package ships no types; its default export is a parser that throws on bad input.
import edtf from 'edtf';
import { findDatesCommand } from './findDatesCli';

const work = mkdtempSync(join(tmpdir(), 'find-dates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ARTICLE =
  'Ministers met earlier this week 😀 and on Friday. They will meet again in the third week of December. The pair met two days later.';
const files: Record<string, string> = { 'article.txt': ARTICLE };
const run = (...args: string[]) =>
  findDatesCommand(args, (file) => {
    const text = files[file];
    if (text === undefined) throw new Error('no such file');
    return text;
  });
const printed = (...args: string[]) => {
  const result = run(...args);
  if (result.code !== 0) throw new Error(result.error);
  return result.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
};

describe('npm run find-dates', () => {
  it('prints one JSON object a line, with offsets in UTF-16 code units of the text', () => {
    const lines = printed('article.txt', '--published', '2019-11-29');
    expect(lines.map((l) => [l.text, l.date])).toEqual([
      ['earlier this week', '[2019-11-25..2019-11-29]'],
      ['Friday', '2019-11-29'],
      ['the third week of December', '2019-W51'],
      ['two days later', null],
    ]);
    for (const line of lines) expect(ARTICLE.slice(Number(line.start), Number(line.end))).toBe(line.text);
    expect(Object.keys(lines[0] ?? {})).toEqual(['start', 'end', 'text', 'date']);
  });

  it('prints words that cannot be placed with a null date and why', () => {
    expect(printed('article.txt', '--published=2019-11-29').at(-1)).toEqual({
      start: ARTICLE.indexOf('two days later'),
      end: ARTICLE.indexOf('two days later') + 'two days later'.length,
      text: 'two days later',
      date: null,
      why: 'counted-from-another-date',
    });
  });

  it('writes bounds that the edtf parser accepts', () => {
    files['bounds.txt'] =
      'The first talks in more than three years began earlier this month, since October last year, and will end by Dec. 20.';
    const dates = printed('bounds.txt', '--published', '2019-11-29').map((l) => String(l.date));
    expect(dates).toEqual(['[..2016-11-29]', '[2019-11-01..2019-11-29]', '2018-10/..', '[..2019-12-20]']);
    for (const date of dates) expect(() => edtf(date)).not.toThrow();
  });

  it.each([
    [[], 'no FILE given'],
    [['article.txt'], '--published is missing'],
    [['article.txt', '--published', '2019-11'], 'is not a real day'],
    [['article.txt', '--published', '2019-02-30'], 'is not a real day'],
    [['missing.txt', '--published', '2019-11-29'], 'cannot read missing.txt'],
    [['article.txt', '--published', '2019-11-29', '--json'], 'unknown option'],
  ])('refuses bad usage %j with exit code 2', (args, message) => {
    const result = run(...args);
    expect(result.code).toBe(2);
    expect(result.code === 2 && result.error).toContain(message);
  });

  it('runs as a command: lines on stdout, one line on stderr and exit code 2 for bad usage', () => {
    const file = join(work, 'article.txt');
    writeFileSync(file, ARTICLE);
    const command = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/find-dates.ts', ...args], { encoding: 'utf8' });
    const ok = command(file, '--published', '2019-11-29');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout.trimEnd().split('\n')).toHaveLength(4);
    const bad = command(file, '--published', 'yesterday');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toEqual(['find-dates: --published "yesterday" is not a real day (YYYY-MM-DD)']);
  });
});
