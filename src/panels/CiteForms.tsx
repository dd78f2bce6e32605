import { useId } from 'react';
import { CITATION_FORMS, eventLink } from '../exports/citation';
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
  const context = { link: eventLink(location.href, event.id), accessed: localDay() };
  return (
    <>
      {CITATION_FORMS.map(({ format, name, build }) => {
        const text = build(event, sources, context);
        const heading = `${id}-${format}`;
        return (
          <div key={format} className="cite-form">
            <div className="cite-form-head">
              <h4 id={heading}>{name}</h4>
              <button
                type="button"
                className="cite-copy"
                onClick={() =>
                  void copier.copy(text, {
                    copied: `${name} citation copied.`,
                    fallback: `Could not copy by itself: the ${name} citation is selected, press Ctrl+C (or ⌘C) to copy it.`,
                  })
                }
              >
                Copy <span className="visually-hidden">the {name} citation</span>
              </button>
            </div>
            <pre className="cite-text" data-citation-format={format} tabIndex={0} aria-labelledby={heading}>
              {text}
            </pre>
          </div>
        );
      })}
      <CopyFeedback copier={copier} fieldLabel="Citation to copy" />
    </>
  );
}

export default CiteForms;
