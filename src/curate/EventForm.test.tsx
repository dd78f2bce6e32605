// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import { CurateI18nProvider } from './CurateI18nProvider';
import { curateProject } from '../testing/curateProject';
import { englishCurateI18n, japaneseCurateI18n, koreanCurateI18n } from '../testing/curateI18n';
import { jaProblems } from '../i18n/catalogues/workbench/problems/ja';
import { koProblems } from '../i18n/catalogues/workbench/problems/ko';
import type { CurateI18n } from '../i18n/curateWords';
import { validateProject } from './check';
import { CheckedContext, WorkbenchContext } from './context';
import { EventForm } from './EventForm';
import type { CurateProject } from './project';
import { type WorkbenchStore, createWorkbenchStore } from './workbenchStore';

/** The test project's event with two problems to show: a label too long, and a quote its source does not hold. */
const project: CurateProject = {
  ...curateProject,
  events: curateProject.events.map((event) => ({
    ...event,
    label: 'A label far too long to stand beside its mark',
    citations: event.citations.map((c) => ({ ...c, quote: 'The harbour board approved the plan on Monday' })),
  })),
};

/** The form inside the workbench's store, checked by the project's validator after every change, as the page does. */
function Checked({ store, children }: { store: WorkbenchStore; children: ReactNode }) {
  const present = useSyncExternalStore(store.subscribe, () => store.getState().history.present);
  return <CheckedContext.Provider value={validateProject(present)}>{children}</CheckedContext.Provider>;
}

function renderForm(i18n: CurateI18n = englishCurateI18n) {
  const store = createWorkbenchStore(project);
  render(
    <CurateI18nProvider i18n={i18n}>
      <WorkbenchContext.Provider value={store}>
        <Checked store={store}>
          <EventForm eventId="plan-approved" origin={{ origin: 'inside', words: 'last Tuesday' }} onClose={() => {}} onRename={() => {}} />
        </Checked>
      </WorkbenchContext.Provider>
    </CurateI18nProvider>,
  );
  return store;
}

/** The problem elements a field's aria-describedby names, by the field they say they are about. */
function problemsOf(field: HTMLElement): string[] {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.flatMap((id) => {
    const el = document.getElementById(id);
    return el?.hasAttribute('data-problem-field') ? [`${el.getAttribute('data-problem-field')}: ${el.textContent}`] : [];
  });
}

describe('the event form', () => {
  it('shows each problem beside its field, tied to it by aria-describedby', () => {
    renderForm();
    expect(problemsOf(screen.getByLabelText('Label'))).toEqual(
      expect.arrayContaining([
        'label: The label is too long to fit beside its mark on the timeline. Details: must be at most 30 characters',
      ]),
    );
    expect(problemsOf(screen.getByLabelText('Title'))).toEqual([]);
    // Where the date came from is said beside it.
    expect(screen.getByText('Date from the words “last Tuesday” in the selection.')).toBeTruthy();
  });

  it('changes the project as it is typed, one step to undo, and the problem goes when it is fixed', async () => {
    const store = renderForm();
    const user = userEvent.setup();
    const label = screen.getByLabelText('Label');
    await user.clear(label);
    await user.type(label, 'Plan approved');
    expect(store.getState().history.present.events[0]?.label).toBe('Plan approved');
    expect(problemsOf(screen.getByLabelText('Label'))).toEqual([]);
    // With its shape right, the event's quote is checked against its source: not word for word.
    expect(problemsOf(screen.getByLabelText('Quote')).join('\n')).toMatch(
      /^quote-0: The quote is not in the source’s text word for word\. Details: not found verbatim in source "news"/,
    );
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().history.present.events[0]?.label).toBe(project.events[0]?.label);
  });

  it('speaks the page’s language', () => {
    renderForm(koreanCurateI18n);
    expect(screen.getByLabelText('짧은 이름')).toBeTruthy();
    expect(screen.getByText('선택한 대목의 “last Tuesday”에서 가져온 날짜입니다.')).toBeTruthy();
  });

  it('has Title and Label in Korean and Japanese, each problem beside its field, and a Note only where the English has one', async () => {
    const store = renderForm();
    const user = userEvent.setup();
    // Nothing typed yet: the title and label are missing in each language, said beside each field.
    for (const [language, code] of [
      ['한국어', 'ko'],
      ['日本語', 'ja'],
    ] as const) {
      expect(screen.getByLabelText(`Title (${language})`).getAttribute('lang')).toBe(code);
      expect(problemsOf(screen.getByLabelText(`Title (${language})`))).toEqual([
        `title-${code}: The translation is missing: write it. Details: no ${code} title for the event "plan-approved"`,
      ]);
      expect(problemsOf(screen.getByLabelText(`Label (${language})`))).toEqual([
        `label-${code}: The translation is missing: write it. Details: no ${code} label for the event "plan-approved"`,
      ]);
    }
    expect(screen.queryByLabelText('Note (한국어)')).toBeNull();

    await user.type(screen.getByLabelText('Title (한국어)'), '항만위원회, 계획 승인');
    expect(problemsOf(screen.getByLabelText('Title (한국어)'))).toEqual([]);
    // Too wide: 13 Hangul where 12 fit.
    await user.type(screen.getByLabelText('Label (한국어)'), '항만위원회가계획을승인하다');
    expect(problemsOf(screen.getByLabelText('Label (한국어)'))).toEqual([
      'label-ko: The label is too long to fit beside its mark on the timeline. Details: is wider than 12 Hangul or kanji (13 of 12)',
    ]);
    await user.clear(screen.getByLabelText('Label (한국어)'));
    await user.type(screen.getByLabelText('Label (한국어)'), '항만 계획 승인');
    expect(problemsOf(screen.getByLabelText('Label (한국어)'))).toEqual([]);
    expect(store.getState().history.present.translations).toEqual({
      ko: { 'plan-approved': { title: '항만위원회, 계획 승인', label: '항만 계획 승인' } },
    });
    // Typing one field is one step to undo.
    const steps = store.getState().history.past.length;
    store.getState().undo();
    expect(store.getState().history.past).toHaveLength(steps - 1);
    expect(store.getState().history.present.translations?.['ko']?.['plan-approved']?.label).not.toBe('항만 계획 승인');
    store.getState().redo();

    // An English note asks for a note in each language.
    await user.type(screen.getByLabelText('Note'), 'Approved at a public meeting.');
    expect(problemsOf(screen.getByLabelText('Note (日本語)'))).toEqual([
      'note-ja: The translation is missing: write it. Details: no ja note for the event "plan-approved", which has one',
    ]);
    await user.type(screen.getByLabelText('Note (日本語)'), '公開の会議で承認された。');
    expect(problemsOf(screen.getByLabelText('Note (日本語)'))).toEqual([]);
  });

  it.each([
    // The language's sentence, then (after a space in Korean, none in Japanese) the label of the English details.
    ['Korean', koreanCurateI18n, koProblems, ' 검증기의 설명(영어): ', /\p{Script=Hangul}/u],
    ['Japanese', japaneseCurateI18n, jaProblems, '検証ツールの説明（英語）：', /\p{Script=Katakana}|\p{Script=Hiragana}/u],
  ] as const)(
    'says each problem in %s, with the validator’s English details marked and said to be English',
    (_, i18n, sentences, label, script) => {
      renderForm(i18n);
      const problems = [...document.querySelectorAll<HTMLElement>('[data-problem-field]')].filter((p) =>
        p.querySelector('[data-problem-details]'),
      );
      expect(problems.map((p) => p.getAttribute('data-problem-field'))).toEqual(expect.arrayContaining(['label', 'title-ko', 'label-ja']));
      for (const problem of problems) {
        const details = problem.querySelector('[data-problem-details]');
        expect(details?.getAttribute('lang')).toBe('en');
        // Take the English details out: what is left is the page's language, and says what the details are.
        const own = problem.cloneNode(true) as HTMLElement;
        for (const english of own.querySelectorAll('[lang="en"]')) english.remove();
        expect(own.textContent).toMatch(script);
        expect(own.textContent).not.toMatch(/[A-Za-z]{2,}/);
        expect(own.textContent).toContain(label.trim());
      }
      const labelProblem = problems.find((p) => p.getAttribute('data-problem-field') === 'label');
      expect(labelProblem?.textContent).toBe(`${sentences['curate.problem.label-too-long']}${label}must be at most 30 characters`);
    },
  );

  it('names the translation fields in the page’s language', () => {
    renderForm(koreanCurateI18n);
    expect(screen.getByLabelText('짧은 이름 (日本語)').getAttribute('lang')).toBe('ja');
  });
});
