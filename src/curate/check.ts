import type { DataProblem } from '../model/types';
import { validateDatasetWithRelations } from '../model/validateRelations';
import type { Checked } from './context';
import { type CurateProject, projectInput } from './project';

/** Runs the project's validator on the whole project, and files each problem under its event. */
export function validateProject(project: CurateProject): Checked {
  const { dataset, problems } = validateDatasetWithRelations(projectInput(project));
  const byEvent = new Map<string, DataProblem[]>();
  for (const p of problems) {
    if (p.eventId === undefined) continue;
    const list = byEvent.get(p.eventId) ?? [];
    list.push(p);
    byEvent.set(p.eventId, list);
  }
  return { dataset, problems, byEvent };
}

/** The form field a problem belongs beside: `title`, `label`, `date`, `status`, `tags`, `note`, `id`, `quote-0`… */
export function problemField(problem: DataProblem): string {
  const [first, index] = problem.path;
  switch (first) {
    case 'start':
    case 'end':
    case 'bounds':
    case 'ongoing':
      return 'date';
    case 'citations':
      return typeof index === 'number' ? `quote-${index}` : 'quote-0';
    case 'id':
    case 'title':
    case 'label':
    case 'status':
    case 'tags':
    case 'note':
      return first;
    default:
      return 'event';
  }
}
