import { type ReactElement, type ReactNode, memo, useMemo } from 'react';
import type { CurateI18n } from '../i18n/curateWords';
import { describeWhere } from '../model/problemWords';
import type { DataProblem } from '../model/types';
import { richMessage } from '../panels/richMessage';
import { problemField } from './check';
import { useWorkbench } from './context';
import { fieldLabel } from './fieldLabel';
import { ProblemWords } from './ProblemWords';
import { sentences } from './sentences';
import { useCurateI18n } from './useCurateI18n';

/** A record by its title or headline, as the data gives it (English), or by its id when it has none yet. */
function named(id: string, words: ReadonlyMap<string, string>): string | ReactElement {
  const name = words.get(id)?.trim();
  return name ? <span lang="en">{name}</span> : id;
}

/** The project's events' titles and sources' headlines, by id: what a problem's place is named by. */
interface Names {
  readonly titles: ReadonlyMap<string, string>;
  readonly headlines: ReadonlyMap<string, string>;
}

/** Where a problem is, in the page's language: its event and field, its source, its link, or else its place in the data. */
function problemPlace(t: CurateI18n['t'], problem: DataProblem, { titles, headlines }: Names): ReactNode[] {
  if (problem.eventId !== undefined) {
    const event = named(problem.eventId, titles);
    const field = fieldLabel(t, problemField(problem));
    return field === undefined
      ? richMessage(t, 'curate.problems.event', { event })
      : richMessage(t, 'curate.problems.eventField', { event, field });
  }
  if (problem.sourceId !== undefined) return richMessage(t, 'curate.problems.source', { source: named(problem.sourceId, headlines) });
  if (problem.relation !== undefined)
    return richMessage(t, 'curate.problems.relation', {
      from: named(problem.relation.from, titles),
      to: named(problem.relation.to, titles),
    });
  return richMessage(t, 'curate.problems.data', { path: <code>{describeWhere(problem)}</code> });
}

/**
 * The validator's problems, each saying where it is and what is wrong in the page's language, with the validator's
 * English details. With `onOpen`, a problem of an event opens that event's form. The list on the page renders only
 * while it is open; the export's confirmation lists the problems it found at that moment.
 */
export const ProblemList = memo(function ProblemList({
  problems,
  onOpen,
}: {
  problems: readonly DataProblem[];
  onOpen?: (id: string) => void;
}) {
  const { t } = useCurateI18n();
  const events = useWorkbench((s) => s.history.present.events);
  const sources = useWorkbench((s) => s.history.present.sources);
  const names = useMemo<Names>(
    () => ({ titles: new Map(events.map((e) => [e.id, e.title])), headlines: new Map(sources.map((s) => [s.id, s.headline])) }),
    [events, sources],
  );
  return (
    <ul className="curate-problem-list">
      {problems.map((p, i) => {
        const line = sentences(t, [problemPlace(t, p, names), <ProblemWords problem={p} />]);
        const { eventId } = p;
        return (
          <li key={i}>
            {onOpen && eventId !== undefined && names.titles.has(eventId) ? (
              <button type="button" className="curate-link-button" onClick={() => onOpen(eventId)}>
                {line}
              </button>
            ) : (
              line
            )}
          </li>
        );
      })}
    </ul>
  );
});
