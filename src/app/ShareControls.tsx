import { CopyFeedback, useCopyWithStatus } from '../panels/copyWithStatus';
import { currentViewLink } from './useUrlSync';
import './ShareControls.css';

const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/**
 * "Copy link" copies the URL of the current view; where the clipboard is unavailable or refused, the link
 * is shown selected in a read-only field instead. "Share" hands the link to the system's share sheet
 * where there is one. What happened is said in a status message that screen readers announce.
 */
export function ShareControls() {
  const copier = useCopyWithStatus();
  const copy = () =>
    copier.copy(currentViewLink(), {
      copied: 'Link to this view copied.',
      fallback: 'Could not copy by itself: the link is selected, press Ctrl+C (or ⌘C) to copy it.',
    });

  const share = async () => {
    try {
      await navigator.share({ title: document.title, url: currentViewLink() });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) copier.say('Could not share the link; try Copy link.');
    }
  };

  return (
    <div className="share-controls">
      <button type="button" className="header-button" onClick={() => void copy()}>
        Copy link
      </button>
      {canShare() && (
        <button type="button" className="header-button" onClick={() => void share()}>
          Share
        </button>
      )}
      <div className="share-popup">
        <CopyFeedback copier={copier} fieldLabel="Link to this view" />
      </div>
    </div>
  );
}
