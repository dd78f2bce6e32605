import { Suspense, lazy, useRef, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/useI18n';
import { CopyFeedback, useCopyWithStatus } from '../panels/copyWithStatus';
import { useAppStoreApi } from '../store/useAppStore';
import { currentPermalink } from './shareLinks';
import './ShareControls.css';

// Loaded when a reader first asks for it: the first screen does without.
const EmbedCode = lazy(() => import('./EmbedCode'));

const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
const noChanges = () => () => {};

/**
 * "Copy link" copies the URL of the current view, once a glide under way has arrived; where the clipboard
 * is unavailable or refused, the link is shown selected in a read-only field instead. "Share" hands the link to the system's share sheet
 * where there is one. "Embed" gives the code that puts this view into another page. What happened is said in a status message that screen readers announce.
 */
export function ShareControls() {
  const store = useAppStoreApi();
  const { t } = useI18n();
  const copier = useCopyWithStatus();
  const embedButton = useRef<HTMLButtonElement>(null);
  const [embedding, setEmbedding] = useState(false);
  // The prerendered page has no Share button (the server has no share sheet); hydration adds it where there is one.
  const sharing = useSyncExternalStore(noChanges, canShare, () => false);
  // Both wait for a glide under way (to the event just chosen, say) to arrive, so the link names where it goes.
  const copy = async () => {
    await store.getState().whenViewAtRest();
    await copier.copy(currentPermalink(store), { copied: t('share.copied'), fallback: t('share.copyFallback') });
  };

  const share = async () => {
    await store.getState().whenViewAtRest();
    try {
      await navigator.share({ title: document.title, url: currentPermalink(store) });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) copier.say(t('share.shareFailed'));
    }
  };

  return (
    <div className="share-controls">
      <button type="button" className="header-button" onClick={() => void copy()}>
        {t('share.copyLink')}
      </button>
      {sharing && (
        <button type="button" className="header-button" onClick={() => void share()}>
          {t('share.share')}
        </button>
      )}
      <button ref={embedButton} type="button" className="header-button" aria-haspopup="dialog" onClick={() => setEmbedding(true)}>
        {t('share.embed')}
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
        <CopyFeedback copier={copier} fieldLabel={t('share.linkField')} />
      </div>
    </div>
  );
}
