// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { koreanI18n } from '../testing/englishI18n';
import { render } from '../testing/realStore';
import { ErrorBoundary } from './ErrorBoundary';

function Exploding({ when }: { when: boolean }) {
  if (when) throw new Error('layout failed');
  return <p>all well</p>;
}

describe('ErrorBoundary', () => {
  it('says which part failed and why, keeps its siblings, and can reset the part', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // React reports a caught render error to the window as well; keep jsdom from printing it.
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', quiet);
    let explode = true;
    const Part = () => <Exploding when={explode} />;
    render(
      <>
        <ErrorBoundary part="timeline">
          <Part />
        </ErrorBoundary>
        <p>the events list</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('the timeline stopped working (layout failed)');
    expect(screen.getByText('the events list')).toBeTruthy();
    explode = false;
    await userEvent.click(screen.getByRole('button', { name: 'Reset the timeline' }));
    expect(screen.getByText('all well')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    window.removeEventListener('error', quiet);
  });

  it('says so in the page’s language, the error’s own words kept', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', quiet);
    render(
      <I18nProvider i18n={koreanI18n}>
        <ErrorBoundary part="sourcePanel">
          <Exploding when />
        </ErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('출처 패널이 작동을 멈췄습니다(layout failed)');
    expect(screen.getByRole('button', { name: '출처 패널 다시 시작' })).toBeTruthy();
    window.removeEventListener('error', quiet);
  });
});
