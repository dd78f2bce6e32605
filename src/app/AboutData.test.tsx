// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { AboutData, SOURCES_LISTED_AHEAD } from './AboutData';
import { freshStore, render, testStore } from '../testing/realStore';
import { I18nProvider } from '../i18n/I18nProvider';
import { koreanI18n } from '../testing/englishI18n';
import ko from '../data/translations/ko.json';

beforeEach(() => freshStore());

// jsdom has no <dialog> behaviour; give it the method the component uses.
const showModal = function (this: HTMLDialogElement) {
  this.open = true;
};

describe('AboutData', () => {
  it('lists the sources of an archive only once the reader opens it', async () => {
    HTMLDialogElement.prototype.showModal ??= showModal;
    const [first] = dataset.sources;
    if (!first) throw new Error('the dataset has no source');
    const sources = Array.from({ length: SOURCES_LISTED_AHEAD + 1 }, (_, i) => ({ ...first, id: `digest-${i}`, headline: `Digest ${i}` }));
    testStore()
      .getState()
      .loadDataset({ ...dataset, sources });
    render(<AboutData />);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.querySelectorAll('cite')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    expect([...dialog.querySelectorAll('cite')].map((c) => c.textContent)).toEqual(sources.map((s) => s.headline));
  });

  it('opens at its heading, names both sources as printed, and closes', async () => {
    HTMLDialogElement.prototype.showModal ??= showModal;
    testStore().getState().loadDataset(dataset);
    render(<AboutData />);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    expect(document.activeElement?.textContent).toBe('About the data');
    expect(document.activeElement?.tagName).toBe('H2');
    const dialog = screen.getByRole('dialog', { name: 'About the data' });
    expect(dialog.textContent).toContain('2019/11/29 21:56:37');
    expect(dialog.textContent).toContain('Sept. 8, 2023 - 09:54');
    expect(dialog.textContent).toContain(`${dataset.events.length} events`);
    // A byline that names its publisher ("Source: Xinhua") is not preceded by the publisher again.
    for (const source of dataset.sources) expect(dialog.textContent?.split(source.publisher).length, source.publisher).toBe(2);
  });

  it('says what precision and each status mean, quoting the articles’ words as printed', async () => {
    HTMLDialogElement.prototype.showModal ??= showModal;
    testStore().getState().loadDataset(dataset);
    render(<AboutData />);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    const dialog = screen.getByRole('dialog', { name: 'About the data' });
    expect(dialog.textContent).toContain(
      'Where the text gives only bounds ("before deciding to extend" the pact signed in November 2016), the event is dated "some time between" them',
    );
    expect(dialog.textContent).toContain('A link claims no more than its words: "after" is not "because of".');
    expect(dialog.textContent).toContain('Happened: it had taken place when the article was published.');
    expect(dialog.textContent).toContain('in every language they are given as printed, in English.');
  });

  it('speaks Korean on a Korean page, and gives the sources’ and the articles’ own words as printed, marked as English', async () => {
    HTMLDialogElement.prototype.showModal ??= showModal;
    testStore().getState().loadDataset(dataset);
    render(
      <I18nProvider i18n={koreanI18n}>
        <AboutData />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: '데이터 정보' }));
    const dialog = screen.getByRole('dialog', { name: '데이터 정보' });
    const text = dialog.textContent ?? '';
    expect(text).toContain(`뉴스 기사 2건에서 직접 골라 정리한 사건 ${dataset.events.length}건과 인용 `);
    expect(text).toContain('인쇄된 그대로 영어로 싣습니다');
    for (const point of ko.about.curation) expect(text).toContain(point);
    expect(text).toContain(ko.about.sourcesNote);
    expect(text).toContain(`${ko.statuses.planned.label}: ${ko.statuses.planned.meaning}`);
    // Headlines, bylines, publishers and dates as printed, and the quoted words, each marked as English.
    const english = [...dialog.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    for (const source of dataset.sources)
      expect(english).toEqual(expect.arrayContaining([source.headline, source.byline, source.publishedAsPrinted]));
    expect(english).toEqual(expect.arrayContaining(['before deciding to extend', 'in retaliation for', 'the first since', 'after']));
    expect(dialog.querySelector('cite')?.getAttribute('lang')).toBe('en');
    // The download and close controls in it speak Korean too.
    expect(screen.getByRole('button', { name: 'JSON 내려받기' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CSV 내려받기' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '데이터 내려받기' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '닫기' })).toBeTruthy();
  });
});
