// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CurateI18nProvider } from './CurateI18nProvider';
import { curateProject } from '../testing/curateProject';
import { englishCurateI18n } from '../testing/curateI18n';
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

function renderExports() {
  render(
    <CurateI18nProvider i18n={englishCurateI18n}>
      <WorkbenchContext.Provider value={createWorkbenchStore(project)}>
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
