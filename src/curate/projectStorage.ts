/**
 * A curation project kept in the browser (IndexedDB), saved as it changes, so that it survives a reload, a crash
 * and a closed tab. Every save is compare-and-set: it writes only if the stored revision is still the one the page
 * last read or wrote, in one read-write transaction, so that a second tab on the same project cannot overwrite the
 * first's work unseen; the tabs tell each other of each save on a BroadcastChannel. A stored record that does not
 * pass the project's check is set aside in a store of its own, never deleted, and the project starts afresh.
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

/** The database every project of this origin shares: one record per project, by its name. */
export const DATABASE_NAME = 'curation-workbench';
const DATABASE_VERSION = 1;
export const PROJECTS_STORE = 'projects';
/** Records that failed the project's check, kept as they were read: `{ projectName, record, setAsideAt }`. */
export const SET_ASIDE_STORE = 'set-aside';

/** The channel on which tabs announce their saves of a project: `{ revision }`. */
export const channelName = (projectName: string): string => `curation-project:${projectName}`;

interface Saved {
  readonly value: unknown;
  readonly revision: number;
  readonly savedAt: string;
}

const isSaved = (record: unknown): record is Saved =>
  typeof record === 'object' &&
  record !== null &&
  'revision' in record &&
  Number.isSafeInteger(record.revision) &&
  (record.revision as number) > 0 &&
  'savedAt' in record &&
  typeof record.savedAt === 'string' &&
  'value' in record;

/** What a failed request or transaction means to the page: the disk full, or storage not to be had. */
const problemOf = (error: unknown): StorageProblem =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (!factory) {
      reject(new Error('no IndexedDB'));
      return;
    }
    const request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(PROJECTS_STORE)) db.createObjectStore(PROJECTS_STORE);
      if (!db.objectStoreNames.contains(SET_ASIDE_STORE)) db.createObjectStore(SET_ASIDE_STORE, { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
    // Another tab holds an older version open and will not let go: storage is not to be had for now.
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** What went wrong inside a request's handler, for the transaction that it aborted. */
const failures = new WeakMap<IDBTransaction, unknown>();

/**
 * Runs `work` in one transaction and settles when the transaction has committed (or failed): a save is only
 * reported once it is on disk. `work` may abort the transaction and give its own outcome.
 */
function inTransaction<R>(
  db: IDBDatabase,
  stores: readonly string[],
  work: (tx: IDBTransaction, settle: (outcome: R) => void) => void,
): Promise<R | { readonly problem: StorageProblem }> {
  return new Promise((resolve) => {
    let outcome: R | undefined;
    let settled = false;
    const finish = (value: R | { readonly problem: StorageProblem }) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, 'readwrite');
    } catch (error) {
      finish({ problem: problemOf(error) });
      return;
    }
    tx.oncomplete = () => finish(outcome as R);
    tx.onabort = () => {
      const error = tx.error ?? failures.get(tx);
      finish(outcome !== undefined && !error ? outcome : { problem: problemOf(error) });
    };
    try {
      work(tx, (value) => {
        outcome = value;
      });
    } catch (error) {
      // A request refused outright (a value that cannot be stored, a quota reached at once).
      finish({ problem: problemOf(error) });
      try {
        tx.abort();
      } catch {
        // already finished
      }
    }
  });
}

/** Runs a request's success handler, turning a throw inside it into the transaction's failure. */
function onSuccess<V>(request: IDBRequest<V>, tx: IDBTransaction, then: (value: V) => void): void {
  request.onsuccess = () => {
    try {
      then(request.result);
    } catch (error) {
      failures.set(tx, error);
      tx.abort();
    }
  };
}
function unavailableStorage<T>(): ProjectStorage<T> {
  return {
    load: () => Promise.resolve({ problem: 'unavailable' }),
    save: () => Promise.resolve({ problem: 'unavailable' }),
    onChangedElsewhere: () => () => undefined,
    close: () => undefined,
  };
}

/**
 * Opens a project's storage. It never fails: where IndexedDB is missing or refuses to open (a private window),
 * every load and save answers `{ problem: 'unavailable' }`, and the page keeps its work on screen to export.
 * `check` turns a stored value back into a project, or gives undefined for one that is not (a record from an
 * older page, or damaged): that record is set aside and `load` answers `{ problem: 'corrupted' }`.
 */
export async function openProjectStorage<T>(projectName: string, check: (value: unknown) => T | undefined): Promise<ProjectStorage<T>> {
  let db: IDBDatabase;
  try {
    db = await openDatabase();
  } catch {
    return unavailableStorage();
  }
  let closed = false;
  // Another tab wants a newer version of the database: let it have it; this page's storage is then unavailable.
  db.onversionchange = () => {
    closed = true;
    db.close();
  };
  const listeners = new Set<(revision: number) => void>();
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(channelName(projectName));
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { revision?: unknown } | null;
      const revision = data?.revision;
      if (typeof revision === 'number' && Number.isSafeInteger(revision)) for (const listener of [...listeners]) listener(revision);
    };
  } catch {
    // No BroadcastChannel: other tabs are not told, but a stale save is still refused by its revision.
    channel = undefined;
  }

  return {
    async load() {
      if (closed) return { problem: 'unavailable' };
      const result = await inTransaction<{ project?: StoredProject<T>; problem?: StorageProblem }>(
        db,
        [PROJECTS_STORE, SET_ASIDE_STORE],
        (tx, settle) => {
          const projects = tx.objectStore(PROJECTS_STORE);
          onSuccess(projects.get(projectName), tx, (record: unknown) => {
            if (record === undefined) {
              settle({});
              return;
            }
            const value = isSaved(record) ? check(record.value) : undefined;
            if (isSaved(record) && value !== undefined) {
              settle({ project: { value, revision: record.revision, savedAt: record.savedAt } });
              return;
            }
            // Kept as it was, beside the projects, before the project's place is cleared for a fresh start.
            tx.objectStore(SET_ASIDE_STORE).add({ projectName, record, setAsideAt: new Date().toISOString() });
            projects.delete(projectName);
            settle({ problem: 'corrupted' });
          });
        },
      );
      return result;
    },

    async save(value, basedOn) {
      if (closed) return { problem: 'unavailable' };
      const result = await inTransaction<{ revision: number } | { problem: StorageProblem }>(db, [PROJECTS_STORE], (tx, settle) => {
        const projects = tx.objectStore(PROJECTS_STORE);
        onSuccess(projects.get(projectName), tx, (record: unknown) => {
          const current = record === undefined ? 0 : isSaved(record) ? record.revision : Number.NaN;
          if (current !== basedOn) {
            settle({ problem: 'changed-elsewhere' });
            tx.abort();
            return;
          }
          const revision = basedOn + 1;
          const saved: Saved = { value, revision, savedAt: new Date().toISOString() };
          projects.put(saved, projectName);
          settle({ revision });
        });
      });
      if ('revision' in result) channel?.postMessage({ revision: result.revision });
      return result;
    },

    onChangedElsewhere(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      channel?.close();
      db.close();
    },
  };
}
