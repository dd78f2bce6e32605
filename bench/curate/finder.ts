/**
 * The date finder's benchmark (not a test):
 * - its time on an article of 10,000 words made of the project's articles (median and p95 of 21 runs after 5
 *   warm-up runs; target ≤ 50 ms), checking that every run found the same dates, and some;
 * - its agreement with the annotated corpus (bench/curate/datedSentences.json), beside chrono-node used alone:
 *   precision, recall and exact resolutions, with counts, and what each got wrong.
 * Fails (exit code 1) when the corpus is empty or the finder found nothing, for then nothing was measured.
 *
 *   npm run bench:curate
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { foundDateCode } from '../../src/model/dateFinder/foundDateForms';
import { findDates } from '../../src/model/findDates';
import { waitForQuiet } from '../harness/quiet';
import { median, percentile } from '../harness/stats';
import { type Agreement, type CorpusSentence, type Marked, agreement } from './agreement';
import { chronoAlone } from './chronoAlone';
import { longArticle, wordCount } from './longArticle';

const WORDS = 10_000;
const WARM_UP = 5;
const RUNS = 21;
const TARGET_MS = 50;
const PUBLISHED = '2019-11-29';

const failures: string[] = [];
const fail = (why: string) => failures.push(why);

async function timeOnLongArticle(): Promise<void> {
  const article = longArticle(WORDS);
  // Timings on a shared 2-core machine are only as good as it is idle: wait a while for quiet, and say how busy it was.
  const busy = await waitForQuiet(60_000);
  const counts = new Set<number>();
  for (let i = 0; i < WARM_UP; i++) counts.add(findDates(article, PUBLISHED).length);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const found = findDates(article, PUBLISHED);
    times.push(performance.now() - t0);
    counts.add(found.length);
  }
  const [count] = counts;
  if (counts.size !== 1) fail(`the runs found different numbers of dates: ${[...counts].join(', ')}`);
  if (!count) fail('the finder found no date in the long article');
  const [p50, p95] = [median(times), percentile(times, 95)];
  console.log(
    `## Time on one article of ${wordCount(article).toLocaleString('en')} words (${article.length.toLocaleString('en')} characters)\n`,
  );
  console.log(`${String(count)} date expressions found in each run; ${String(RUNS)} runs after ${String(WARM_UP)} warm-up runs.`);
  console.log(`CPUs busy with other work before the runs: ${Number.isNaN(busy) ? 'unknown' : `${(100 * busy).toFixed(0)} %`}.`);
  console.log(
    `median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, target ≤ ${String(TARGET_MS)} ms: ${p95 <= TARGET_MS ? 'met' : 'MISSED'}\n`,
  );
}

const ours = (text: string, published: string): Marked[] =>
  findDates(text, published).map((d) => ({ start: d.start, end: d.end, date: foundDateCode(d.resolution) }));

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
const row = (name: string, a: Agreement) =>
  `| ${name} | ${percent(a.matched, a.found)} (${String(a.matched)}/${String(a.found)}) | ${percent(a.matched, a.expected)} (${String(a.matched)}/${String(a.expected)}) | ${percent(a.exact, a.expected)} (${String(a.exact)}/${String(a.expected)}) |`;

function agreementTable(): void {
  const corpus = JSON.parse(readFileSync(new URL('./datedSentences.json', import.meta.url), 'utf8')) as { sentences: CorpusSentence[] };
  const sentences = corpus.sentences;
  const finder = agreement(sentences, ours);
  const chrono = agreement(sentences, chronoAlone);
  if (sentences.length === 0 || finder.expected === 0) fail('the corpus is empty');
  if (finder.found === 0) fail('the finder found nothing in the corpus');
  console.log(`## Agreement with the corpus: ${String(sentences.length)} sentences, ${String(finder.expected)} expected expressions\n`);
  console.log('| reader | precision | recall | exact resolution |');
  console.log('| --- | --- | --- | --- |');
  console.log(row('date finder', finder));
  console.log(row('chrono-node alone', chrono));
  for (const [name, result] of [
    ['date finder', finder],
    ['chrono-node alone', chrono],
  ] as const) {
    console.log(`\n${name}: ${String(result.misses.length)} disagreement(s)`);
    for (const miss of result.misses) console.log(`  ${miss}`);
  }
}

const cpu = cpus();
console.log(
  `# Date finder benchmark\n\n${cpu[0]?.model ?? 'unknown CPU'} ×${String(cpu.length)}, Node ${process.version}, load ${loadavg()[0]?.toFixed(2) ?? '?'}\n`,
);
await timeOnLongArticle();
agreementTable();
if (failures.length > 0) {
  console.error(`\nNothing measured: ${failures.join('; ')}`);
  process.exitCode = 1;
}
