import { memo, useMemo } from 'react';
import { describeProblem } from '../model/problemWords';
import type { DataProblem } from '../model/types';
import { useWorkbenchList } from './context';

/** The validator's problems, each naming its event opening its form; rendered only while the list is open. */
export const ProblemList = memo(function ProblemList({ problems, onOpen }: { problems: readonly DataProblem[]; onOpen(id: string): void }) {
  const ids = useWorkbenchList((s) => s.history.present.events.map((e) => e.id));
  const known = useMemo(() => new Set(ids), [ids]);
  return (
    <ul lang="en">
      {problems.map((p, i) => (
        <li key={i}>
          {p.eventId !== undefined && known.has(p.eventId) ? (
            <button type="button" className="curate-link-button" onClick={() => onOpen(p.eventId ?? '')}>
              {describeProblem(p)}
            </button>
          ) : (
            describeProblem(p)
          )}
        </li>
      ))}
    </ul>
  );
});
