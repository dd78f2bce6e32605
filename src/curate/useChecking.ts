import { useEffect, useState } from 'react';
import { validateProject } from './check';
import type { Checked } from './context';
import type { WorkbenchStore } from './workbenchStore';

/** How long the validator waits after a change before it runs: typing goes on undisturbed, problems follow. */
const CHECK_AFTER_MS = 200;

/**
 * The validator's findings, run on the project when the page opens and again a moment after each change. It watches
 * the store itself, so that a change re-renders only what shows it; the page re-renders when the findings come.
 */
export function useChecking(store: WorkbenchStore): Checked {
  const [checked, setChecked] = useState<Checked>(() => validateProject(store.getState().history.present));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.subscribe((state, previous) => {
      if (state.history.present === previous.history.present) return;
      clearTimeout(timer);
      timer = setTimeout(() => setChecked(validateProject(store.getState().history.present)), CHECK_AFTER_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [store]);
  return checked;
}
