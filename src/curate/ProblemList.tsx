import { type ReactElement, type ReactNode, memo, useMemo } from 'react';
import type { CurateI18n } from '../i18n/curateWords';
import type { Language } from '../i18n/languages';
import { describeWhere, formatPath } from '../model/problemWords';
import { relationEnds } from '../model/translations';
import type { DataProblem } from '../model/types';
import { richMessage } from '../panels/richMessage';
import { problemField } from './check';
import { useWorkbench } from './context';
import { fieldLabel } from './fieldLabel';
import { languageName } from './languageName';
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

/**
 * Where a problem in the words of another language is (`translations.ko.…`), none for any other: an event's or a
 * link's words there, named by the event's title or the link's ends, or else the place in that language's file.
 */
function translationPlace(t: CurateI18n['t'], page: Language, problem: DataProblem, { titles }: Names): ReactNode[] | undefined {
  const [root, code, part, key] = problem.path;
  if (root !== 'translations' || typeof code !== 'string') return undefined;
  const language = languageName(page, code);
  if (part === 'events' && typeof key === 'string')
    return richMessage(t, 'curate.problems.translatedEvent', { language, event: named(key, titles) });
  if (part === 'relations' && typeof key === 'string') {
    const { from, to } = relationEnds(key);
    return richMessage(t, 'curate.problems.translatedRelation', { language, from: named(from, titles), to: named(to, titles) });
  }
  if (part === undefined) return richMessage(t, 'curate.problems.translationFile', { language });
  return richMessage(t, 'curate.problems.translation', { language, path: <code>{formatPath(problem.path.slice(2))}</code> });
}

/**
 * Where a problem is, in the page's language: its event and field, its source, its link, the words of another
 * language, or else its place in the data.
 */
function problemPlace(t: CurateI18n['t'], page: Language, problem: DataProblem, names: Names): ReactNode[] {
  const { titles, headlines } = names;
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
  return (
    translationPlace(t, page, problem, names) ?? richMessage(t, 'curate.problems.data', { path: <code>{describeWhere(problem)}</code> })
  );
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
  const { t, language } = useCurateI18n();
  const events = useWorkbench((s) => s.history.present.events);
  const sources = useWorkbench((s) => s.history.present.sources);
  const names = useMemo<Names>(
    () => ({ titles: new Map(events.map((e) => [e.id, e.title])), headlines: new Map(sources.map((s) => [s.id, s.headline])) }),
    [events, sources],
  );
  return (
    <ul className="curate-problem-list">
      {problems.map((p, i) => {
        const line = sentences(t, [problemPlace(t, language, p, names), <ProblemWords problem={p} />]);
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
