/**
 * Frame timings on a 2-core machine are only as good as the machine is idle: a build or a test run
 * elsewhere steals the frames. Before each run the harness waits (a while, not for ever) until the
 * CPUs are mostly idle, and records how busy they were, so a noisy run can be told apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** [busy, total] jiffies across all CPUs, from /proc/stat (Linux); null elsewhere. */
function cpuTimes(): [number, number] | null {
  if (!existsSync('/proc/stat')) return null;
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return [total - idle, total];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fraction of all CPUs busy over `ms` (0..1), or NaN where it cannot be measured. */
export async function busyFraction(ms = 1000): Promise<number> {
  const a = cpuTimes();
  await sleep(ms);
  const b = cpuTimes();
  if (!a || !b || b[1] === a[1]) return Number.NaN;
  return (b[0] - a[0]) / (b[1] - a[1]);
}

/**
 * Waits until other work leaves the CPUs at most `maxBusy` busy (default: a quarter of one core),
 * for at most `patienceMs`. Returns the last busy fraction seen.
 */
export async function waitForQuiet(patienceMs = 60_000, maxBusy = 0.25 / cpus().length): Promise<number> {
  const until = Date.now() + patienceMs;
  let busy = await busyFraction();
  while (!(busy <= maxBusy) && Date.now() < until && !Number.isNaN(busy)) busy = await busyFraction();
  return busy;
}
