// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
        <ErrorBoundary name="the timeline">
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
});
