// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from './Legend';

describe('<Legend />', () => {
  it('names every kind of mark, drawn with the marks’ own classes', () => {
    const { container } = render(<Legend />);
    const items = within(screen.getByRole('list', { name: /Legend/ }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    for (const words of [/Period/, /^Day$/, /month, year/, /Announced or planned/, /Cluster/, /Selected/])
      expect(items).toContainEqual(expect.stringMatching(words));
    for (const kind of ['mark--period', 'mark--point', 'mark--span', 'mark--tentative', 'cluster'])
      expect(container.querySelector(`.${kind}`)).not.toBeNull();
  });
});
