import { COLOURS, FONT_FAMILY, FONT_FAMILY_BY_LANGUAGE, SIZES } from './tokens';

/**
 * The tokens as custom properties on :root, the stylesheet every page loads first: each colour a
 * light-dark() pair (the root's color-scheme picks one), each size in px, the font family, and the Korean
 * and Japanese ones (`--font-family-ko`, `--font-family-ja`).
 */
export function tokensCss(): string {
  const colours = Object.entries(COLOURS).map(([name, { light, dark }]) => `  --${name}: light-dark(${light}, ${dark});`);
  const sizes = Object.entries(SIZES).map(([name, px]) => `  --tl-${name}: ${px}px;`);
  const fonts = Object.entries(FONT_FAMILY_BY_LANGUAGE).map(([language, family]) => `  --font-family-${language}: ${family};`);
  return [':root {', ...colours, ...sizes, `  --font-family: ${FONT_FAMILY};`, ...fonts, '}', ''].join('\n');
}
