import { useId } from 'react';
import { CITATION_FORMS, eventLink } from '../exports/citation';
import { useFullI18n } from '../i18n/useI18n';
import { localDay } from '../exports/timelineName';
import type { Source, TimelineEvent } from '../model/types';
import { CopyFeedback, useCopyWithStatus } from './copyWithStatus';

export interface CiteFormsProps {
  readonly event: TimelineEvent;
  readonly sources: readonly Source[];
}

/**
 * The event's citation in each form (plain text, BibTeX, CSL-JSON), each with a copy button that says what
 * it did, or shows the citation selected for copying by hand. Loaded the first time Cite is opened.
 */
export function CiteForms({ event, sources }: CiteFormsProps) {
  const copier = useCopyWithStatus();
  const id = useId();
  const i18n = useFullI18n();
  const { t } = i18n;
  const context = { link: eventLink(location.href, event.id, i18n.language), accessed: localDay(), i18n };
  return (
    <>
      {CITATION_FORMS.map(({ format, build }) => {
        const text = build(event, sources, context);
        const name = t(`cite.format.${format}`);
        const heading = `${id}-${format}`;
        return (
          <div key={format} className="cite-form">
            <div className="cite-form-head">
              <h4 id={heading}>{name}</h4>
              {/* Its name begins with the word it shows ("Copy"), in every language, so speech input finds it. */}
              <button
                type="button"
                className="cite-copy"
                aria-label={t('cite.copyName', { format: name })}
                onClick={() =>
                  void copier.copy(text, { copied: t('cite.copied', { format: name }), fallback: t('cite.fallback', { format: name }) })
                }
              >
                {t('cite.copy')}
              </button>
            </div>
            <pre className="cite-text" data-citation-format={format} tabIndex={0} aria-labelledby={heading}>
              {text}
            </pre>
          </div>
        );
      })}
      <CopyFeedback copier={copier} fieldLabel={t('cite.field')} />
    </>
  );
}

export default CiteForms;
