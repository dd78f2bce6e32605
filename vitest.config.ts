import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code in node, components in jsdom) and `browser` (the production build in
 * a real Chromium). `npm test` runs the unit project in two time zones; see scripts/test.sh.
 */

/**
 * The time zone each project runs in when TZ is not set, so a plain `npx vitest` runs as `npm test` does:
 * Honolulu (UTC−10) for unit tests, where a date read as local time lands on the wrong day; UTC for the browser.
 */
const timeZone = (fallback: string) => ({ TZ: process.env.TZ ?? fallback });
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['./tests/setup.ts'],
          env: timeZone('Pacific/Honolulu'),
          // Component tests that type and click take well under a second alone, but several seconds on a
          // two-core machine busy with a build; the default 5 s would fail them for the machine's load.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/browser/globalSetup.ts'],
          env: timeZone('UTC'),
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
