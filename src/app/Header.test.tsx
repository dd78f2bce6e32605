// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { localizeDataset } from '../model/localizeDataset';
import { englishI18n, koreanI18n } from '../testing/englishI18n';
import { dataset } from '../testing/realDataset';
import { freshStore, render } from '../testing/realStore';
import ko from '../data/translations/ko.json';
import { Header } from './Header';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe('<Header />', () => {
  it('says what this is in one line, with the counts in a whole sentence', () => {
    freshStore({ dataset });
    render(<Header />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(englishI18n.timeline.title);
    expect(screen.getByText(/^A timeline of/).textContent).toBe(
      `A timeline of ${dataset.events.length} events drawn from 2 news articles. Every event quotes its source.`,
    );
    expect(screen.getByRole('link', { name: 'Skip to the events list' }).getAttribute('href')).toBe('#events-heading');
  });

  it('speaks Korean on a Korean page: the title, the tagline, the skip link and every control', () => {
    freshStore({ dataset: localizeDataset(dataset, ko), language: 'ko' });
    render(
      <I18nProvider i18n={koreanI18n}>
        <Header />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ko.title);
    expect(screen.getByText(/타임라인입니다/).textContent).toBe(
      `뉴스 기사 2건에서 뽑은 사건 ${dataset.events.length}건의 타임라인입니다. 모든 사건에 출처의 인용문이 있습니다.`,
    );
    expect(screen.getByRole('link', { name: '사건 목록으로 건너뛰기' })).toBeTruthy();
    const header = screen.getByRole('banner');
    const buttons = within(header)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual(['링크 복사', '퍼가기', '이미지 저장', '데이터 정보', '색상: 시스템', '한국어']);
    expect(within(header).getByRole('navigation', { name: '언어' })).toBeTruthy();
  });
});
