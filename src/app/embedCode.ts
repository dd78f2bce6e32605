import { escapeHtml } from '../exports/escapeHtml';

/** The frame's height before its first message arrives: about the timeline and a short source panel. */
export const FIRST_FRAME_HEIGHT = 560;

/**
 * The code that puts the timeline into another page: an iframe on `src` named `title` (in the embed's language),
 * and a few lines that size the frame by the heights it posts, taking messages only from the timeline's own
 * origin and frame. The script is code, the same in every language.
 */
export function embedSnippet(src: string, title: string): string {
  const origin = JSON.stringify(new URL(src).origin).replace(/</g, '\\u003c');
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy"`,
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
