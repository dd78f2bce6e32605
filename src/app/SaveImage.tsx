import { useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { StatusMessage, useStatusMessage } from '../panels/copyWithStatus';
import { onFirstUse } from '../panels/onFirstUse';
import { selectVisibleEvents } from '../store/selectors';
import type { AppStore } from '../store/store';
import { useAppStoreApi } from '../store/useAppStore';
import { currentPermalink } from './shareLinks';
import './ShareControls.css';
import './exportControls.css';

const loadSaving = onFirstUse(() => import('../exports/saveExports'));
/** The timeline's width when none is mounted to measure: its width on a small laptop. */
const FALLBACK_WIDTH = 960;

/** What the timeline shows now: its events (filters applied), window, selection and permalink, the screen's measures, and the page's language. */
function currentView(store: AppStore) {
  const state = store.getState();
  const screen = state.viewHandle?.measures();
  return {
    events: selectVisibleEvents(state),
    sources: state.dataset.sources,
    view: state.view,
    width: screen?.width ?? FALLBACK_WIDTH,
    selectedId: state.selectedId,
    link: currentPermalink(store),
    ...(screen && { screen }),
  };
}

/** "Save image": the current view as SVG (scalable, for print and slides) or PNG (a picture), made in the page. */
export function SaveImage() {
  const store = useAppStoreApi();
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const { status, say } = useStatusMessage();
  const toggle = useRef<HTMLButtonElement>(null);
  const save = async (format: 'svg' | 'png') => {
    try {
      // The image's words (its title, sources and link lines) come with its code.
      const [saving, words] = await Promise.all([loadSaving(), i18n.later.load()]);
      const name = format === 'svg' ? saving.saveViewSvg(currentView(store), words) : await saving.saveViewPng(currentView(store), words);
      setOpen(false);
      toggle.current?.focus();
      say(t('saveImage.saving', { file: name }));
    } catch {
      say(t('saveImage.failed'));
    }
  };
  return (
    <div
      className="save-image"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
      // The choices close when focus moves to something else (Tab, another control); a click on a choice
      // in a browser that does not focus buttons on click (Safari) leaves no target and keeps them open.
      onBlur={(e) => {
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls="save-image-choices"
        onClick={() => setOpen(!open)}
      >
        {t('saveImage.button')}
      </button>
      <div className="share-popup">
        <div id="save-image-choices" className="save-image-choices" hidden={!open} role="group" aria-label={t('saveImage.choices')}>
          <button type="button" className="header-button" onClick={() => void save('svg')}>
            {t('saveImage.svg')} <span className="muted">{t('saveImage.svgNote')}</span>
          </button>
          <button type="button" className="header-button" onClick={() => void save('png')}>
            {t('saveImage.png')} <span className="muted">{t('saveImage.pngNote')}</span>
          </button>
        </div>
        <StatusMessage status={status} />
      </div>
    </div>
  );
}
