// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../store/store';
import { Notices } from './Notices';

beforeEach(resetAppStore);

describe('dismissing a notice', () => {
  it('moves focus to the next notice, or the previous one at the end, so keyboard readers keep their place', async () => {
    const user = userEvent.setup();
    for (const id of ['a', 'b', 'c']) useAppStore.getState().addNotice({ id, message: `Notice ${id}.` });
    render(<Notices />);
    const dismiss = (id: string) => screen.getByRole('button', { name: `Dismiss: Notice ${id}.` });

    await user.click(dismiss('b'));
    expect(screen.queryByText('Notice b.')).toBeNull();
    expect(document.activeElement).toBe(dismiss('c'));

    await user.keyboard('{Enter}');
    expect(useAppStore.getState().notices.map((n) => n.id)).toEqual(['a']);
    expect(document.activeElement).toBe(dismiss('a'));
  });
});
