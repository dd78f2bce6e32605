import { useEffect, useRef, useState } from 'react';
import './copyWithStatus.css';

/** How long a status message stays before it clears, so that the next one is announced afresh. */
const STATUS_MS = 6000;
/** The pause between clearing the status and writing it, so that the same message twice is announced twice. */
const ANNOUNCE_GAP_MS = 50;

export interface CopyMessages {
  /** Said when the text is on the clipboard. */
  readonly copied: string;
  /** Said when the clipboard refused and the text is shown selected instead. */
  readonly fallback: string;
}

export interface CopyWithStatus {
  readonly status: string;
  /** The text shown selected for copying by hand, while the clipboard refuses. */
  readonly manualText: string | null;
  copy(text: string, messages: CopyMessages): Promise<void>;
  say(message: string): void;
  closeManual(): void;
}

/**
 * A status message for a live region: written after a short pause (so that the same message twice is
 * announced twice) and cleared after a while (so that the next one is announced afresh).
 */
export function useStatusMessage(): { status: string; say(message: string): void } {
  const [status, setStatus] = useState('');
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(clearTimer.current), []);
  const say = (message: string) => {
    clearTimeout(clearTimer.current);
    setStatus('');
    clearTimer.current = setTimeout(() => {
      setStatus(message);
      clearTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
    }, ANNOUNCE_GAP_MS);
  };
  return { status, say };
}

/** The status line; always rendered, since a live region must exist before its message arrives. */
export const StatusMessage = ({ status }: { status: string }) => (
  <p className="copy-status" role="status">
    {status}
  </p>
);

/**
 * Copies text to the clipboard and says so in a status message that screen readers announce; where the
 * clipboard is unavailable or refused, the text is shown selected in a read-only field instead, ready for
 * Ctrl+C. Copy link and the Cite forms both copy this way.
 */
export function useCopyWithStatus(): CopyWithStatus {
  const { status, say } = useStatusMessage();
  const [manualText, setManualText] = useState<string | null>(null);

  const copy = async (text: string, messages: CopyMessages) => {
    try {
      await navigator.clipboard.writeText(text);
      setManualText(null);
      say(messages.copied);
    } catch {
      setManualText(text);
      say(messages.fallback);
    }
  };

  return { status, manualText, copy, say, closeManual: () => setManualText(null) };
}

/**
 * The read-only field with the text to copy by hand (focused and selected as it appears; Escape or
 * leaving it closes it), and the status message.
 */
export function CopyFeedback({ copier, fieldLabel }: { copier: CopyWithStatus; fieldLabel: string }) {
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { manualText, closeManual } = copier;
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [manualText]);
  const props = {
    ref: field,
    readOnly: true,
    value: manualText ?? '',
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select(),
    onBlur: closeManual,
    onKeyDown: (e: { key: string }) => {
      if (e.key === 'Escape') closeManual();
    },
  };
  return (
    <>
      {manualText !== null && (
        <label className="copy-manual">
          {fieldLabel}
          {/* Several lines (a citation) need a box that shows them; a link fits on one line. */}
          {manualText.includes('\n') ? <textarea rows={6} {...props} /> : <input type="text" {...props} />}
        </label>
      )}
      <StatusMessage status={copier.status} />
    </>
  );
}
