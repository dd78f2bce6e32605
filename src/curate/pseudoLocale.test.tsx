// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubPageGlobals } from '../testing/pageGlobals';
import { curateProject } from '../testing/curateProject';
import { PSEUDO_OPEN, pseudoCurateI18n } from '../testing/pseudoI18n';
import { printedBy, strayWords } from '../testing/strayWords';
import { describeProblem } from '../model/problemWords';
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

/**
 * What the project prints: its titles, labels, quotes, date words, ids and its sources' texts; and the validator's
 * problems, which the workbench shows in the validator's own English words, marked as English (it says so).
 */
const PRINTED = (() => {
  const { dataset, problems } = validateProject(project);
  const { words, printed } = printedBy(
    dataset,
    project.sources.map((s) => s.text),
  );
  const own = [...project.events.map((e) => e.id), ...problems.flatMap((p) => [p.message, describeProblem(p)])];
  return { words: [...words, ...own].sort((a, b) => b.length - a.length), printed: [...printed, ...own] };
})();

beforeEach(() => stubPageGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('the workbench in a pseudo-language that wraps every message', () => {
  it('shows no word from outside the catalogue, its own words included, with an event’s form open', async () => {
    const view = render(
      <CurateI18nProvider i18n={pseudoCurateI18n}>
        <WorkbenchContext.Provider value={createWorkbenchStore(project)}>
          <Workbench />
        </WorkbenchContext.Provider>
      </CurateI18nProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const draft = view.container.querySelector<HTMLElement>('li[data-event-id="plan-again"] button');
    if (!draft) throw new Error('the draft is not listed');
    await userEvent.click(draft);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(view.container.textContent).toContain(`${PSEUDO_OPEN}${'Curation workbench'}`);
    expect(screen.getByRole('textbox', { name: '⟦Title⟧' })).toHaveProperty('value', 'The plan approved again');
    expect(strayWords(view.container, PRINTED)).toEqual([]);
  });
});
