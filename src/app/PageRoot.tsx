import { type ReactNode, StrictMode } from 'react';
import { App } from './App';

/**
 * What the root page and the event pages render, in the build's prerenderer and in the browser alike.
 * `withoutScript` is what a reader without JavaScript reads (NoScriptReading): the server writes it into
 * <noscript>; the browser running the app neither shows nor hydrates a <noscript>'s content, so it is not
 * shipped to the browser at all.
 */
export function PageRoot({ withoutScript }: { withoutScript?: ReactNode }) {
  return (
    <StrictMode>
      <App />
      <noscript>{withoutScript}</noscript>
    </StrictMode>
  );
}
