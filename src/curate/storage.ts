import type { CurateProject } from './project';
import { type ProjectStorage, openProjectStorage } from './projectStorage';

export type { ProjectStorage, StorageProblem, StoredProject } from './projectStorage';

/** The one place the workbench opens its storage: the browser's IndexedDB (src/curate/projectStorage.ts). */
export const openCurateStorage = (
  projectName: string,
  check: (value: unknown) => CurateProject | undefined,
): Promise<ProjectStorage<CurateProject>> => openProjectStorage(projectName, check);
