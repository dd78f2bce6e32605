import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeImport, importDatasetText } from './importDataset';

/**
 * `npm run import-data FILE [--data DIR]`: merges a one-file dataset (the workbench's "Download dataset") into the
 * dataset folder (src/data, or DIR) after checking the merged whole; on any problem prints them and writes nothing.
 * Exit codes: 0 imported, 1 refused for the dataset's problems, 2 nothing to import (usage, an unreadable file).
 */
const USAGE = 'Usage: npm run import-data -- FILE.json [--data DIR]';

function parseArguments(args: readonly string[]): { file: string; dataDir: string } | undefined {
  let file: string | undefined;
  let dataDir = 'src/data';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--data') {
      const dir = args[i + 1];
      if (dir === undefined) return undefined;
      dataDir = dir;
      i += 1;
    } else if (arg.startsWith('--data=')) dataDir = arg.slice('--data='.length);
    else if (arg.startsWith('-') || file !== undefined) return undefined;
    else file = arg;
  }
  return file === undefined ? undefined : { file: resolve(file), dataDir: resolve(dataDir) };
}

const parsed = parseArguments(process.argv.slice(2));
if (!parsed) {
  console.error(USAGE);
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(parsed.file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const result = await importDatasetText(text, parsed.dataDir);
if (!result.ok) {
  console.error(`Nothing was imported into ${parsed.dataDir}: ${result.problems.length} problem(s) with ${parsed.file}:`);
  for (const p of result.problems) console.error(`  ${p.text}`);
  process.exit(1);
}
console.log(`Imported ${parsed.file} into ${parsed.dataDir}:`);
for (const line of describeImport(result, parsed.dataDir)) console.log(`  ${line}`);
