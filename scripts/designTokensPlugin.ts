import type { Plugin } from 'vite';
import { tokensCss } from '../src/design/tokensCss';

const ID = 'virtual:design-tokens.css';
/** Vite's convention for a virtual module's resolved id; ending in .css makes it a stylesheet. */
const RESOLVED = `\0${ID}`;

/** Serves src/design/tokens.ts as the stylesheet `virtual:design-tokens.css`, so CSS and code read one set of values. */
export function designTokens(): Plugin {
  return {
    name: 'design-tokens',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokensCss() : undefined),
  };
}
