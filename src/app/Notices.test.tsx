// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from '../model/validateDataset';
import { datasetFiles } from '../testing/realDataset';
import { Notices } from './Notices';
import { freshStore, render, testStore } from '../testing/realStore';
import { I18nProvider } from '../i18n/I18nProvider';
import { japaneseI18n } from '../testing/englishI18n';

beforeEach(() => freshStore());

describe('dismissing a notice', () => {
  it('moves focus to the next notice, or the previous one at the end, so keyboard readers keep their place', async () => {
    const user = userEvent.setup();
    for (const id of ['a', 'b', 'c'])
      testStore()
        .getState()
        .addNotice({ id, text: () => `Notice ${id}.` });
    render(<Notices />);
    const dismiss = (id: string) => screen.getByRole('button', { name: `Dismiss: Notice ${id}.` });

    await user.click(dismiss('b'));
    expect(screen.queryByText('Notice b.')).toBeNull();
    expect(document.activeElement).toBe(dismiss('c'));

    await user.keyboard('{Enter}');
    expect(
      testStore()
        .getState()
        .notices.map((n) => n.id),
    ).toEqual(['a']);
    expect(document.activeElement).toBe(dismiss('a'));
  });
});

describe('Notices', () => {
  /** The real dataset with one event's date made impossible: the validator leaves the event out. */
  const loadBrokenDataset = () => {
    const events = structuredClone(datasetFiles.events) as { id: string; start: string }[];
    const pact = events.find((e) => e.id === 'pact-1965');
    if (pact) pact.start = '1965-02-31';
    const { dataset, problems } = validateDataset({ ...datasetFiles, events });
    testStore().getState().loadDataset(dataset, problems);
    return events.length;
  };

  it('lists what was wrong with a broken dataset, naming the event and the field', () => {
    const count = loadBrokenDataset();
    render(<Notices />);
    expect(screen.getByRole('status').textContent).toContain('1 problem in the dataset; the events affected are left out:');
    expect(screen.getByRole('status').textContent).toContain('event "pact-1965", start: "1965-02-31" is not a real date');
    expect(testStore().getState().dataset.events.length).toBe(count - 1);
  });

  it('says so in the page’s language, and lists the validator’s own lines marked as English', async () => {
    loadBrokenDataset();
    testStore()
      .getState()
      .addNotice({ id: 'date', text: (i18n) => i18n.t('notice.event.unknown', { value: 'nope' }) });
    render(
      <I18nProvider i18n={japaneseI18n}>
        <Notices />
      </I18nProvider>,
    );
    const status = screen.getByRole('status');
    expect(status.querySelector('p')?.textContent).toBe('データセットに問題が1件あり、該当する出来事を除外しました：');
    expect(status.querySelector('ul')?.getAttribute('lang')).toBe('en');
    expect(status.querySelector('ul')?.textContent).toContain('is not a real date');
    await userEvent.click(screen.getByRole('button', { name: /^閉じる：このタイムラインに「nope」という出来事はない/ }));
    expect(testStore().getState().notices).toEqual([]);
  });

  it('shows a notice as text and dismisses it', async () => {
    testStore()
      .getState()
      .addNotice({ id: 'date', text: () => 'Could not read date "<img src=x onerror=alert(1)>"' });
    const { container } = render(<Notices />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Could not read date "<img src=x onerror=alert(1)>"')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(testStore().getState().notices).toEqual([]);
  });
});
