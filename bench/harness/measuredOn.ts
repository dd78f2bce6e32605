import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** The bench folder: git is asked from here, and src/ is beside it. */
const BENCH = new URL('../', import.meta.url).pathname;

/** The commit measured: BENCH_COMMIT (for a snapshot outside git), else the checkout's HEAD and whether src/ has changes. */
export function measuredCommit(): string {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: BENCH, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', '../src') ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** The machine a run measured on, as the results record it. */
export function machineOf(browserVersion: string) {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    browser: `Chromium ${browserVersion}`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
