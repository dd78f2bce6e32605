import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { auditWcag } from './axe';
import { disconnectBrowser, openApp } from './harness';
import { dataset, selectFromList, settledUrl, sourcePanel } from './linkHelpers';

const work = mkdtempSync(join(tmpdir(), 'exports-'));
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await disconnectBrowser();
});

const FILE_NAME = /^japan-south-korea-relations-\d{4}-\d{2}-\d{2}\.(json|csv|svg|png)$/;

/** Clicks `button` and keeps the file the page hands to the browser's download, under its suggested name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const name = file.suggestedFilename();
  const path = join(work, `${Date.now()}-${name}`);
  await file.saveAs(path);
  return { name, path };
}

const citationForm = (page: Page, format: string) => sourcePanel(page).locator(`[data-citation-format="${format}"]`);

describe('Cite this event, in the production build', () => {
  it('names the headline, publisher and date of each source and the event’s link, in every form, for every event', async () => {
    const app = await openApp(`?event=${dataset.events[0]?.id ?? ''}`);
    await sourcePanel(app.page).getByRole('button', { name: 'Cite this event' }).click();
    await citationForm(app.page, 'text').waitFor();
    for (const event of dataset.events) {
      await selectFromList(app.page, event.id);
      await expect.poll(() => citationForm(app.page, 'text').innerText()).toContain(event.title);
      const link = await app.page.evaluate((id) => new URL(`?event=${id}`, location.href).href, event.id);
      const text = await citationForm(app.page, 'text').innerText();
      const bibtex = await citationForm(app.page, 'bibtex').innerText();
      const csl = JSON.parse(await citationForm(app.page, 'csl-json').innerText()) as {
        title?: string;
        'container-title'?: string;
        URL?: string;
        note?: string;
      }[];
      for (const form of [text, bibtex]) expect(form).toContain(link);
      expect(csl[0]?.URL).toBe(link);
      for (const source of dataset.sources.filter((s) => event.citations.some((c) => c.sourceId === s.id))) {
        for (const printed of [source.headline, source.publisher, source.publishedAsPrinted])
          expect(text, `${event.id}: plain text`).toContain(printed);
        for (const printed of [source.headline, source.publisher, source.published.iso])
          expect(bibtex, `${event.id}: BibTeX`).toContain(printed);
        const item = csl.find((i) => i.title === source.headline);
        expect(item?.['container-title'], `${event.id}: CSL-JSON`).toBe(source.publisher);
        expect(item?.note).toContain(source.publishedAsPrinted);
      }
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('copies a form to the clipboard and says so', async () => {
    const app = await openApp('?event=pact-1965');
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await sourcePanel(app.page).getByRole('button', { name: 'Cite this event' }).click();
    await sourcePanel(app.page).getByRole('button', { name: 'Copy the BibTeX citation' }).click();
    await expect.poll(() => sourcePanel(app.page).getByRole('status').innerText()).toBe('BibTeX citation copied.');
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await citationForm(app.page, 'bibtex').innerText());
    await app.close();
  });
});

describe('the export controls, opened', () => {
  it.each(['light', 'dark'] as const)('have no WCAG 2.2 AA violations (axe, %s scheme)', async (colorScheme) => {
    const app = await openApp('?event=gsomia-extension', { colorScheme });
    const violations = async () => (await auditWcag(app.page)).violations;
    await sourcePanel(app.page).getByRole('button', { name: 'Cite this event' }).click();
    await citationForm(app.page, 'csl-json').waitFor();
    await app.page.getByRole('button', { name: 'Save image' }).click();
    expect(await violations()).toEqual([]);
    await app.page.getByRole('button', { name: 'About the data' }).click();
    await app.page.getByRole('button', { name: 'Download CSV' }).waitFor();
    expect(await violations()).toEqual([]);
    await app.close();
  });
});

describe('Download the data, in the production build', () => {
  it('gives the dataset as JSON that npm run validate-data accepts', async () => {
    const app = await openApp('');
    await app.page.getByRole('button', { name: 'About the data' }).click();
    const file = await download(app.page, () => app.page.getByRole('button', { name: 'Download JSON' }).click());
    expect(file.name).toMatch(FILE_NAME);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', file.path], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const citations = dataset.events.reduce((n, e) => n + e.citations.length, 0);
    expect(result.stdout).toContain(
      `Dataset OK: ${dataset.events.length} events, ${citations} citations, ${dataset.relations?.length ?? 0} relations, 2 sources.`,
    );
    await app.close();
  });

  it('gives the dataset as CSV with the byte-order mark, one row per citation', async () => {
    const app = await openApp('');
    await app.page.getByRole('button', { name: 'About the data' }).click();
    const file = await download(app.page, () => app.page.getByRole('button', { name: 'Download CSV' }).click());
    expect(file.name).toMatch(FILE_NAME);
    const text = readFileSync(file.path, 'utf8');
    expect(text.startsWith('\uFEFFevent id,label,title,date (EDTF),status,tags,source,quote,date words,reference date\r\n')).toBe(true);
    for (const event of dataset.events) expect(text).toContain(`\r\n${event.id},`);
    await expect.poll(() => app.page.getByRole('dialog').getByRole('status').innerText()).toBe(`Downloading ${file.name}.`);
    await app.close();
  });
});

/** The saved SVG, read by the browser's own XML parser: its mark labels, caption and notes, and its size. */
function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((t) => t.textContent ?? '');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      labels: texts('g[data-event-id] text'),
      ids: [...doc.querySelectorAll('g[data-event-id]')].map((g) => g.getAttribute('data-event-id')).sort(),
      caption: texts('[data-caption="view"]').join(''),
      notes: texts('[data-caption="note"]'),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      paper: doc.querySelector('svg > rect')?.getAttribute('fill'),
    };
  }, text);
}

/** The labels the screen shows whole: labelled marks whose text is not cut short. */
const wholeLabelsOnScreen = (page: Page) =>
  page
    .locator('.timeline-marks .mark:not(.mark--unlabelled) .mark-label')
    .evaluateAll((els) => els.filter((el) => el.scrollWidth <= el.clientWidth).map((el) => el.textContent ?? ''));

async function saveImage(page: Page, format: 'SVG' | 'PNG') {
  await page.getByRole('button', { name: 'Save image' }).click();
  return download(page, () =>
    page
      .getByRole('group', { name: 'Save this view as' })
      .getByRole('button', { name: new RegExp(`^${format}`) })
      .click(),
  );
}

describe('Save image, in the production build', () => {
  it.each(['light', 'dark'] as const)(
    'saves the view as an SVG with the labels on screen, a caption and the view’s link (%s scheme)',
    async (colorScheme) => {
      const app = await openApp('?date=2019-11&span=3m', { colorScheme });
      const link = await settledUrl(app.page);
      const onScreen = await wholeLabelsOnScreen(app.page);
      expect(onScreen.length).toBeGreaterThan(2);
      const frameWidth = await app.page.locator('.timeline-frame').evaluate((el) => el.clientWidth);
      const marksOnScreen = await app.page
        .locator('.timeline-marks .mark')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')).sort());
      const file = await saveImage(app.page, 'SVG');
      expect(file.name).toMatch(FILE_NAME);
      const svg = await readSvg(app.page, readFileSync(file.path, 'utf8'));
      expect(svg.error).toBeNull();
      expect(svg.ids).toEqual(marksOnScreen);
      for (const label of onScreen) expect(svg.labels).toContain(label);
      expect(svg.caption).toMatch(/^(September|October|November) 2019 to (December 2019|January 2020), \d+ events$/);
      expect(svg.notes.join(' ')).toContain('Xinhua, “Japanese, S. Korean senior trade officials');
      expect(svg.notes.join('').replaceAll(' ', '')).toContain(link.replace(/^.*?:\/\//, ''));
      expect(svg.width).toBe(frameWidth + 32);
      expect(svg.paper).toBe('#ffffff');
      expect(app.errors).toEqual([]);
      await app.close();
    },
  );

  it('draws with the screen’s own colours and lane geometry: one token changes both (src/design/tokens.ts)', async () => {
    const app = await openApp('?date=2019-11&span=3m&event=gsomia-extension', { colorScheme: 'light' });
    await settledUrl(app.page);
    /** Each mark on screen: where its lane starts below the frame's top, and its glyph's fill and ring colours (hex). */
    const screen = await app.page.locator('.timeline-marks .mark').evaluateAll((marks) => {
      /** The first colour in a computed value, as hex: rgb(…) or, from color-mix(), color(srgb r g b / a). */
      const hex = (value: string) => {
        const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(value)?.slice(1).map(Number);
        const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/
          .exec(value)
          ?.slice(1)
          .map((n) => Math.round(Number(n) * 255));
        return `#${(rgb ?? srgb ?? []).map((n) => n.toString(16).padStart(2, '0')).join('')}`;
      };
      const frame = document.querySelector('.timeline-frame')?.getBoundingClientRect();
      return marks.map((mark) => {
        const glyph = getComputedStyle(mark.querySelector('.mark-glyph') ?? mark);
        const faded = glyph.backgroundImage !== 'none';
        return {
          id: mark.getAttribute('data-event-id'),
          top: Math.round(mark.getBoundingClientRect().top - (frame?.top ?? 0) - 1),
          // A glyph's colour is its border's, or, for a date known only by bounds, its fade's.
          fill: hex(faded ? glyph.backgroundImage : glyph.borderBottomColor),
          ring: glyph.outlineStyle === 'none' ? null : hex(glyph.outlineColor),
        };
      });
    });
    const file = await saveImage(app.page, 'SVG');
    const image = await app.page.evaluate(
      (source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return [...doc.querySelectorAll('g[data-event-id]')].map((g) => {
          const shapes = [...g.querySelectorAll('circle, rect')];
          const fade = g.querySelector('stop');
          return {
            id: g.getAttribute('data-event-id'),
            top: Number(/translate\(0 ([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]),
            fill: fade ? fade.getAttribute('stop-color') : shapes[0]?.getAttribute('stroke'),
            ring: shapes[1]?.getAttribute('stroke') ?? null,
          };
        });
      },
      readFileSync(file.path, 'utf8'),
    );
    expect(screen.length).toBeGreaterThan(2);
    expect(new Set(screen.map((m) => m.top)).size, 'marks in more than one lane').toBeGreaterThan(1);
    expect(
      screen.some((m) => m.ring !== null),
      'the selected mark has its ring',
    ).toBe(true);
    const byId = <T extends { id: string | null }>(list: T[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(image)).toEqual(byId(screen.map(({ id, top, fill, ring }) => ({ id, top, fill, ring }))));
    await app.close();
  });

  it('saves the view as a PNG with the image’s aspect that is not blank', async () => {
    const app = await openApp('?date=2019-11&span=3m', { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const svgFile = await saveImage(app.page, 'SVG');
    const svg = await readSvg(app.page, readFileSync(svgFile.path, 'utf8'));
    const file = await saveImage(app.page, 'PNG');
    expect(file.name).toMatch(FILE_NAME);
    const png = readFileSync(file.path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(svg.width * 2);
    expect(Math.abs(width / height - svg.width / svg.height)).toBeLessThan(0.01);
    // Decoded by the browser: a picture with ink on paper, not one flat colour.
    const colours = await app.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
      const context = canvas.getContext('2d');
      context?.drawImage(image, 0, 0);
      const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return { distinct: seen.size, width: canvas.width };
    }, png.toString('base64'));
    expect(colours.width).toBe(width);
    expect(colours.distinct).toBeGreaterThan(20);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
