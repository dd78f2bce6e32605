import { useEffect, useRef, useState } from 'react';
import { useWorkbenchApi } from './context';
import { type CurateProject, checkProject } from './project';
import { type ProjectStorage, type StorageProblem, openCurateStorage } from './storage';

/** How long after a change the project is saved: a burst of typing is one write. */
const SAVE_AFTER_MS = 300;
/** The project every workbench page opens: one per browser profile. */
export const PROJECT_NAME = 'curate';

export interface StorageState {
  readonly status: 'loading' | 'saving' | 'saved' | 'idle';
  readonly problem?: StorageProblem;
  /** Reads the copy another tab saved, in place of this one's. */
  reload(): Promise<void>;
  /** Saves this tab's project over the copy another tab saved. */
  takeOver(): Promise<void>;
}

/**
 * Loads the saved project when the page opens, and saves after every change. When another tab saves the same
 * project, this one is told, and its saves stop until the curator reloads or takes over; when storage cannot
 * be used, the work goes on on screen, and export still works.
 */
export function useProjectStorage(): StorageState {
  const store = useWorkbenchApi();
  const [status, setStatus] = useState<StorageState['status']>('loading');
  const [problem, setProblem] = useState<StorageProblem | undefined>();
  const storage = useRef<ProjectStorage<CurateProject> | null>(null);
  const revision = useRef(0);
  const blocked = useRef(false);
  const saved = useRef<CurateProject | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopListening = () => {};
    let stopWatching = () => {};

    const save = async (project: CurateProject) => {
      const opened = storage.current;
      if (!opened || blocked.current || project === saved.current) return;
      setStatus('saving');
      const result = await opened.save(project, revision.current);
      if (cancelled) return;
      if ('revision' in result) {
        revision.current = result.revision;
        saved.current = project;
        setStatus('saved');
        setProblem(undefined);
      } else {
        if (result.problem === 'changed-elsewhere') blocked.current = true;
        setStatus('idle');
        setProblem(result.problem);
      }
    };

    void openCurateStorage(PROJECT_NAME, checkProject)
      .then(async (opened) => {
        if (cancelled) return opened.close();
        storage.current = opened;
        const loaded = await opened.load();
        if (cancelled) return;
        if (loaded.project) {
          revision.current = loaded.project.revision;
          store.getState().reset(loaded.project.value);
          // What the store now holds is what is saved: opening a project never writes it again.
          saved.current = store.getState().history.present;
        }
        setProblem(loaded.problem);
        setStatus(loaded.project ? 'saved' : 'idle');
        stopListening = opened.onChangedElsewhere(() => {
          blocked.current = true;
          setProblem('changed-elsewhere');
        });
        const unwatch = store.subscribe((state, previous) => {
          if (state.history.present === previous.history.present) return;
          clearTimeout(timer);
          timer = setTimeout(() => void save(state.history.present), SAVE_AFTER_MS);
        });
        // A change still waiting for its save when the page is left (a reload, a closed tab) is saved at once.
        const flush = () => {
          clearTimeout(timer);
          void save(store.getState().history.present);
        };
        const flushWhenHidden = () => {
          if (document.visibilityState === 'hidden') flush();
        };
        addEventListener('pagehide', flush);
        document.addEventListener('visibilitychange', flushWhenHidden);
        stopWatching = () => {
          unwatch();
          removeEventListener('pagehide', flush);
          document.removeEventListener('visibilitychange', flushWhenHidden);
        };
        // A change made while the storage was opening.
        if (loaded.project === undefined && store.getState().history.present.sources.length > 0)
          void save(store.getState().history.present);
      })
      .catch(() => {
        if (!cancelled) setProblem('unavailable');
      });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stopListening();
      stopWatching();
      storage.current?.close();
      storage.current = null;
    };
  }, [store]);

  const reload = async () => {
    const loaded = await storage.current?.load();
    if (!loaded?.project) return;
    revision.current = loaded.project.revision;
    blocked.current = false;
    store.getState().reset(loaded.project.value);
    // Reading another tab's copy is not a change of this one's: it is not written back (which would tell that tab).
    saved.current = store.getState().history.present;
    setProblem(undefined);
    setStatus('saved');
  };
  const takeOver = async () => {
    const opened = storage.current;
    const loaded = await opened?.load();
    if (!opened || !loaded) return;
    revision.current = loaded.project?.revision ?? 0;
    blocked.current = false;
    const result = await opened.save(store.getState().history.present, revision.current);
    if ('revision' in result) {
      revision.current = result.revision;
      saved.current = store.getState().history.present;
      setProblem(undefined);
      setStatus('saved');
    } else setProblem(result.problem);
  };
  return { status, ...(problem && { problem }), reload, takeOver };
}
