import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../scripts/importDataset';
import { readDatasetFile } from '../../src/exports/datasetJson';
import { formatDateSpan } from '../../src/model/partialDate';
import type { RawEvent, RawSource } from '../../src/model/schema';
import { validateDatasetWithRelations } from '../../src/model/validateRelations';
import { auditWcag } from './axe';
import { appUrl, connectBrowser, disconnectBrowser } from './harness';
import { selectInSourceText } from '../../scripts/browser/selectText';

const work = mkdtempSync(join(tmpdir(), 'curate-'));
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await disconnectBrowser();
});

/** A made-up article, none of the project's: dates of many kinds, counted from Friday 15 March 2024. */
const RIVERTON = {
  text: readFileSync('tests/browser/fixtures/riverton-ferry.txt', 'utf8'),
  headline: 'Riverton to open new ferry terminal',
  publisher: 'Example News',
  byline: 'By A. Writer',
  published: '2024-03-15',
};

interface Opened {
  readonly page: Page;
  readonly errors: string[];
  readonly foreignRequests: string[];
  close(): Promise<void>;
}

/** Opens the built workbench in a fresh context, recording errors and any request to another origin. */
async function openWorkbench(options: BrowserContextOptions = {}, query = ''): Promise<Opened> {
  const browser = await connectBrowser();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    timezoneId: 'Asia/Seoul',
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(appUrl()).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(appUrl(query, 'curate.html'));
  await page.getByRole('button', { name: 'Add source' }).waitFor();
  return { page, errors, foreignRequests, close: () => context.close() };
}

async function addSource(page: Page, source: { text: string; headline: string; publisher: string; byline: string; published: string }) {
  await page.getByLabel('Article text').fill(source.text);
  await page.getByLabel('Headline', { exact: true }).fill(source.headline);
  await page.getByLabel('Publisher').fill(source.publisher);
  await page.getByLabel('Byline').fill(source.byline);
  await page.getByLabel('Published', { exact: true }).fill(source.published);
  await page.getByRole('button', { name: 'Add source' }).click();
}

const form = (page: Page) => page.locator('.curate-event-form');

/** An event's title and label in the timeline's other languages, by the name the form gives each language. */
type Words = Readonly<Record<'한국어' | '日本語', { readonly title: string; readonly label: string }>>;

/** Makes an event of the selected words, and gives it a title and a label, and, when given, its Korean and Japanese. */
async function newEvent(page: Page, quote: string, title: string, label: string, words?: Words): Promise<void> {
  await selectInSourceText(page, quote);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await form(page).getByLabel('Title', { exact: true }).fill(title);
  await form(page).getByLabel('Label', { exact: true }).fill(label);
  for (const [language, local] of Object.entries(words ?? {})) {
    await form(page).getByLabel(`Title (${language})`).fill(local.title);
    await form(page).getByLabel(`Label (${language})`).fill(local.label);
  }
}

/** Clicks the button `name` and keeps what it downloads: the file's path. */
async function saveDownload(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = join(work, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

const download = async (page: Page, name: string): Promise<unknown> => JSON.parse(readFileSync(await saveDownload(page, name), 'utf8'));

/** How many links the project saved in the browser's IndexedDB holds: what a reload will find. */
const savedRelations = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const opening = indexedDB.open('curation-workbench');
        opening.onsuccess = () => {
          const read = opening.result.transaction('projects').objectStore('projects').get('curate');
          read.onsuccess = () => {
            opening.result.close();
            const record = read.result as { value?: { relations?: unknown[] } } | undefined;
            resolve(record?.value?.relations?.length ?? -1);
          };
          read.onerror = () => resolve(-1);
        };
        opening.onerror = () => resolve(-1);
      }),
  );
const drafts = (page: Page) => page.locator('.curate-drafts [data-event-id]');

describe('the curation workbench, in the production build', () => {
  it('takes a new article, marks its dates, makes two events and a link by selection, keeps them through a second tab and a reload, and exports what the validator accepts', async () => {
    const app = await openWorkbench();
    const { page } = app;
    await addSource(page, RIVERTON);
    const found = await page
      .locator('.curate-text [data-found-date]')
      .evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-found-date')]));
    expect(found).toEqual([
      ['March 15', '2024-03-15'],
      ['Friday', '2024-03-15'],
      ['next month', '2024-04'],
      ['since 2009', '2009'],
      ['last Tuesday', '2024-03-05'],
      ['1962', '1962'],
      ['the 1990s', '1990/1999'],
      ['by the end of this year', '[..2024]'],
    ]);
    // Each says how it was read, counted from the publication day.
    await expect
      .poll(() => page.locator('[data-found-date="2024-03-05"]').getAttribute('title'))
      .toBe('last Tuesday: that weekday of the week before, counted from Fri, 15 Mar 2024 → 5 March 2024');

    await newEvent(
      page,
      "The authority's board approved the plan last Tuesday",
      'Riverton harbour board approves the ferry terminal plan',
      'Terminal plan approved',
      {
        한국어: { title: '리버턴 항만위원회, 페리 터미널 계획 승인', label: '터미널 계획 승인' },
        日本語: { title: 'リバートン港湾委員会、フェリーターミナル計画を承認', label: 'ターミナル計画承認' },
      },
    );
    await expect(form(page).getByLabel('Date', { exact: true }).inputValue()).resolves.toBe('2024-03-05');
    await expect(form(page).getByLabel('Status').inputValue()).resolves.toBe('happened');
    await form(page).getByRole('checkbox', { name: 'trade' }).check();
    await newEvent(page, 'it will open a new ferry terminal next month', 'Riverton’s new ferry terminal to open', 'Ferry terminal opens', {
      한국어: { title: '리버턴 새 페리 터미널 개장 예정', label: '페리 터미널 개장' },
      日本語: { title: 'リバートンの新フェリーターミナル、開業へ', label: 'フェリーターミナル開業' },
    });
    await expect(form(page).getByLabel('Date', { exact: true }).inputValue()).resolves.toBe('2024-04');
    // "will": a status suggested for the curator to confirm, and said to be a suggestion.
    await expect(form(page).getByLabel('Status').inputValue()).resolves.toBe('announced');
    await expect(form(page).getByText('Status suggested by the words “will”: confirm it.').count()).resolves.toBe(1);
    await expect.poll(() => drafts(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).toHaveLength(2);
    const [approved, opens] = await drafts(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));

    // A link, by its words: the plan approved precedes the opening.
    await selectInSourceText(page, 'approved the plan');
    await page.getByLabel('From event').selectOption(approved ?? '');
    await page.getByLabel('Kind of link').selectOption('precedes');
    await page.getByLabel('To event').selectOption(opens ?? '');
    await page.getByRole('button', { name: 'Add link' }).click();
    await expect.poll(() => page.locator('.curate-relations [data-relation="precedes"]').count()).toBe(1);

    // Checked as it goes: no problem left, and the draft on the reader's own timeline.
    await expect.poll(() => page.getByRole('button', { name: 'No problems' }).count()).toBe(1);
    await expect.poll(() => page.locator('.timeline-marks [data-event-id]').count()).toBe(2);

    const downloaded = await saveDownload(page, 'Download dataset');
    const file = readDatasetFile(JSON.parse(readFileSync(downloaded, 'utf8')));
    const { problems, dataset } = validateDatasetWithRelations(file);
    // `npm run validate-data FILE.json` passes it.
    const validated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', downloaded], { encoding: 'utf8' });
    expect(validated.stderr).toBe('');
    expect(validated.status).toBe(0);
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => [e.id, e.start.iso, e.status, e.citations[0]?.quote])).toEqual([
      [approved, '2024-03-05', 'happened', "The authority's board approved the plan last Tuesday"],
      [opens, '2024-04', 'announced', 'it will open a new ferry terminal next month'],
    ]);
    expect(dataset.events[0]?.citations[0]?.dating).toMatchObject({ words: 'last Tuesday' });
    expect(dataset.relations).toMatchObject([{ kind: 'precedes', from: approved, to: opens, quote: 'approved the plan' }]);
    expect(file.texts[(file.sources as RawSource[])[0]?.file ?? '']).toBe(RIVERTON.text);
    // With the events' Korean and Japanese: the file imports into the project's dataset as it is.
    expect(file.translations).toEqual({
      ko: {
        events: {
          [approved ?? '']: { title: '리버턴 항만위원회, 페리 터미널 계획 승인', label: '터미널 계획 승인' },
          [opens ?? '']: { title: '리버턴 새 페리 터미널 개장 예정', label: '페리 터미널 개장' },
        },
      },
      ja: {
        events: {
          [approved ?? '']: { title: 'リバートン港湾委員会、フェリーターミナル計画を承認', label: 'ターミナル計画承認' },
          [opens ?? '']: { title: 'リバートンの新フェリーターミナル、開業へ', label: 'フェリーターミナル開業' },
        },
      },
    });
    const copy = join(work, 'data');
    cpSync('src/data', copy, { recursive: true });
    const imported = await importDataset(file, copy);
    expect(imported.problems).toEqual([]);
    expect(imported.written).toEqual(expect.arrayContaining(['events.json', 'translations/ko.json', 'translations/ja.json']));
    expect(JSON.parse(readFileSync(join(copy, 'translations/ko.json'), 'utf8'))).toMatchObject({
      events: { [opens ?? '']: { label: '페리 터미널 개장' } },
    });

    // Saved in the browser as it goes. A second tab on the project opens what was saved; a change saved in the
    // first is told to it, whose own changes are then not saved over it silently.
    await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBe(1);
    const second = await page.context().newPage();
    await second.goto(page.url());
    await expect.poll(() => drafts(second).count()).toBe(2);
    await expect.poll(() => second.locator('.curate-relations [data-relation]').count()).toBe(1);
    await page.locator('.curate-text').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.curate-relations [data-relation]').count()).toBe(0);
    await expect.poll(() => second.getByRole('alert').innerText()).toContain('This project was changed in another tab.');
    await second.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => second.locator('.curate-relations [data-relation]').count()).toBe(0);
    await second.close();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.curate-relations [data-relation]').count()).toBe(1);
    // A reload finds the source with its dates marked, both events and the link.
    await expect.poll(() => savedRelations(page)).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'Add source' }).waitFor();
    await expect.poll(() => drafts(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).toEqual([approved, opens]);
    await expect.poll(() => page.locator('.curate-relations [data-relation="precedes"]').count()).toBe(1);
    await expect.poll(() => page.locator('.curate-text [data-found-date]').count()).toBe(found.length);

    // Choosing a mark on the timeline opens its event's form, and the source panel shows how it will read.
    await page.locator(`.timeline-marks [data-event-id="${approved ?? ''}"]`).click();
    await expect.poll(() => form(page).getByRole('heading').textContent()).toBe(`Event “${approved ?? ''}”`);
    await expect
      .poll(() => page.getByRole('complementary', { name: /Source/ }).innerText())
      .toContain("The authority's board approved the plan last Tuesday");

    // The link's note, in the three languages: Korean and Japanese are asked for once the English is written, and
    // the downloaded file carries all three where the importer writes them.
    const link = page.locator('.curate-relations [data-relation="precedes"]');
    await link.locator('summary', { hasText: 'The link’s note' }).click();
    await link.getByLabel('Note', { exact: true }).fill('The approval came first.');
    await expect
      .poll(() => link.locator('[data-problem-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-problem-field'))))
      .toEqual(['note-ko', 'note-ja']);
    await link.getByLabel('Note (한국어)').fill('승인이 먼저였다.');
    await link.getByLabel('Note (日本語)').fill('承認が先だった。');
    await expect.poll(() => page.getByRole('button', { name: 'No problems' }).count()).toBe(1);
    const noted = readDatasetFile(await download(page, 'Download dataset'));
    const key = `${approved ?? ''} precedes ${opens ?? ''} ${(noted.sources as RawSource[])[0]?.id ?? ''}`;
    expect(noted.relations).toMatchObject([{ kind: 'precedes', note: 'The approval came first.' }]);
    expect(noted.translations).toMatchObject({
      ko: { relations: { [key]: { note: '승인이 먼저였다.' } } },
      ja: { relations: { [key]: { note: '承認が先だった。' } } },
    });
    const notedCopy = join(work, 'noted');
    cpSync('src/data', notedCopy, { recursive: true });
    expect((await importDataset(noted, notedCopy)).problems).toEqual([]);
    expect(JSON.parse(readFileSync(join(notedCopy, 'translations/ja.json'), 'utf8'))).toMatchObject({
      relations: { [key]: { note: '承認が先だった。' } },
    });

    const audit = await auditWcag(page);
    expect(audit.violations).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.close();
  });

  it('shows a problem beside its field, tied to it, and asks before exporting a dataset with problems', async () => {
    const app = await openWorkbench();
    const { page } = app;
    await addSource(page, RIVERTON);
    // Nothing to export while no event passes.
    await newEvent(
      page,
      'Construction of the old terminal began in 1962',
      'Construction of the old terminal begins',
      'Old terminal built',
      {
        한국어: { title: '옛 터미널 건설 시작', label: '옛 터미널 건설' },
        日本語: { title: '旧ターミナルの建設始まる', label: '旧ターミナル建設' },
      },
    );
    await form(page).getByLabel('Label', { exact: true }).fill('A label far too long to stand beside its mark');
    const problem = form(page).locator('[data-problem-field="label"]').filter({ hasText: 'at most 30 characters' });
    await problem.waitFor();
    const problemId = await problem.getAttribute('id');
    expect((await form(page).getByLabel('Label', { exact: true }).getAttribute('aria-describedby'))?.split(' ')).toContain(problemId);
    await page.getByRole('button', { name: 'Download dataset' }).click();
    await expect(page.getByText('Nothing to export yet: no event passes the validator.').count()).resolves.toBe(1);
    // The problems list is one click away, and names the event and its field.
    await newEvent(page, 'it was rebuilt in the 1990s', 'The old terminal is rebuilt', 'Old terminal rebuilt', {
      한국어: { title: '옛 터미널 재건', label: '옛 터미널 재건' },
      日本語: { title: '旧ターミナル再建', label: '旧ターミナル再建' },
    });
    await page.getByRole('button', { name: '1 problem' }).click();
    const list = await page.getByRole('region', { name: 'Problems the validator finds' }).innerText();
    expect(list).toContain(
      'Event “Construction of the old terminal begins”, Label: The label is too long to fit beside its mark on the timeline. Details: must be at most 30 characters',
    );
    // Export names the problems and asks first.
    await page.getByRole('button', { name: 'Download dataset' }).click();
    const asking = page.getByRole('alertdialog');
    await expect(asking.innerText()).resolves.toContain('must be at most 30 characters');
    await asking.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('says what is wrong with bad input, and keeps working', async () => {
    const app = await openWorkbench();
    const { page } = app;
    const problemOf = (field: string) => page.locator(`.curate-source-form [data-problem-field="${field}"]`);
    await addSource(page, { ...RIVERTON, text: '   ' });
    await expect(problemOf('text').textContent()).resolves.toBe('The article text is empty: paste the article, or open a .txt file.');
    await addSource(page, { ...RIVERTON, published: '2999-01-01' });
    await expect(problemOf('published').textContent()).resolves.toContain('is after today');
    // A 5 MB paste is refused with the limit stated, at once.
    await page.getByLabel('Article text').evaluate((area: HTMLTextAreaElement) => {
      area.value = 'x'.repeat(5 * 1024 * 1024);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(problemOf('text').textContent()).resolves.toContain('up to 1,000,000 characters');
    // A file that is not plain text is refused; a .txt file fills the text, exactly as it is.
    await page
      .getByLabel('Or open a .txt file')
      .setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    await expect.poll(() => problemOf('text').textContent()).toBe('That file is not plain text: open a .txt file.');
    await page.getByLabel('Or open a .txt file').setInputFiles('tests/browser/fixtures/riverton-ferry.txt');
    await expect.poll(() => page.getByLabel('Article text').inputValue()).toBe(RIVERTON.text);
    // Pasted markup stays text; a text with no dates says so.
    await addSource(page, { ...RIVERTON, text: '<b>Nothing dated</b> here <img src=x onerror=alert(1)>.' });
    await expect(page.locator('.curate-text').textContent()).resolves.toBe('<b>Nothing dated</b> here <img src=x onerror=alert(1)>.');
    await expect(page.locator('.curate-reading').getByText('No date words were found in this text').first().isVisible()).resolves.toBe(
      true,
    );
    // A selection that leaves the source's text is refused with a message.
    await page.evaluate(() => {
      const view = document.querySelector('.curate-text');
      const heading = document.querySelector('h1');
      if (!view?.firstChild || !heading) throw new Error('no text view');
      const range = document.createRange();
      range.setStart(heading, 0);
      range.setEnd(view.firstChild, 3);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'beyond' }).count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('lets the curator correct a reading, and undo it', async () => {
    const app = await openWorkbench();
    const { page } = app;
    await addSource(page, RIVERTON);
    await page.getByText('8 dates found').click();
    await page.getByRole('button', { name: 'Correct the reading of “last Tuesday”' }).click();
    const popover = page.getByRole('form', { name: 'Correct the reading of “last Tuesday”' });
    await popover.getByLabel('Date').fill('2024-03');
    await popover.getByRole('button', { name: 'Use this date' }).click();
    await expect(popover.locator('[data-problem-field="date"]').textContent()).resolves.toBe(
      'Not a date at this precision: write it like 2019-11-22.',
    );
    await popover.getByLabel('Precision').selectOption('month');
    await popover.getByRole('button', { name: 'Use this date' }).click();
    const mark = page.locator('.curate-text mark', { hasText: 'last Tuesday' });
    await expect.poll(() => mark.getAttribute('data-found-date')).toBe('2024-03');
    await expect
      .poll(() => mark.getAttribute('title'))
      .toBe('last Tuesday: read by the curator as March 2024 (the finder read 5 March 2024)');
    // An event made from those words takes the curator's reading.
    await newEvent(page, 'approved the plan last Tuesday', 'Plan approved', 'Plan approved');
    await expect(form(page).getByLabel('Date', { exact: true }).inputValue()).resolves.toBe('2024-03');
    // Undone step by step: the label, the title, the event, the correction.
    for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => drafts(page).count()).toBe(0);
    expect(await mark.getAttribute('data-found-date')).toBe('2024-03');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => mark.getAttribute('data-found-date')).toBe('2024-03-05');
    // and, last, the source itself: nothing more to undo, all of it to redo.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByText('No sources yet: add an article.').count()).toBe(1);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    for (let step = 0; step < 5; step++) await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => drafts(page).count()).toBe(1);
    await expect(form(page).getByLabel('Label', { exact: true }).inputValue()).resolves.toBe('Plan approved');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('imports a TimelineJS CSV as unsourced drafts with a report, and a file that is not one not at all', async () => {
    const app = await openWorkbench();
    const { page } = app;
    const input = page.getByLabel('Import TimelineJS (JSON or CSV)');
    await input.setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('just,some\nwords,here\n') });
    await expect.poll(() => page.locator('.curate-report').innerText()).toContain('Nothing imported from notes.csv');
    expect(await drafts(page).count()).toBe(0);
    await input.setInputFiles('src/testing/timelinejs-apollo.csv');
    await expect
      .poll(() => page.locator('.curate-report').innerText())
      .toMatch(/Read \d+ rows of timelinejs-apollo\.csv \(TimelineJS CSV\)/);
    const count = await drafts(page).count();
    expect(count).toBeGreaterThan(0);
    // Unsourced drafts: each has a problem until a quote is attached.
    await expect.poll(() => page.locator('.curate-drafts .curate-badge').count()).toBe(count);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('removes a source only after naming the events it would orphan, and gives them back on undo', async () => {
    const app = await openWorkbench();
    const { page } = app;
    await addSource(page, RIVERTON);
    await newEvent(page, 'it was rebuilt in the 1990s', 'The old terminal is rebuilt', 'Old terminal rebuilt', {
      한국어: { title: '옛 터미널 재건', label: '옛 터미널 재건' },
      日本語: { title: '旧ターミナル再建', label: '旧ターミナル再建' },
    });
    await page.getByRole('button', { name: `Remove “${RIVERTON.headline}”` }).click();
    const asking = page.getByRole('alertdialog');
    await expect(asking.innerText()).resolves.toContain('One event cites only this source and goes with it: The old terminal is rebuilt.');
    expect(await drafts(page).count()).toBe(1);
    await asking.getByRole('button', { name: 'Remove the source' }).click();
    await expect.poll(() => drafts(page).count()).toBe(0);
    await expect(page.getByText('No sources yet: add an article.').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => drafts(page).count()).toBe(1);
    await expect(page.locator('.curate-text').textContent()).resolves.toBe(RIVERTON.text);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('works on a phone: a source added, its dates marked, an event made, nothing wider than the screen', async () => {
    const app = await openWorkbench({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const { page } = app;
    await addSource(page, RIVERTON);
    await newEvent(
      page,
      "The authority's board approved the plan last Tuesday",
      'Riverton harbour board approves the plan',
      'Terminal plan approved',
    );
    await expect.poll(() => drafts(page).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const audit = await auditWcag(page);
    expect(audit.violations).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('makes five of the dataset’s own events from its two articles, equal in quote, date, precision and date words', async () => {
    const sources = JSON.parse(readFileSync('src/data/sources.json', 'utf8')) as RawSource[];
    const events = JSON.parse(readFileSync('src/data/events.json', 'utf8')) as RawEvent[];
    // The words the project's own translations give each event.
    const translated = (language: string, id: string) => {
      const file = JSON.parse(readFileSync(`src/data/translations/${language}.json`, 'utf8')) as {
        events: Record<string, { title: string; label: string }>;
      };
      const words = file.events[id];
      if (!words) throw new Error(`no ${language} words for ${id}`);
      return { title: words.title, label: words.label };
    };
    const app = await openWorkbench();
    const { page } = app;
    for (const s of sources)
      await addSource(page, {
        text: readFileSync(`src/data/articles/${s.file}`, 'utf8'),
        headline: s.headline,
        publisher: s.publisher,
        byline: s.byline,
        published: s.published,
      });
    const made: RawEvent[] = [];
    // A year, a week, a year after "since", a month without its year ("In June") and a weekday ("on Thursday").
    for (const id of [
      'pact-1965',
      'vienna-preparatory-talks',
      'customs-meeting-2016',
      'currency-swap-pledge',
      'working-level-export-dialogue',
    ]) {
      const expected = events.find((e) => e.id === id);
      const citation = expected?.citations[0];
      const source = sources.find((s) => s.id === citation?.source);
      if (!expected || !citation || !source) throw new Error(`no event ${id}`);
      await page.getByRole('button', { name: `Read “${source.headline}”` }).click();
      await newEvent(page, citation.quote, expected.title, expected.label, {
        한국어: translated('ko', id),
        日本語: translated('ja', id),
      });
      for (const tag of expected.tags) await form(page).getByRole('checkbox', { name: tag }).check();
      made.push(expected);
    }
    await expect.poll(() => page.getByRole('button', { name: 'No problems' }).count()).toBe(1);
    const file = readDatasetFile(await download(page, 'Download dataset'));
    const { dataset, problems } = validateDatasetWithRelations(file);
    expect(problems).toEqual([]);
    for (const expected of made) {
      const event = dataset.events.find((e) => e.title === expected.title);
      const [ours, theirs] = [event?.citations[0], expected.citations[0]];
      expect(ours?.quote, expected.id).toBe(theirs?.quote);
      expect(event && formatDateSpan({ start: event.start, ...(event.end && { end: event.end }) }), expected.id).toBe(
        expected.end ? `${expected.start}/${expected.end}` : expected.start,
      );
      expect(event?.start.precision, expected.id).toBe(
        /^\d{4}-W/.test(expected.start) ? 'week' : ['year', 'month', 'day'][expected.start.split('-').length - 1],
      );
      expect(ours?.dating && { words: ours.dating.words, resolved: formatDateSpan(ours.dating.resolved) }, expected.id).toEqual(
        theirs?.dating && { words: theirs.dating.words, resolved: theirs.dating.resolved },
      );
      expect(event?.status, expected.id).toBe(expected.status);
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
