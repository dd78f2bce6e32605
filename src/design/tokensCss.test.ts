import { describe, expect, it } from 'vitest';
import { COLOURS, FONT_FAMILY_BY_LANGUAGE, SIZES } from './tokens';
import { tokensCss } from './tokensCss';

describe('the design tokens as CSS', () => {
  it('gives every colour a light-dark() pair and every size its px, once each', () => {
    const css = tokensCss();
    for (const [name, { light, dark }] of Object.entries(COLOURS)) {
      expect(css.match(new RegExp(`--${name}:`, 'g'))).toHaveLength(1);
      expect(css).toContain(`--${name}: light-dark(${light}, ${dark});`);
    }
    for (const [name, px] of Object.entries(SIZES)) expect(css).toContain(`--tl-${name}: ${px}px;`);
  });

  it('gives Korean and Japanese each a stack of their own faces after the Latin ones, and no face of the other', () => {
    const css = tokensCss();
    expect(css).toContain(`--font-family-ko: ${FONT_FAMILY_BY_LANGUAGE.ko};`);
    expect(css).toContain(`--font-family-ja: ${FONT_FAMILY_BY_LANGUAGE.ja};`);
    const faces = (stack: string) => stack.split(',').map((face) => face.trim().replace(/'/g, ''));
    const [ko, ja] = [faces(FONT_FAMILY_BY_LANGUAGE.ko), faces(FONT_FAMILY_BY_LANGUAGE.ja)];
    for (const face of ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR']) expect(ko).toContain(face);
    for (const face of ['Hiragino Sans', 'Yu Gothic', 'Meiryo', 'Noto Sans CJK JP']) expect(ja).toContain(face);
    expect(ko.filter((face) => ja.includes(face))).toEqual(['-apple-system', 'BlinkMacSystemFont', 'Segoe UI', 'Roboto', 'sans-serif']);
    expect(ko.indexOf('Roboto')).toBeLessThan(ko.indexOf('Malgun Gothic'));
    expect([...ko, ...ja]).not.toContain('system-ui');
  });

  it('writes colours as six-digit hex, which both CSS and SVG read', () => {
    for (const { light, dark } of Object.values(COLOURS)) {
      expect(light).toMatch(/^#[0-9a-f]{6}$/);
      expect(dark).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
