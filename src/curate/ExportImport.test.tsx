// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CurateI18nProvider } from './CurateI18nProvider';
import { readFileSync } from 'node:fs';
import { curateProject } from '../testing/curateProject';
import { englishCurateI18n, japaneseCurateI18n, koreanCurateI18n } from '../testing/curateI18n';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCurateI18n } from '../testing/pseudoI18n';
import { ENGLISH_DETAILS, strayWords } from '../testing/strayWords';
import { readTimelineJs } from '../authoring/readTimelineJs';
import { templateCsv } from '../testing/templateCsv';
import type { CurateI18n } from '../i18n/curateWords';
import { validateProject } from './check';
import { WorkbenchContext } from './context';
import { ExportImport } from './ExportImport';
import type { CurateProject } from './project';
import { SAVE_TO_PROJECT_PATH } from './saveToProject';
import { createWorkbenchStore } from './workbenchStore';

/** The test project, with its event's words in Korean and Japanese, as an export needs them. */
const project: CurateProject = {
  ...curateProject,
  translations: {
    ko: { 'plan-approved': { title: '항만 위원회, 계획 승인', label: '계획 승인' } },
    ja: { 'plan-approved': { title: '港湾委員会が計画を承認', label: '計画承認' } },
  },
};

function renderExports(i18n: CurateI18n = englishCurateI18n, start: CurateProject = project) {
  render(
    <CurateI18nProvider i18n={i18n}>
      <WorkbenchContext.Provider value={createWorkbenchStore(start)}>
        <ExportImport />
      </WorkbenchContext.Provider>
    </CurateI18nProvider>,
  );
}

const answering = (status: number, body: unknown) =>
  vi.fn(async (_url: string, init?: RequestInit) => ({ status, ok: status < 300, init, json: async () => body }) as unknown as Response);

afterEach(() => vi.unstubAllGlobals());

describe('Save to project, in npm run dev', () => {
  it('posts the dataset with its translations to the dev server and lists the files it wrote', async () => {
    const send = answering(200, { ok: true, written: ['events.json', 'articles/news.txt'], problems: [] });
    vi.stubGlobal('fetch', send);
    renderExports();
    await userEvent.click(screen.getByRole('button', { name: 'Save to project' }));
    const status = await screen.findByText(/Saved into src\/data: 2 files written/);
    expect(within(status.closest('[role="status"]') as HTMLElement).getByText('articles/news.txt')).toBeTruthy();
    expect(send).toHaveBeenCalledTimes(1);
    const [url, init] = send.mock.calls[0] ?? [];
    expect(url).toBe(SAVE_TO_PROJECT_PATH);
    const posted = JSON.parse(String(init?.body)) as { events: { id: string }[]; translations?: Record<string, unknown> };
    expect(posted.events.map((e) => e.id)).toEqual(['plan-approved']);
    expect(posted.translations).toMatchObject({ ko: { events: { 'plan-approved': { label: '계획 승인' } } } });
  });

  it('says what the import refused, and that nothing was written', async () => {
    vi.stubGlobal('fetch', answering(422, { ok: false, written: [], problems: [{ text: 'event "plan-approved": the id is in use' }] }));
    renderExports();
    await userEvent.click(screen.getByRole('button', { name: 'Save to project' }));
    expect(await screen.findByText(/Not saved: the project’s data would have these problems/)).toBeTruthy();
    expect(screen.getByText('event "plan-approved": the id is in use')).toBeTruthy();
  });

  it("says the validator's problems and the import's own refusals in the page's language, and anything else in the server's English", async () => {
    const problem = { kind: 'empty-text', path: ['title'], message: 'must not be empty', eventId: 'plan-approved' };
    const refusal = {
      ok: false,
      written: [],
      problems: [
        { text: 'event "plan-approved", title: must not be empty', eventId: 'plan-approved', field: 'title', problem },
        {
          text: 'source "news": already in the dataset, with a different publisher, byline',
          sourceId: 'news',
          refusal: { kind: 'record-differs', record: 'source', name: 'news', fields: ['publisher', 'byline'] },
        },
        {
          text: 'translations.ja.events.plan-approved: already in translations/ja.json with different words',
          refusal: { kind: 'words-differ', language: 'ja', path: 'events.plan-approved' },
        },
        { text: 'Could not write the dataset in src/data: EACCES' },
      ],
    };
    vi.stubGlobal('fetch', answering(422, refusal));
    renderExports(koreanCurateI18n);
    await userEvent.click(screen.getByRole('button', { name: '프로젝트에 저장' }));
    const status = await screen.findByText(/저장하지 않았습니다/);
    const report = status.closest('[role="status"]') as HTMLElement;
    const items = [...report.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/^사건 “Board approves the plan”의 제목: /);
    expect(items[0]).toContain('must not be empty');
    expect(items[1]).toBe(
      '출처 “news”이(가) 이미 프로젝트 데이터에 있고, publisher 및 byline 값이 다릅니다. 이 출처에 다른 id를 주거나 기존 것과 같게 만드십시오.',
    );
    expect(report.querySelectorAll('[data-refusal="record-differs"] code')).toHaveLength(2);
    expect(items[2]).toBe('프로젝트의 일본어 번역에 events.plan-approved이(가) 이미 다른 말로 있습니다.');
    // Only what is neither stays in the server's English, introduced as such.
    expect([...report.querySelectorAll('ul[lang="en"] li')].map((li) => li.textContent)).toEqual([
      'Could not write the dataset in src/data: EACCES',
    ]);
    expect(report.textContent).toContain('가져오기 도구가 찾은 문제(영어 설명):');
  });

  it('asks before saving a project with problems, with a button that says it saves', async () => {
    const send = answering(200, { ok: true, written: ['events.json'], problems: [] });
    vi.stubGlobal('fetch', send);
    renderExports(englishCurateI18n, { ...project, translations: {} });
    await userEvent.click(screen.getByRole('button', { name: 'Save to project' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).queryByRole('button', { name: 'Download anyway' })).toBeNull();
    expect(send).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('says so when no dev server answers, and points to the download', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    renderExports();
    await userEvent.click(screen.getByRole('button', { name: 'Save to project' }));
    expect(await screen.findByText(/no dev server answered/)).toBeTruthy();
  });
});

/** The test project with a quote its source does not hold, and no words in Korean or Japanese yet. */
const withProblems: CurateProject = {
  ...curateProject,
  events: [
    ...curateProject.events,
    ...curateProject.events.map((e) => ({
      ...e,
      id: 'plan-misquoted',
      citations: e.citations.map((c) => ({ ...c, quote: 'The board said no' })),
    })),
  ],
};

/** The text of an element with its English details taken out: what it says in the page's own language. */
function ownWords(element: Element): string {
  const own = element.cloneNode(true) as Element;
  for (const english of own.querySelectorAll('[lang="en"]')) english.remove();
  return own.textContent ?? '';
}

describe('an export with problems', () => {
  it.each([
    ['Korean', koreanCurateI18n, '검증기의 설명(영어): ', '인용문이 출처의 본문에 글자 그대로 있지 않습니다.'],
    ['Japanese', japaneseCurateI18n, '検証ツールの説明（英語）：', '引用が、出典の本文にそのままの形でありません。'],
  ] as const)(
    'names each problem in %s, where it is and what is wrong, before the validator’s English details',
    async (_, i18n, label, sentence) => {
      renderExports(i18n, withProblems);
      await userEvent.click(screen.getAllByRole('button')[0] as HTMLElement);
      const asking = screen.getByRole('alertdialog');
      const problems = validateProject(withProblems).problems;
      const items = within(asking).getAllByRole('listitem');
      expect(items).toHaveLength(problems.length);
      for (const item of items) {
        expect(ownWords(item)).not.toMatch(/[A-Za-z]{2,}/);
        expect(ownWords(item)).toContain(label);
        expect(item.querySelector('[data-problem-details]')?.getAttribute('lang')).toBe('en');
      }
      const misquoted = items.find((item) => item.textContent?.includes(sentence));
      expect(misquoted?.querySelector('[data-problem-details]')?.textContent).toMatch(/^not found verbatim in source "news"/);
    },
  );
});

describe('the import report', () => {
  const apollo = readFileSync('src/testing/timelinejs-apollo.csv', 'utf8');
  const importApollo = () => userEvent.upload(screen.getByLabelText(/TimelineJS/), new File([apollo], 'apollo.csv', { type: 'text/csv' }));

  it('says in English how many rows it read, imported and skipped, and why, as the importer says it', async () => {
    renderExports();
    await importApollo();
    const report = await screen.findByRole('status');
    expect(report.textContent).toContain('Read 7 rows of apollo.csv (TimelineJS CSV). 6 imported as draft events. 1 skipped.');
    expect(report.textContent).toContain('Row 7: skipped. Its date is not a real date. Details: 1970-02-31 is not a real date');
    expect(report.textContent).toContain('Rows 3–6, 9: 5 imported; check them. The file does not say whether it took place');
  });

  it('gives each reason once, with the rows it was given for, and each row’s details only when asked', async () => {
    // Sixteen rows with a display date (lost), every other row also a time of day: eight places, each a run of one.
    const rows = Array.from({ length: 16 }, (_, i) => ({
      Year: '2019',
      Headline: `Row ${i + 2}`,
      'Display Date': `Spring ${i}`,
      ...(i % 2 === 0 && { Time: '10:00' }),
    }));
    renderExports();
    await userEvent.upload(screen.getByLabelText(/TimelineJS/), new File([templateCsv(...rows)], 'many.csv', { type: 'text/csv' }));
    const report = await screen.findByRole('status');
    const reasons = [...report.querySelectorAll('.curate-import-notices > li')].map((li) => li.textContent ?? '');
    expect(reasons).toHaveLength(3);
    expect(reasons).toContainEqual(expect.stringMatching(/^Rows 2–17: 16 imported, but not all of each was kept\. The display date/));
    expect(reasons).toContainEqual(
      expect.stringMatching(/^Rows 2, 4, 6, 8, 10, 12, … \(8 in all\): 8 imported, but not all of each was kept\. A time of day/),
    );
    expect(reasons).toContainEqual(expect.stringMatching(/^Rows 2–17: 16 imported; check them\. The file does not say/));
    const displayDates = within(report).getByText(/Details for each of the 16/);
    const each = displayDates.closest('details');
    expect(each?.querySelectorAll('li')).toHaveLength(0);
    await userEvent.click(displayDates);
    const listed = [...(each?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(listed).toHaveLength(16);
    expect(listed[0]).toBe('Row 2 (draft “row-2”): the display date "Spring 0"');
    expect([...(each?.querySelectorAll('[data-import-details]') ?? [])].every((d) => d.getAttribute('lang') === 'en')).toBe(true);
  });

  it.each([
    [
      'Korean',
      koreanCurateI18n,
      'apollo.csv(TimelineJS CSV)의 행 7개를 읽었습니다.',
      '7행: 건너뛰었습니다. 날짜가 실제로 있는 날짜가 아닙니다. 가져오기 도구의 설명(영어): ',
    ],
    [
      'Japanese',
      japaneseCurateI18n,
      'apollo.csv（TimelineJS CSV）の 7 行を読みました。',
      '7 行目：飛ばしました。日付が実在する日付ではありません。読み込みツールの説明（英語）：',
    ],
  ] as const)('frames the report in %s, the importer’s English reasons marked and said to be so', async (_, i18n, read, skipped) => {
    renderExports(i18n);
    await importApollo();
    const report = await screen.findByRole('status');
    expect(report.textContent).toContain(read);
    expect(report.textContent).toContain(`${skipped}1970-02-31 is not a real date`);
    // Without the importer's marked English, the file's name and the drafts' ids, no English is left.
    const { report: imported } = readTimelineJs(apollo, 'apollo.csv', [], new Set(curateProject.events.map((e) => e.id)));
    const names = ['apollo.csv', 'TimelineJS CSV', ...imported.notices.flatMap((n) => (n.eventId === undefined ? [] : [n.eventId]))];
    expect(names.reduce((text, name) => text.split(name).join(' '), ownWords(report))).not.toMatch(/[A-Za-z]{2,}/);
    expect([...report.querySelectorAll('[data-import-details]')].every((d) => d.getAttribute('lang') === 'en')).toBe(true);
  });

  it('shows no word outside the catalogue but the file’s name and ids and the importer’s marked reasons', async () => {
    renderExports(pseudoCurateI18n);
    await importApollo();
    const report = await screen.findByRole('status');
    expect(report.textContent).toContain(`${PSEUDO_OPEN}Import report${PSEUDO_CLOSE}`);
    const read = readTimelineJs(apollo, 'apollo.csv', [], new Set(curateProject.events.map((e) => e.id)));
    const ids = read.report.notices.flatMap((n) => (n.eventId === undefined ? [] : [n.eventId]));
    const reasons = [...read.report.notices.map((n) => n.message), ...read.report.cannotHold];
    expect(report.querySelectorAll(ENGLISH_DETAILS).length).toBeGreaterThan(0);
    expect(strayWords(report, { words: ['apollo.csv', 'TimelineJS CSV', ...ids], printed: [], details: reasons })).toEqual([]);
  });
});
