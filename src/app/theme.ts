/**
 * The colour scheme: the reader's system setting unless they chose one, and their choice is remembered.
 * The page's colours are `light-dark()` pairs, so setting `color-scheme` on the root is all it takes.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'timeline-theme';

export function readThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage can be blocked; the system setting still applies
  }
}

export function applyThemeChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // not remembered, but applied
  }
}
