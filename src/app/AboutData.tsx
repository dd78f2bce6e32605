import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n/useI18n';
import type { Source } from '../model/types';
import { STATUSES } from '../model/types';
import { useAppStore } from '../store/useAppStore';
import { DownloadData } from './DownloadData';
import { DialogClose } from './DialogClose';
import { fillSlots, slots } from './messageSlots';

/**
 * Past this many sources (an archive, not two articles) their list is built when the reader first opens
 * the dialog: thousands of entries in a closed dialog would weigh on the first screen for nothing.
 */
export const SOURCES_LISTED_AHEAD = 50;

/** Words of the articles the precision notes quote, as printed (in English, whatever the page's language). */
const QUOTED = {
  beforeExtending: 'before deciding to extend',
  retaliation: 'in retaliation for',
  firstSince: 'the first since',
  after: 'after',
};
const quoted = Object.fromEntries(Object.entries(QUOTED).map(([slot, words]) => [slot, <span lang="en">{words}</span>]));

/** A source as printed: its headline, publisher (unless the byline names it), byline and publication date. */
function SourceEntry({ source }: { source: Source }) {
  const { t } = useI18n();
  const bylineNamesPublisher = source.byline.toLowerCase().includes(source.publisher.toLowerCase());
  const text = bylineNamesPublisher
    ? t('about.sourceByline', slots('headline', 'byline', 'published'))
    : t('about.source', slots('headline', 'publisher', 'byline', 'published'));
  return (
    <li>
      {fillSlots(text, {
        headline: <cite lang="en">{source.headline}</cite>,
        publisher: <span lang="en">{source.publisher}</span>,
        byline: <span lang="en">{source.byline}</span>,
        published: <span lang="en">{source.publishedAsPrinted}</span>,
      })}
    </li>
  );
}

/** "About the data": the sources, how events were curated and checked, what is translated, and what precision means. */
export function AboutData() {
  const { t, timeline, data } = useI18n();
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
        {t('about.title')}
      </button>
      <dialog ref={dialog} className="about" aria-labelledby="about-heading">
        <h2 id="about-heading" ref={heading} tabIndex={-1}>
          {t('about.title')}
        </h2>
        <p>
          {t('about.summary', {
            count: events.length,
            citations: t('about.citations', { count: citations }),
            articles: t('page.articles', { count: sources.length }),
          })}
        </p>
        <h3>{t('about.sources')}</h3>
        <ul>
          {(opened || sources.length <= SOURCES_LISTED_AHEAD ? sources : []).map((s) => (
            <SourceEntry key={s.id} source={s} />
          ))}
        </ul>
        <p>{timeline.about.sourcesNote}</p>
        <h3>{t('about.curation')}</h3>
        <ul>
          {timeline.about.curation.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        <h3>{t('about.languages')}</h3>
        <p>{t('about.translations')}</p>
        <h3>{t('about.precision')}</h3>
        <ul>
          <li>{t('about.precision.dates')}</li>
          <li>{fillSlots(t('about.precision.bounds', slots('beforeExtending')), quoted)}</li>
          <li>{fillSlots(t('about.precision.links', slots('retaliation', 'firstSince', 'after')), quoted)}</li>
          {STATUSES.map((status) => (
            <li key={status}>
              {fillSlots(t('about.status', slots('label', 'meaning')), {
                label: <strong>{data.statuses[status].label}</strong>,
                meaning: data.statuses[status].meaning,
              })}
            </li>
          ))}
        </ul>
        <DownloadData />
        <DialogClose />
      </dialog>
    </>
  );
}
