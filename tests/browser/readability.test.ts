import { afterAll, describe, expect, it } from 'vitest';
import {
  OUR_TIMELINE,
  READABILITY_SIZES,
  READABILITY_VIEWS,
  type Readability,
  measureReadability,
} from '../../scripts/browser/readabilityMeasure';
import { disconnectBrowser, openApp, untilStill } from './harness';

afterAll(disconnectBrowser);

const [desktop, phone] = READABILITY_SIZES;

/** Opens a view at a size and measures it once the marks have stopped moving (idle layouts replace stand-ins). */
async function measure(query: string, size: (typeof READABILITY_SIZES)[number], language: string): Promise<Readability> {
  const app = await openApp(query, { viewport: { width: size.width, height: size.height }, isMobile: size.mobile, hasTouch: size.mobile });
  // The labels measured are the language's own.
  expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(language);
  await untilStill(() =>
    app.page.evaluate(
      (s) => Array.from(document.querySelectorAll(s), (el) => JSON.stringify(el.getBoundingClientRect())).join(),
      OUR_TIMELINE.marks,
    ),
  );
  const result = await app.page.evaluate(measureReadability, OUR_TIMELINE);
  expect(app.errors).toEqual([]);
  await app.close();
  return result;
}

/** The query that opens a view in a language: English needs none. */
const inLanguage = (query: string, language: string): string =>
  language === 'en' ? query : `${query}${query === '' ? '?' : '&'}lang=${language}`;

// Korean and Japanese labels are measured as they are drawn, in the language's font stack: they must read whole too.
describe.each(['en', 'ko', 'ja'])('the timeline reads at a glance in %s', (language) => {
  for (const view of READABILITY_VIEWS) {
    it(`at 1280×800, ${view.name}: every drawn mark shows its label whole, and nothing is clustered while the lanes fit`, async () => {
      const result = await measure(inLanguage(view.query, language), desktop, language);
      expect(result.drawn).toBeGreaterThan(0);
      expect(result.cut, 'labels not shown whole').toEqual([]);
      expect(result.whole).toBe(result.drawn);
      // Over the whole range, 19 of the 21 events fall in 2016–2023, 65 px whose labels need a lane each:
      // 19 lanes (456 px) would leave the reading panels nothing on an 800 px screen, so the frame stops at
      // its 9 and the rest of that bin merges into one cluster. Every other view fits its lanes: no cluster.
      expect(result.clusters).toBe(view.query === '' ? 1 : 0);
      // The timeline has the page's width.
      expect(result.plotWidth).toBeGreaterThanOrEqual(1000);
    });
  }

  it('at 375×740, at least 80% of the drawn marks show their label whole over the five views', async () => {
    let [whole, drawn] = [0, 0];
    const cut: string[] = [];
    for (const view of READABILITY_VIEWS) {
      const result = await measure(inLanguage(view.query, language), phone, language);
      expect(result.drawn, view.name).toBeGreaterThan(0);
      whole += result.whole;
      drawn += result.drawn;
      cut.push(...result.cut.map((label) => `${view.name}: ${label}`));
    }
    expect(whole / drawn, `whole ${whole} of ${drawn}; cut: ${cut.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });
});
