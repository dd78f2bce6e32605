import { readFileSync } from 'node:fs';
import { findDatesCommand } from './findDatesCli';

/** `npm run find-dates -- FILE --published YYYY-MM-DD` (see scripts/findDatesCli.ts). */
const result = findDatesCommand(process.argv.slice(2), (file) => readFileSync(file, 'utf8'));
if (result.code === 0) {
  for (const line of result.lines) process.stdout.write(`${line}\n`);
} else {
  process.stderr.write(`find-dates: ${result.error}\n`);
  process.exitCode = result.code;
}
