import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBudget, measureAssets } from './bundleSize';

describe('measureAssets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sums each JS and CSS file by itself, raw and gzip, and ignores other files', () => {
    // Repetitive text compresses well; random-looking text barely does, so the two gzip sizes differ a lot.
    const a = 'const a = 1;\n'.repeat(500);
    const b = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 9973).toString(36)).join('');
    const css = 'body { margin: 0 }\n'.repeat(50);
    writeFileSync(join(dir, 'a.js'), a);
    writeFileSync(join(dir, 'b.js'), b);
    writeFileSync(join(dir, 'c.css'), css);
    writeFileSync(join(dir, 'logo.svg'), '<svg/>');
    const size = measureAssets(dir);
    const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
    expect(size.js.map((f) => f.file)).toEqual(['a.js', 'b.js']);
    expect(size.jsRaw).toBe(Buffer.byteLength(a) + Buffer.byteLength(b));
    expect(size.jsGzip).toBe(gz(a) + gz(b));
    expect(size.jsGzip).toBeLessThan(size.jsRaw);
    expect(size.css).toEqual([{ file: 'c.css', raw: Buffer.byteLength(css), gzip: gz(css) }]);
  });

  it('counts multi-byte characters as the bytes they take', () => {
    writeFileSync(join(dir, 'x.js'), 'const s = "日韓";');
    expect(measureAssets(dir).jsRaw).toBe(Buffer.byteLength('const s = "日韓";'));
  });
});

describe('checkBudget', () => {
  const sized = (jsGzip: number) => ({ js: [], css: [], jsRaw: jsGzip * 3, jsGzip, cssRaw: 0, cssGzip: 0 });

  it('passes at the budget and fails one byte over it, saying by how much', () => {
    expect(checkBudget(sized(1024), 1024).ok).toBe(true);
    expect(checkBudget(sized(1025), 1024).ok).toBe(false);
    const over = checkBudget(sized(1024 + 512), 1024);
    expect(over.ok).toBe(false);
    expect(over.message).toContain('over the 1.0 KiB budget by 0.5 KiB');
  });
});
