import { TIMELINE } from '../model/timeline';
import { escapeHtml } from '../prerender/headTags';
import { useAppStore } from '../store/store';
import { siteRootOf } from '../url/eventPage';
import { serialiseViewParams } from '../url/serialiseViewParams';

/** The frame's height before its first message arrives: about the timeline and a short source panel. */
export const FIRST_FRAME_HEIGHT = 560;

/**
 * The code that puts the timeline into another page: an iframe on `src`, and a few lines that size the
 * frame by the heights it posts, taking messages only from the timeline's own origin and frame.
 */
export function embedSnippet(src: string): string {
  const origin = JSON.stringify(new URL(src).origin).replace(/</g, '\\u003c');
  return [
    `<iframe src="${escapeHtml(src)}" title="Timeline: ${escapeHtml(TIMELINE.title)}" loading="lazy"`,
    `  style="width: 100%; height: ${FIRST_FRAME_HEIGHT}px; border: 0"></iframe>`,
    '<script>',
    "  addEventListener('message', (e) => {",
    `    if (e.origin !== ${origin} || !e.data || e.data.type !== 'timeline:height') return;`,
    "    for (const frame of document.querySelectorAll('iframe'))",
    "      if (frame.contentWindow === e.source) frame.style.height = e.data.height + 'px';",
    '  });',
    '</script>',
  ].join('\n');
}

/** The embed (embed.html) on the view the reader sees. */
export function embedViewLink(): string {
  const { view, selectedId, dataset } = useAppStore.getState();
  const selected = dataset.events.find((e) => e.id === selectedId) ?? null;
  return new URL(`embed.html${serialiseViewParams({ view, selected })}`, siteRootOf(location.href)).href;
}
