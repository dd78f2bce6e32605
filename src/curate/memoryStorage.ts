/**
 * A project's storage held in memory, behind the same interface as the browser's storage
 * (src/curate/projectStorage.ts): what the workbench uses where nothing is kept across reloads, and in tests.
 */
export type StorageProblem = 'unavailable' | 'full' | 'corrupted' | 'changed-elsewhere';
export interface StoredProject<T> {
  readonly value: T;
  readonly revision: number;
  readonly savedAt: string;
}
export interface ProjectStorage<T> {
  load(): Promise<{ readonly project?: StoredProject<T>; readonly problem?: StorageProblem }>;
  /** Writes value if the stored revision is still `basedOn`; else { problem: 'changed-elsewhere' }. */
  save(value: T, basedOn: number): Promise<{ readonly revision: number } | { readonly problem: StorageProblem }>;
  /** Called when another tab saved the same project. Returns an unsubscribe function. */
  onChangedElsewhere(listener: (revision: number) => void): () => void;
  close(): void;
}

const shelves = new Map<string, StoredProject<unknown>>();
const listeners = new Map<string, Set<{ readonly owner: object; readonly listener: (revision: number) => void }>>();

/**
 * Opens a project held in memory for as long as the page lives. Two storages opened on the same name behave as
 * two tabs would: a save based on an old revision is refused, and the other storage is told.
 */
export function openMemoryStorage<T>(projectName: string, check: (value: unknown) => T | undefined): Promise<ProjectStorage<T>> {
  const owner = {};
  let closed = false;
  const mine = listeners.get(projectName) ?? new Set();
  listeners.set(projectName, mine);
  const storage: ProjectStorage<T> = {
    load() {
      const stored = shelves.get(projectName);
      if (!stored) return Promise.resolve({});
      const value = check(stored.value);
      return Promise.resolve(value === undefined ? { problem: 'corrupted' } : { project: { ...stored, value } });
    },
    save(value, basedOn) {
      if (closed) return Promise.resolve({ problem: 'unavailable' });
      const current = shelves.get(projectName)?.revision ?? 0;
      if (current !== basedOn) return Promise.resolve({ problem: 'changed-elsewhere' });
      const revision = current + 1;
      shelves.set(projectName, { value, revision, savedAt: new Date().toISOString() });
      for (const entry of mine) if (entry.owner !== owner) entry.listener(revision);
      return Promise.resolve({ revision });
    },
    onChangedElsewhere(listener) {
      const entry = { owner, listener };
      mine.add(entry);
      return () => void mine.delete(entry);
    },
    close() {
      closed = true;
      for (const entry of [...mine]) if (entry.owner === owner) mine.delete(entry);
    },
  };
  return Promise.resolve(storage);
}
