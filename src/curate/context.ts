import { createContext, useContext, useRef } from 'react';
import { useStore } from 'zustand';
import type { DataProblem, Dataset } from '../model/types';
import type { CurateAction } from './history';
import type { CurateProject } from './project';
import type { WorkbenchState, WorkbenchStore } from './workbenchStore';

export const WorkbenchContext = createContext<WorkbenchStore | null>(null);

export function useWorkbenchApi(): WorkbenchStore {
  const store = useContext(WorkbenchContext);
  if (!store) throw new Error('the workbench needs its store above it');
  return store;
}

export const useWorkbench = <T>(selector: (state: WorkbenchState) => T): T => useStore(useWorkbenchApi(), selector);
/**
 * A list the selector makes from the state, kept the same object while its items are the same, in order: a
 * component that shows a list of a thousand ids renders again only when one of them changes. (zustand's
 * `useShallow` compares arrays by first copying each into a Map, which at a thousand items costs more than the
 * render it saves.)
 */
export function useWorkbenchList<T>(selector: (state: WorkbenchState) => readonly T[]): readonly T[] {
  const last = useRef<readonly T[]>([]);
  return useWorkbench((state) => {
    const next = selector(state);
    const previous = last.current;
    if (next.length === previous.length && next.every((item, i) => Object.is(item, previous[i]))) return previous;
    last.current = next;
    return next;
  });
}

export const useProject = (): CurateProject => useWorkbench((s) => s.history.present);
export const useDispatch = (): ((action: CurateAction) => void) => useWorkbench((s) => s.dispatch);

/** What the validator found in the project as it stood when it last ran. */
export interface Checked {
  /** The events and links that pass, as the timeline draws them. */
  readonly dataset: Dataset;
  readonly problems: readonly DataProblem[];
  /** The problems of each event, by its id. */
  readonly byEvent: ReadonlyMap<string, readonly DataProblem[]>;
}

export const NOTHING_CHECKED: Checked = { dataset: { sources: [], events: [], relations: [] }, problems: [], byEvent: new Map() };

export const CheckedContext = createContext<Checked>(NOTHING_CHECKED);
export const useChecked = (): Checked => useContext(CheckedContext);
