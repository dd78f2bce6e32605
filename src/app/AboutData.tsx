import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { TIMELINE } from '../model/timeline';
import { useAppStore } from '../store/useAppStore';
import { DownloadData } from './DownloadData';
import { DialogClose } from './DialogClose';

/**
 * Past this many sources (an archive, not two articles) their list is built when the reader first opens
 * the dialog: thousands of entries in a closed dialog would weigh on the first screen for nothing.
 */
export const SOURCES_LISTED_AHEAD = 50;

/** "About the data": the sources, how events were curated and checked, and what precision means. */
export function AboutData() {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [opened, setOpened] = useState(false);
  const open = () => {
    flushSync(() => setOpened(true));
    dialog.current?.showModal();
    // Start the reader at the top, not at the Close button that showModal would focus.
    heading.current?.focus();
  };
  const sources = useAppStore((s) => s.dataset.sources);
  const events = useAppStore((s) => s.dataset.events);
  const citations = events.reduce((n, e) => n + e.citations.length, 0);
  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={open}>
        About the data
      </button>
      <dialog ref={dialog} className="about" aria-labelledby="about-heading">
        <h2 id="about-heading" ref={heading} tabIndex={-1}>
          About the data
        </h2>
        <p>
          {events.length} events with {citations} citations, curated by hand from {sources.length} news articles. Every event quotes at
          least one passage of its source word for word, typos included.
        </p>
        <h3>Sources</h3>
        <ul>
          {(opened || sources.length <= SOURCES_LISTED_AHEAD ? sources : []).map((s) => (
            <li key={s.id}>
              <cite>{s.headline}</cite>. {s.byline.toLowerCase().includes(s.publisher.toLowerCase()) ? '' : `${s.publisher}, `}
              {s.byline}, published {s.publishedAsPrinted} (no time zone printed).
            </li>
          ))}
        </ul>
        <p>{TIMELINE.about.sourcesNote}</p>
        <h3>How the events were made and checked</h3>
        <ul>
          {TIMELINE.about.curation.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <h3>Precision and status</h3>
        <ul>
          <li>
            A date is shown only as precisely as the text gives it: a year, a month, a week or a day. A month-precise event covers its whole
            month on the timeline.
          </li>
          <li>
            Where the text gives only bounds ("before deciding to extend" the pact signed in November 2016), the event is dated "some time
            between" them, each bound with the words or the event it comes from, and drawn as a span that fades toward its uncertain ends. A
            period still going on when an article reported it has no end: it fades out after the report.
          </li>
          <li>
            The links the articles draw between events ("in retaliation for", "the first since", "after") are kept with their words and
            listed with each event. A link claims no more than its words: "after" is not "because of".
          </li>
          <li>
            <strong>Happened</strong>: done when the article was published. <strong>Announced</strong>: set for a time by an official, not
            yet done. <strong>Planned</strong>: an intention, with at most a deadline.
          </li>
        </ul>
        <DownloadData />
        <DialogClose />
      </dialog>
    </>
  );
}
