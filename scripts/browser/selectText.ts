import type { Page } from 'playwright-core';

/**
 * Selects the words `quote` in the workbench's open source text view (`.curate-text`) with a DOM Range, as a mouse
 * or Shift and the arrow keys would, and waits until the page has taken the selection (its status says how many
 * characters are selected). The browser tests and the workbench's benchmark select the same way.
 */
export async function selectInSourceText(page: Page, quote: string): Promise<void> {
  await page.evaluate((quote) => {
    const view = document.querySelector<HTMLElement>('.curate-text');
    if (!view) throw new Error('no text view');
    const at = (view.textContent ?? '').indexOf(quote);
    if (at < 0) throw new Error(`not in the text: ${quote}`);
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let pos = 0;
    let started = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (!started && at < pos + length) {
        range.setStart(node, at - pos);
        started = true;
      }
      if (started && at + quote.length <= pos + length) {
        range.setEnd(node, at + quote.length - pos);
        break;
      }
      pos += length;
    }
    view.focus({ preventScroll: true });
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, quote);
  await page
    .getByRole('status')
    .filter({ hasText: `Selected: ${quote.length} characters.` })
    .waitFor({ timeout: 10_000 });
}
