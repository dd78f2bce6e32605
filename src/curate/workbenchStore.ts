import { createStore } from 'zustand/vanilla';
import { type CurateAction, type History, record, redo, startHistory, undo } from './history';
import { type CurateProject, EMPTY_PROJECT } from './project';

/**
 * The workbench's store: the project with its history, where every change is an action through one reducer
 * (src/curate/history.ts), undone and redone whole.
 */
export interface WorkbenchState {
  readonly history: History;
  /** Makes a change; `at` (ms) lets typing in one field join one step. */
  dispatch(action: CurateAction, at?: number): void;
  undo(): void;
  redo(): void;
  /** Starts again from a project read from storage: nothing to undo. */
  reset(project: CurateProject): void;
}

export function createWorkbenchStore(project: CurateProject = EMPTY_PROJECT) {
  return createStore<WorkbenchState>()((set, get) => ({
    history: startHistory(project),
    dispatch: (action, at = Date.now()) => {
      const history = record(get().history, action, at);
      if (history !== get().history) set({ history });
    },
    undo: () => set({ history: undo(get().history) }),
    redo: () => set({ history: redo(get().history) }),
    reset: (next) => set({ history: startHistory(next) }),
  }));
}

export type WorkbenchStore = ReturnType<typeof createWorkbenchStore>;
