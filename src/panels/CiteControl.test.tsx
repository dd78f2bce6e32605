// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SourcePanel } from './SourcePanel';
import { eventById } from '../testing/realDataset';
import { eventIn, loadRealDatasetIn, renderIn } from '../testing/inLanguage';
import { loadRealDataset, render, testStore } from '../testing/realStore';

beforeEach(() => {
  loadRealDataset();
  history.replaceState(null, '', '/timeline/?date=2019-11&span=2m#events-heading');
});

/** userEvent installs its own clipboard; these tests replace it with one that works or one that refuses. */
function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

async function openCite(id: string) {
  const user = userEvent.setup();
  render(<SourcePanel />);
  act(() => testStore().getState().select(id));
  const toggle = screen.getByRole('button', { name: 'Cite this event' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await user.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const text = await screen.findByText((_, el) => el?.getAttribute('data-citation-format') === 'text');
  return { user, text };
}

const form = (format: string) => document.querySelector(`[data-citation-format="${format}"]`)?.textContent ?? '';

describe('Cite this event', () => {
  it('shows the citation as plain text, BibTeX and CSL-JSON, with the event’s link', async () => {
    const { text } = await openCite('gsomia-extension');
    const link = `${location.origin}/timeline/?event=gsomia-extension`;
    expect(text.textContent).toContain(`“${eventById('gsomia-extension').title}”`);
    expect(text.textContent).toContain(link);
    expect(form('bibtex')).toMatch(/^@online\{gsomia-extension,/);
    expect(form('bibtex')).toContain(`url = {${link}}`);
    expect(JSON.parse(form('csl-json'))[0]).toMatchObject({ id: 'gsomia-extension', URL: link });
  });

  it('follows the selection to the next event', async () => {
    await openCite('gsomia-extension');
    act(() => testStore().getState().select('pact-1965'));
    expect(form('text')).toContain(eventById('pact-1965').title);
  });

  it('copies a form and says so', async () => {
    const { user } = await openCite('pact-1965');
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    await user.click(screen.getByRole('button', { name: 'Copy the BibTeX citation' }));
    expect(copied).toEqual([form('bibtex')]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('BibTeX citation copied.'));
  });

  it('shows the citation selected in a read-only field when the clipboard refuses', async () => {
    const { user } = await openCite('pact-1965');
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy the Plain text citation' }));
    const field = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Citation to copy' });
    expect(field.value).toBe(form('text'));
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('press Ctrl+C'));
    await user.keyboard('{Escape}');
    expect(within(document.body).queryByRole('textbox')).toBeNull();
  });
});

describe('Cite this event, in Korean', () => {
  it('writes the citation’s prose in Korean round the sources as printed, links to the event in Korean, and says what it copied', async () => {
    const user = userEvent.setup();
    loadRealDatasetIn('ko');
    renderIn('ko', <SourcePanel />);
    act(() => testStore().getState().select('gsomia-extension'));
    await user.click(screen.getByRole('button', { name: '이 사건 인용하기' }));
    const text = await screen.findByText((_, el) => el?.getAttribute('data-citation-format') === 'text');
    const link = `${location.origin}/timeline/?event=gsomia-extension&lang=ko`;
    expect(text.textContent).toContain(`“${eventIn('ko', 'gsomia-extension').title}”, 2019년 11월 22일. 수록: 한일 관계, 1910–2023년,`);
    expect(text.textContent).toContain(`${link} (`);
    expect(text.textContent).toContain('출처: Xinhua, “Japanese, S. Korean senior trade officials');
    expect(screen.getByRole('heading', { name: '일반 텍스트' })).toBeTruthy();
    const copied: string[] = [];
    stubClipboard(async (value) => void copied.push(value));
    const copy = screen.getByRole('button', { name: '복사: BibTeX 인용' });
    expect(copy.textContent).toBe('복사');
    await user.click(copy);
    expect(copied).toEqual([form('bibtex')]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('BibTeX 인용을 복사했습니다.'));
  });
});
