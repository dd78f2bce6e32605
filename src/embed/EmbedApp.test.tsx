// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { localizeDataset } from '../model/localizeDataset';
import { englishI18n, koreanI18n } from '../testing/englishI18n';
import { dataset } from '../testing/realDataset';
import { freshStore, render } from '../testing/realStore';
import { pageStateFor } from '../url/permalink';
import ko from '../data/translations/ko.json';
import { EmbedApp } from './EmbedApp';
import { stubPageGlobals } from '../testing/pageGlobals';

beforeEach(() => {
  stubPageGlobals((query) => query.includes('reduce'));
});
afterEach(() => vi.unstubAllGlobals());

describe('<EmbedApp />', () => {
  it('names the timeline and links to the full timeline, saying the link opens a new tab', () => {
    history.replaceState(null, '', '/embed.html?event=gsomia-extension');
    freshStore(pageStateFor('?event=gsomia-extension', dataset, []));
    render(<EmbedApp />);
    expect(screen.getByText(englishI18n.timeline.title)).toBeTruthy();
    const link = screen.getByRole('link', { name: /^Open the full timeline/ });
    expect(link.textContent).toBe('Open the full timeline (opens in a new tab)');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('speaks Korean when its code asks for it: the title, the link and the timeline', () => {
    history.replaceState(null, '', '/embed.html?event=gsomia-extension&lang=ko');
    freshStore(pageStateFor('?event=gsomia-extension&lang=ko', localizeDataset(dataset, ko), [], 'ko'));
    render(
      <I18nProvider i18n={koreanI18n}>
        <EmbedApp />
      </I18nProvider>,
    );
    expect(screen.getByText(ko.title).className).toBe('embed-title');
    expect(screen.getByRole('link', { name: /^전체 타임라인 열기/ }).textContent).toBe('전체 타임라인 열기 (새 탭에서 열림)');
    expect(screen.getByRole('region', { name: '사건 타임라인' })).toBeTruthy();
  });
});
