import { Suspense, lazy, useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { Source, TimelineEvent } from '../model/types';
import './CiteControl.css';
// The forms' styles come with the control: a lazy chunk with CSS of its own would need a loader on the first screen.
import './CiteForms.css';

/** The forms and what builds them load the first time a reader opens Cite, not with the page. */
const CiteForms = lazy(() => import('./CiteForms').catch(() => ({ default: CiteFormsUnavailable })));

/** In place of the forms when their chunk could not be loaded (the connection dropped). */
function CiteFormsUnavailable() {
  const { t } = useI18n();
  return <p className="muted">{t('cite.unavailable')}</p>;
}

/** "Cite this event", under the selected event's sources: a disclosure that shows its citation, ready to paste. */
export function CiteControl({ event, sources }: { readonly event: TimelineEvent; readonly sources: readonly Source[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const { t } = useI18n();
  return (
    <section className="cite" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="cite-heading">
        <button type="button" className="cite-toggle" aria-expanded={open} aria-controls={`${id}-forms`} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          {t('cite.toggle')}
        </button>
      </h3>
      <div id={`${id}-forms`} className="cite-forms" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="muted">{t('cite.preparing')}</p>}>
            <CiteForms event={event} sources={sources} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
