// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurateI18n } from '../i18n/curateWords';
import type { DataProblem } from '../model/types';
import { curateProject } from '../testing/curateProject';
import { englishCurateI18n, japaneseCurateI18n, koreanCurateI18n } from '../testing/curateI18n';
import { CurateI18nProvider } from './CurateI18nProvider';
import { WorkbenchContext } from './context';
import { ProblemList } from './ProblemList';
import { createWorkbenchStore } from './workbenchStore';

/** Problems of another language's words, which name no event, source or link of the project by its id. */
const problems: DataProblem[] = [
  { kind: 'unknown-translation', path: ['translations', 'ko', 'events', 'plan-approved'], message: 'translates an event' },
  {
    kind: 'missing-translation',
    path: ['translations', 'ja', 'relations', 'plan-approved follows other-event news'],
    message: 'no ja note for the relation',
  },
  { kind: 'missing-translation', path: ['translations', 'ko'], message: 'no translations/ko.json' },
  { kind: 'missing-translation', path: ['translations', 'ko', 'tags', 'security'], message: 'no name for the tag' },
  { kind: 'shape', path: ['events'], message: 'must be an array' },
];

function placesIn(i18n: CurateI18n): string[] {
  const { container } = render(
    <CurateI18nProvider i18n={i18n}>
      <WorkbenchContext.Provider value={createWorkbenchStore(curateProject)}>
        <ProblemList problems={problems} />
      </WorkbenchContext.Provider>
    </CurateI18nProvider>,
  );
  return [...container.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

describe('the problems list', () => {
  it('says whose words in which language a problem of a translation is in, by the event’s title, and the place in the data for others', () => {
    const [event, relation, file, tag, data] = placesIn(englishCurateI18n);
    expect(event).toMatch(/^The Korean words of the event “Board approves the plan”:/);
    expect(relation).toMatch(/^The Japanese note of the link from “Board approves the plan” to “other-event”:/);
    expect(file).toMatch(/^The Korean translation:/);
    expect(tag).toMatch(/^The Korean translation, at tags\.security:/);
    expect(data).toMatch(/^In the data, at events:/);
  });

  it('names the language in the page’s own language', () => {
    expect(placesIn(koreanCurateI18n)[0]).toMatch(/^사건 “Board approves the plan”의 한국어 번역:/);
    expect(placesIn(japaneseCurateI18n)[1]).toMatch(/^「Board approves the plan」から「other-event」へのつながりの日本語のメモ：/);
  });
});
