import type { CurateProject } from './project';
import { type ProjectStorage, openMemoryStorage } from './memoryStorage';

export type { ProjectStorage, StorageProblem, StoredProject } from './memoryStorage';

/** The one place the workbench opens its storage: swap the implementation here. */
export const openCurateStorage = (
  projectName: string,
  check: (value: unknown) => CurateProject | undefined,
): Promise<ProjectStorage<CurateProject>> => openMemoryStorage(projectName, check);
