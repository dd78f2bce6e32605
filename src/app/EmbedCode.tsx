import { useEffect, useMemo, useRef } from 'react';
import { useFullI18n } from '../i18n/useI18n';
import { StatusMessage, useCopyWithStatus } from '../panels/copyWithStatus';
import { useAppStoreApi } from '../store/useAppStore';
import { FIRST_FRAME_HEIGHT, embedSnippet } from './embedCode';
import { embedPermalink } from './shareLinks';
import { DialogClose } from './DialogClose';

/**
 * The code to put the current view into another page, selected in a read-only field, with a Copy button.
 * Loaded only when a reader asks for it (the first screen does not need it).
 */
export default function EmbedCode({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const { t, timeline } = useFullI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const code = useMemo(
    () => embedSnippet(embedPermalink(store), t('embedCode.frameTitle', { title: timeline.title })),
    [store, t, timeline.title],
  );
  const copier = useCopyWithStatus();

  useEffect(() => {
    dialog.current?.showModal();
    field.current?.select();
  }, []);

  // The code is always on show here: where the clipboard refuses, it is selected in its own field, ready for Ctrl+C.
  const copy = async () => {
    await copier.copy(code, { copied: t('embedCode.copied'), fallback: t('embedCode.copyFallback') });
    field.current?.select();
  };

  return (
    <dialog ref={dialog} className="about embed-code" aria-labelledby="embed-heading" onClose={onClose}>
      <h2 id="embed-heading">{t('embedCode.heading')}</h2>
      <p>{t('embedCode.explain', { height: FIRST_FRAME_HEIGHT })}</p>
      <label className="embed-code-label">
        {t('embedCode.field')}
        <textarea ref={field} readOnly rows={10} value={code} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="embed-code-actions">
        <button type="button" className="header-button" onClick={() => void copy()}>
          {t('embedCode.copy')}
        </button>
        <DialogClose />
      </div>
      <StatusMessage status={copier.status} />
    </dialog>
  );
}
