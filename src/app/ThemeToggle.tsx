import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/useI18n';
import { type ThemeChoice, applyThemeChoice, readThemeChoice } from './theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL = { system: 'theme.system', light: 'theme.light', dark: 'theme.dark' } as const satisfies Record<ThemeChoice, string>;

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
  const { t } = useI18n();
  const choice = useSyncExternalStore<ThemeChoice>(subscribe, readThemeChoice, () => 'system');
  return (
    <button
      type="button"
      className="header-button"
      title={t('theme.explain')}
      onClick={() => {
        setChoice(NEXT[choice]);
      }}
    >
      {t(LABEL[choice])}
    </button>
  );
}
