// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import { CurateI18nProvider } from './CurateI18nProvider';
import { CURATE_TEXT, curateProject } from '../testing/curateProject';
import { englishCurateI18n } from '../testing/curateI18n';
import { validateProject } from './check';
import { CheckedContext, WorkbenchContext } from './context';
import { DraftList } from './DraftList';
import { type CurateProject, type DraftRelation, fileTranslations } from './project';
import { type WorkbenchStore, createWorkbenchStore } from './workbenchStore';

/** The test project with a second event from its source, and a link between the two drawn by the source's words. */
const project: CurateProject = {
  ...curateProject,
  events: [
    ...curateProject.events,
    {
      id: 'officials-said',
      title: 'Officials speak of the plan',
      label: 'Officials speak',
      start: '2024-03-15',
      status: 'happened',
      tags: [],
      citations: [{ source: 'news', quote: 'officials said' }],
    },
  ],
  relations: [{ kind: 'precedes', from: 'plan-approved', to: 'officials-said', source: 'news', quote: 'approved the plan' }],
};

function Checked({ store, children }: { store: WorkbenchStore; children: ReactNode }) {
  const present = useSyncExternalStore(store.subscribe, () => store.getState().history.present);
  return <CheckedContext.Provider value={validateProject(present)}>{children}</CheckedContext.Provider>;
}

function renderList(start: CurateProject = project): WorkbenchStore {
  const store = createWorkbenchStore(start);
  render(
    <CurateI18nProvider i18n={englishCurateI18n}>
      <WorkbenchContext.Provider value={store}>
        <Checked store={store}>
          <DraftList openId={null} onOpen={() => {}} />
        </Checked>
      </WorkbenchContext.Provider>
    </CurateI18nProvider>,
  );
  return store;
}

/** What the problem lines a field's aria-describedby names say, by the field they are filed under. */
const problemsOf = (field: HTMLElement): string[] =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .flatMap((id) => {
      const line = document.getElementById(id);
      return line?.hasAttribute('data-problem-field') ? [`${line.getAttribute('data-problem-field')}: ${line.textContent}`] : [];
    });

describe('the links between drafts', () => {
  it('take a note, then ask for it in Korean and Japanese beside fields of their own, until it is written in each', async () => {
    expect(CURATE_TEXT).toContain('approved the plan');
    const user = userEvent.setup();
    const store = renderList();
    const link = document.querySelector<HTMLElement>('.curate-relations > li[data-relation="precedes"]');
    if (!link) throw new Error('no link listed');
    const entry = within(link);
    // No note yet: the disclosure is closed, and no other language's field asks for one.
    expect(link.querySelector<HTMLDetailsElement>('details.curate-relation-note')?.open).toBe(false);
    await user.click(entry.getByText('The link’s note', { selector: 'summary' }));
    await user.type(entry.getByLabelText('Note'), 'Said on the day');
    expect(store.getState().history.present.relations[0]?.note).toBe('Said on the day');
    const korean = entry.getByLabelText('Note (한국어)');
    const japanese = entry.getByLabelText('Note (日本語)');
    expect(korean.getAttribute('lang')).toBe('ko');
    expect(problemsOf(korean)).toEqual([expect.stringMatching(/^note-ko: /)]);
    expect(problemsOf(japanese)).toEqual([expect.stringMatching(/^note-ja: /)]);
    expect(entry.getByText('2 problems')).toBeTruthy();
    await user.type(korean, '같은 날 발표');
    await user.type(japanese, '同日に発表');
    expect(problemsOf(korean)).toEqual([]);
    expect(problemsOf(japanese)).toEqual([]);
    expect(entry.queryByText(/problems?$/)).toBeNull();
    const present = store.getState().history.present;
    expect(validateProject(present).problems.filter((p) => p.relationIndex !== undefined || p.path[2] === 'relations')).toEqual([]);
    expect(fileTranslations(present)['ko']?.relations).toEqual({ 'plan-approved precedes officials-said news': { note: '같은 날 발표' } });
  });

  it('change kind and ends in place, keeping their quote and their notes in every language', async () => {
    const user = userEvent.setup();
    // The test project's link, with a note in each language.
    const noted: DraftRelation = {
      kind: 'precedes',
      from: 'plan-approved',
      to: 'officials-said',
      source: 'news',
      quote: 'approved the plan',
      note: 'Said on the day',
      translatedNotes: { ko: '같은 날', ja: '同日' },
    };
    const store = renderList({ ...project, relations: [noted] });
    const link = () => {
      const li = document.querySelector<HTMLElement>('.curate-relations > li');
      if (!li) throw new Error('no link listed');
      return within(li);
    };
    // Closed, the link's fields are not rendered (each would list every event).
    expect(link().queryByLabelText('Kind of link')).toBeNull();
    await user.click(link().getByText('Change the link', { selector: 'summary' }));
    await user.selectOptions(link().getByLabelText('Kind of link'), 'comes-after');
    await user.click(link().getByRole('button', { name: 'Swap its ends' }));
    const present = () => store.getState().history.present;
    expect(present().relations).toEqual([{ ...noted, kind: 'comes-after', from: 'officials-said', to: 'plan-approved' }]);
    // The words say the link as it now is, and its notes are filed under its new key.
    expect(link().getByText(/^Officials speak of the plan: /)).toBeTruthy();
    expect(fileTranslations(present())['ja']?.relations).toEqual({ 'officials-said comes-after plan-approved news': { note: '同日' } });
    // Both ends the same event: the validator says so beside the link, and the curator mends it there.
    await user.selectOptions(link().getByLabelText('From event'), 'plan-approved');
    expect(
      validateProject(present())
        .problems.filter((p) => p.relationIndex === 0)
        .map((p) => p.kind),
    ).toEqual(['self-relation']);
    expect(link().getByText(/relations the event to itself/)).toBeTruthy();
    await user.selectOptions(link().getByLabelText('From event'), 'officials-said');
    expect(validateProject(present()).problems.filter((p) => p.relationIndex === 0)).toEqual([]);
    // Each change is a step to undo.
    for (let i = 0; i < 4; i++) store.getState().undo();
    expect(present().relations).toEqual([noted]);
  });

  it('open with their note shown when they have one', () => {
    renderList({ ...project, relations: project.relations.map((r) => ({ ...r, note: 'Said on the day' })) });
    const details = document.querySelector<HTMLDetailsElement>('.curate-relations details.curate-relation-note');
    expect(details?.open).toBe(true);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Said on the day');
  });
});
