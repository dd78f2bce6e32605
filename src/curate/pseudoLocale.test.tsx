// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubPageGlobals } from '../testing/pageGlobals';
import { curateProject } from '../testing/curateProject';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCurateI18n } from '../testing/pseudoI18n';
import { ENGLISH_DETAILS, type Printed, printedBy, strayWords } from '../testing/strayWords';
import { validateProject } from './check';
import { WorkbenchContext } from './context';
import { CurateI18nProvider } from './CurateI18nProvider';
import type { CurateProject } from './project';
import { Workbench } from './Workbench';
import { createWorkbenchStore } from './workbenchStore';

/** The test project with a second event, so that the form to link two events shows too. */
const project: CurateProject = {
  ...curateProject,
  events: curateProject.events.flatMap((e) => [e, { ...e, id: 'plan-again', title: 'The plan approved again' }]),
};

/** What the project's problems are, as the validator finds them: each shown in the catalogue's words, with its English details. */
const PROBLEMS = validateProject(project).problems;

/**
 * What the project prints: its titles, labels, quotes, date words, ids and its sources' texts; and the validator's
 * details of its problems, which stand only as the details of a problem, marked as English in a sentence that says so.
 */
const PRINTED: Printed = (() => {
  const { words, printed } = printedBy(
    validateProject(project).dataset,
    project.sources.map((s) => s.text),
  );
  const ids = project.events.map((e) => e.id);
  return {
    words: [...words, ...ids].sort((a, b) => b.length - a.length),
    printed: [...printed, ...ids],
    details: PROBLEMS.map((p) => p.message),
  };
})();

/** The workbench on the project, in the pseudo-language, once its first checks have run. */
async function renderWorkbench() {
  const view = render(
    <CurateI18nProvider i18n={pseudoCurateI18n}>
      <WorkbenchContext.Provider value={createWorkbenchStore(project)}>
        <Workbench />
      </WorkbenchContext.Provider>
    </CurateI18nProvider>,
  );
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return view;
}

beforeEach(() => stubPageGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('the workbench in a pseudo-language that wraps every message', () => {
  it('shows no word from outside the catalogue, its own words included, with an event’s form open', async () => {
    const view = await renderWorkbench();
    const draft = view.container.querySelector<HTMLElement>('li[data-event-id="plan-again"] button');
    if (!draft) throw new Error('the draft is not listed');
    await userEvent.click(draft);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(view.container.textContent).toContain(`${PSEUDO_OPEN}${'Curation workbench'}`);
    expect(screen.getByRole('textbox', { name: '⟦Title⟧' })).toHaveProperty('value', 'The plan approved again');
    expect(strayWords(view.container, PRINTED)).toEqual([]);
  });

  it('says every problem in the catalogue’s words, in its list and before an export, the validator’s details marked', async () => {
    const view = await renderWorkbench();
    await userEvent.click(screen.getByRole('button', { name: `${PSEUDO_OPEN}${PROBLEMS.length} problems${PSEUDO_CLOSE}` }));
    await userEvent.click(screen.getByRole('button', { name: `${PSEUDO_OPEN}Download dataset${PSEUDO_CLOSE}` }));
    const asking = screen.getByRole('alertdialog');
    const list = view.container.querySelector('.curate-problems ul');
    for (const where of [list, asking]) {
      if (!where) throw new Error('the problems are not listed');
      // Each problem of the project is listed with its details, and the details are what the validator said.
      expect([...where.querySelectorAll(ENGLISH_DETAILS)].map((d) => d.textContent).sort()).toEqual(PROBLEMS.map((p) => p.message).sort());
    }
    expect(strayWords(view.container, PRINTED)).toEqual([]);
  });
});
