import { StrictMode } from 'react';
import { App } from './App';
import { NoScriptReading } from './NoScriptReading';

/** What the root page and the event pages render, in the build's prerenderer and in the browser alike. */
export function PageRoot() {
  return (
    <StrictMode>
      <App />
      <NoScriptReading />
    </StrictMode>
  );
}
