// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset as realDataset, datasetFiles } from '../testing/realDataset';
import { validateDataset } from '../model/validateDataset';
import { resetAppStore, useAppStore } from '../store/store';
import { AboutData } from './AboutData';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { ThemeToggle } from './ThemeToggle';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

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

describe('ThemeToggle', () => {
  it('cycles system → light → dark → system, applies the choice and remembers it', async () => {
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Colours: system' });
    await userEvent.click(button);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem('timeline-theme')).toBe('light');
    await userEvent.click(button);
    expect(button.textContent).toBe('Colours: dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.click(button);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('timeline-theme')).toBeNull();
  });

  it('starts from the remembered choice', () => {
    localStorage.setItem('timeline-theme', 'dark');
    render(<ThemeToggle />);
    expect(screen.getByRole('button', { name: 'Colours: dark' })).toBeTruthy();
  });
});

describe('Notices', () => {
  it('lists what was wrong with a broken dataset, naming the event and the field', () => {
    const events = structuredClone(datasetFiles.events) as { id: string; start: string }[];
    const pact = events.find((e) => e.id === 'pact-1965');
    if (pact) pact.start = '1965-02-31';
    const { dataset, problems } = validateDataset({ ...datasetFiles, events });
    useAppStore.getState().loadDataset(dataset, problems);
    render(<Notices />);
    expect(screen.getByRole('status').textContent).toContain('event "pact-1965", start: "1965-02-31" is not a real date');
    expect(useAppStore.getState().dataset.events.length).toBe(events.length - 1);
  });

  it('shows a notice as text and dismisses it', async () => {
    useAppStore.getState().addNotice({ id: 'date', message: 'Could not read date "<img src=x onerror=alert(1)>"' });
    const { container } = render(<Notices />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Could not read date "<img src=x onerror=alert(1)>"')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(useAppStore.getState().notices).toEqual([]);
  });
});

describe('AboutData', () => {
  it('opens at its heading, names both sources as printed, and closes', async () => {
    // jsdom has no <dialog> behaviour; give it the two methods the component uses.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    useAppStore.getState().loadDataset(realDataset);
    render(<AboutData />);
    await userEvent.click(screen.getByRole('button', { name: 'About the data' }));
    expect(document.activeElement?.textContent).toBe('About the data');
    expect(document.activeElement?.tagName).toBe('H2');
    const dialog = screen.getByRole('dialog', { name: 'About the data' });
    expect(dialog.textContent).toContain('2019/11/29 21:56:37');
    expect(dialog.textContent).toContain('Sept. 8, 2023 - 09:54');
    expect(dialog.textContent).toContain(`${realDataset.events.length} events`);
  });
});
