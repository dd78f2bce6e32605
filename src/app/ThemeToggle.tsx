import { useSyncExternalStore } from 'react';
import { type ThemeChoice, applyThemeChoice, readThemeChoice } from './theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'Colours: system', light: 'Colours: light', dark: 'Colours: dark' };

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const setChoice = (choice: ThemeChoice) => {
  applyThemeChoice(choice);
  for (const listener of listeners) listener();
};

/**
 * One button that cycles system → light → dark; its label says the current choice. The prerendered page
 * says "system" (the server knows no reader's choice); the stored choice follows right after hydration.
 */
export function ThemeToggle() {
  const choice = useSyncExternalStore<ThemeChoice>(subscribe, readThemeChoice, () => 'system');
  return (
    <button
      type="button"
      className="header-button"
      title="Change the colour scheme (system, light, dark)"
      onClick={() => {
        setChoice(NEXT[choice]);
      }}
    >
      {LABEL[choice]}
    </button>
  );
}
