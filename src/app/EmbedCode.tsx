import { useEffect, useMemo, useRef, useState } from 'react';
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
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const code = useMemo(() => embedSnippet(embedPermalink(store)), [store]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    dialog.current?.showModal();
    field.current?.select();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Code copied.');
    } catch {
      field.current?.select();
      setStatus('Could not copy by itself: the code is selected, press Ctrl+C (or ⌘C) to copy it.');
    }
  };

  return (
    <dialog ref={dialog} className="about embed-code" aria-labelledby="embed-heading" onClose={onClose}>
      <h2 id="embed-heading">Embed this view</h2>
      <p>
        Paste this into your page&apos;s HTML. The frame opens on the view you see now; the few lines of script make the frame as tall as
        its content (without them it stays {FIRST_FRAME_HEIGHT} pixels tall). Nothing in it adds to your readers&apos; Back button.
      </p>
      <label className="embed-code-label">
        Code for this view
        <textarea ref={field} readOnly rows={10} value={code} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="embed-code-actions">
        <button type="button" className="header-button" onClick={() => void copy()}>
          Copy code
        </button>
        <DialogClose />
      </div>
      <p role="status" className="share-status">
        {status}
      </p>
    </dialog>
  );
}
