import { describe, expect, it } from 'vitest';
import { COLOURS, SIZES } from './tokens';
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

  it('writes colours as six-digit hex, which both CSS and SVG read', () => {
    for (const { light, dark } of Object.values(COLOURS)) {
      expect(light).toMatch(/^#[0-9a-f]{6}$/);
      expect(dark).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
