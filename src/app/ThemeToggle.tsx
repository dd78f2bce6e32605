import { useState } from 'react';
import { type ThemeChoice, applyThemeChoice, readThemeChoice } from './theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'Colours: system', light: 'Colours: light', dark: 'Colours: dark' };

/** One button that cycles system → light → dark; its label says the current choice. */
export function ThemeToggle() {
  const [choice, setChoice] = useState(readThemeChoice);
  return (
    <button
      type="button"
      className="header-button"
      title="Change the colour scheme (system, light, dark)"
      onClick={() => {
        const next = NEXT[choice];
        applyThemeChoice(next);
        setChoice(next);
      }}
    >
      {LABEL[choice]}
    </button>
  );
}
