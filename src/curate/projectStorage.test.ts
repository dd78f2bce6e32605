import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME, type ProjectStorage, SET_ASIDE_STORE, openProjectStorage } from './projectStorage';

interface Project {
  readonly title: string;
  readonly events: readonly string[];
}
const isProject = (value: unknown): Project | undefined =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Project).title === 'string' &&
  Array.isArray((value as Project).events) &&
  (value as Project).events.every((e) => typeof e === 'string')
    ? (value as Project)
    : undefined;

const opened: ProjectStorage<unknown>[] = [];
async function open<T = Project>(
  name = 'japan-korea',
  check: (value: unknown) => T | undefined = isProject as never,
): Promise<ProjectStorage<T>> {
  const storage = await openProjectStorage(name, check);
  opened.push(storage as ProjectStorage<unknown>);
  return storage;
}

/** Everything set aside, read with the raw API, as a curator's recovery would read it. */
function setAside(): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction(SET_ASIDE_STORE).objectStore(SET_ASIDE_STORE).getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const first: Project = { title: 'Export curbs', events: ['japan-export-curbs'] };
const second: Project = { title: 'Export curbs', events: ['japan-export-curbs', 'wto-complaint'] };

describe('openProjectStorage', () => {
  it('loads nothing from a new project, then what was saved, with its revision and time', async () => {
    const storage = await open();
    expect(await storage.load()).toEqual({});
    expect(await storage.save(first, 0)).toEqual({ revision: 1 });
    expect(await storage.save(second, 1)).toEqual({ revision: 2 });

    const reopened = await open();
    const { project, problem } = await reopened.load();
    expect(problem).toBeUndefined();
    expect(project?.value).toEqual(second);
    expect(project?.revision).toBe(2);
    expect(new Date(project?.savedAt ?? '').toISOString()).toBe(project?.savedAt);
  });

  it('keeps projects apart by name', async () => {
    const one = await open('one');
    const other = await open('other');
    await one.save(first, 0);
    expect(await other.load()).toEqual({});
    expect(await other.save(second, 0)).toEqual({ revision: 1 });
    expect((await one.load()).project?.value).toEqual(first);
  });

  it('refuses a save based on a revision another tab has replaced, and tells the other tab of each save', async () => {
    const tabA = await open();
    const tabB = await open();
    expect((await tabA.load()).project).toBeUndefined();
    expect((await tabB.load()).project).toBeUndefined();
    const heardByB = new Promise<number>((resolve) => tabB.onChangedElsewhere(resolve));
    const heardByA = vi.fn();
    tabA.onChangedElsewhere(heardByA);

    expect(await tabA.save(first, 0)).toEqual({ revision: 1 });
    expect(await heardByB).toBe(1);
    // B's work was based on revision 0: it is refused, not written over A's.
    expect(await tabB.save(second, 0)).toEqual({ problem: 'changed-elsewhere' });
    expect((await tabB.load()).project).toMatchObject({ value: first, revision: 1 });
    // Having read A's save, B can save on top of it.
    expect(await tabB.save(second, 1)).toEqual({ revision: 2 });
    await vi.waitFor(() => expect(heardByA).toHaveBeenCalledWith(2));
    expect(heardByA).toHaveBeenCalledTimes(1);
  });

  it('stops telling a listener once unsubscribed', async () => {
    const tabA = await open();
    const tabB = await open();
    const heard = vi.fn();
    const unsubscribe = tabB.onChangedElsewhere(heard);
    const later = new Promise<number>((resolve) => tabB.onChangedElsewhere(resolve));
    unsubscribe();
    await tabA.save(first, 0);
    expect(await later).toBe(1);
    expect(heard).not.toHaveBeenCalled();
  });

  it('sets a record that fails the check aside, says so, and lets the project start afresh', async () => {
    const loose = await open<unknown>('japan-korea', (value) => value);
    const damaged = { title: 42, events: 'not a list' };
    expect(await loose.save(damaged, 0)).toEqual({ revision: 1 });
    loose.close();

    const storage = await open();
    expect(await storage.load()).toEqual({ problem: 'corrupted' });
    const kept = await setAside();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ projectName: 'japan-korea', record: { value: damaged, revision: 1 } });
    expect(typeof (kept[0] as { setAsideAt: unknown }).setAsideAt).toBe('string');

    expect(await storage.load()).toEqual({});
    expect(await storage.save(first, 0)).toEqual({ revision: 1 });
    expect((await storage.load()).project?.value).toEqual(first);
    expect(await setAside()).toHaveLength(1);
  });

  it('answers "full" when the quota is reached, and keeps what was saved before', async () => {
    const storage = await open();
    await storage.save(first, 0);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await storage.save(second, 1)).toEqual({ problem: 'full' });
    put.mockRestore();
    expect((await storage.load()).project).toMatchObject({ value: first, revision: 1 });
    expect(await storage.save(second, 1)).toEqual({ revision: 2 });
  });

  it('answers "full" when the transaction is aborted for the quota after the write was accepted', async () => {
    const storage = await open();
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      const request = realPut.apply(this, args);
      // As a browser does when the disk fills on commit: the transaction aborts with the quota's error.
      Object.defineProperty(this.transaction, 'error', { value: new DOMException('full', 'QuotaExceededError') });
      this.transaction.abort();
      return request;
    });
    expect(await storage.save(first, 0)).toEqual({ problem: 'full' });
    vi.restoreAllMocks();
    expect(await storage.load()).toEqual({});
  });

  it('answers "unavailable" where there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const storage = await open();
    expect(await storage.load()).toEqual({ problem: 'unavailable' });
    expect(await storage.save(first, 0)).toEqual({ problem: 'unavailable' });
    expect(typeof storage.onChangedElsewhere(() => undefined)).toBe('function');
  });

  it('answers "unavailable" where opening the database throws or fails (a private window)', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    expect(await (await open()).load()).toEqual({ problem: 'unavailable' });

    vi.stubGlobal('indexedDB', {
      open: () => {
        const request = { result: undefined, error: new DOMException('denied', 'UnknownError') } as unknown as IDBOpenDBRequest;
        setTimeout(() => request.onerror?.(new Event('error')), 0);
        return request;
      },
    });
    const storage = await open();
    expect(await storage.save(first, 0)).toEqual({ problem: 'unavailable' });
  });

  it('answers "unavailable" once closed', async () => {
    const storage = await open();
    storage.close();
    expect(await storage.load()).toEqual({ problem: 'unavailable' });
    expect(await storage.save(first, 0)).toEqual({ problem: 'unavailable' });
  });
});
