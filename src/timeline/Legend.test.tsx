// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { koreanI18n } from '../testing/englishI18n';
import { render } from '../testing/realStore';
import { Legend } from './Legend';

const items = (name: RegExp) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('<Legend />', () => {
  it('names every kind of mark, drawn with the marks’ own classes', () => {
    const { container } = render(<Legend />);
    for (const words of [/Period/, /^Day$/, /month, year/, /Announced or planned/, /Cluster/, /Selected/])
      expect(items(/Legend/)).toContainEqual(expect.stringMatching(words));
    for (const kind of ['mark--period', 'mark--point', 'mark--span', 'mark--tentative', 'cluster'])
      expect(container.querySelector(`.${kind}`)).not.toBeNull();
  });

  it('names them in Korean on a Korean page', () => {
    render(
      <I18nProvider i18n={koreanI18n}>
        <Legend />
      </I18nProvider>,
    );
    expect(items(/범례/)).toEqual([
      '기간',
      '하루',
      '주, 월, 연',
      '발표 또는 계획',
      '범위로만 아는 날짜',
      '보도 당시 진행 중',
      '7묶음',
      '출처가 밝힌 연결',
      '선택됨',
    ]);
  });
});
