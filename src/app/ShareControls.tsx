import { Suspense, lazy, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { currentViewLink } from './useUrlSync';
import './ShareControls.css';

// Loaded when a reader first asks for it: the first screen does without.
const EmbedCode = lazy(() => import('./EmbedCode'));

/** How long a status message stays before it clears, so that the next one is announced afresh. */
const STATUS_MS = 6000;

const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
const noChanges = () => () => {};

/**
 * "Copy link" copies the URL of the current view; where the clipboard is unavailable or refused, the link
 * is shown selected in a read-only field instead. "Share" hands the link to the system's share sheet
 * where there is one. "Embed" gives the code that puts this view into another page. What happened is said in a status message that screen readers announce.
 */
export function ShareControls() {
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  const [embedding, setEmbedding] = useState(false);
  // The prerendered page has no Share button (the server has no share sheet); hydration adds it where there is one.
  const sharing = useSyncExternalStore(noChanges, canShare, () => false);
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(clearTimer.current), []);
  useEffect(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [manualLink]);

  const say = (message: string) => {
    clearTimeout(clearTimer.current);
    // Empty first, so that the same message twice in a row is announced twice.
    setStatus('');
    clearTimer.current = setTimeout(() => {
      setStatus(message);
      clearTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
    }, 50);
  };

  const copy = async () => {
    const link = currentViewLink();
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      say('Link to this view copied.');
    } catch {
      setManualLink(link);
      say('Could not copy by itself: the link is selected, press Ctrl+C (or ⌘C) to copy it.');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: document.title, url: currentViewLink() });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) say('Could not share the link; try Copy link.');
    }
  };

  return (
    <div className="share-controls">
      <button type="button" className="header-button" onClick={() => void copy()}>
        Copy link
      </button>
      {sharing && (
        <button type="button" className="header-button" onClick={() => void share()}>
          Share
        </button>
      )}
      <button ref={embedButton} type="button" className="header-button" aria-haspopup="dialog" onClick={() => setEmbedding(true)}>
        Embed
      </button>
      {embedding && (
        <Suspense fallback={null}>
          <EmbedCode
            onClose={() => {
              setEmbedding(false);
              embedButton.current?.focus();
            }}
          />
        </Suspense>
      )}
      <div className="share-popup">
        {manualLink !== null && (
          <label className="share-manual">
            Link to this view
            <input
              ref={fieldRef}
              type="text"
              readOnly
              value={manualLink}
              onFocus={(e) => e.currentTarget.select()}
              onBlur={() => setManualLink(null)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setManualLink(null);
              }}
            />
          </label>
        )}
        <p className="share-status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
