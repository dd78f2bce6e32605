import { type AnchorHTMLAttributes, Fragment, type MouseEvent, type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useFullI18n } from '../i18n/useI18n';
import { type Passage, type Run, alsoCited, passagesIn, runsOf } from '../model/passages';
import type { TimelineEvent } from '../model/types';
import { selectVisibleEvents } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';
import { articleParagraphs } from './articleText';
import { revealInBox, scrollingBox } from './bringIntoSight';
import { CloseButton } from './CloseButton';
import { describePrinted } from './eventWords';
import { richMessage } from './richMessage';
import { useArticleReturnFocus } from './useArticleReturnFocus';
import './panels.css';

/**
 * A source article in full, as printed, with every passage cited by a (filtered) event highlighted.
 * A highlight is a link to its event: activating it selects the event and moves the timeline there.
 *
 * The headline, byline and date are shown once, from the source's metadata, so the masthead lines of
 * the received text are not repeated; the rest of the page furniture ("Link copied", photo credits,
 * "blog comments powered by Disqus") is kept, dimmed, so nothing of the text as received is hidden. The article
 * is English whatever the page's language: its words carry `lang="en"`, the page's own words around them do not.
 */
export function ArticleView() {
  const source = useAppStore((s) => s.dataset.sources.find((x) => x.id === s.articleSourceId));
  const requested = useAppStore((s) => s.articleSourceId);
  const passage = useAppStore((s) => s.articlePassage);
  const selectedId = useAppStore((s) => s.selectedId);
  const events = useAppStore(selectVisibleEvents);
  const openArticle = useAppStore((s) => s.openArticle);
  const store = useAppStoreApi();
  const { t } = useFullI18n();
  const selectedNow = () => store.getState().selectedId;
  const section = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useArticleReturnFocus(requested, section);
  const { found, missing } = useMemo(() => (source ? passagesIn(source, events) : { found: [], missing: [] }), [source, events]);

  // Opening: go to the passage asked for ("Show in the article"), else to the headline.
  useEffect(() => {
    if (!source || !section.current) return;
    const column = scrollingBox(section.current);
    if (column) revealInBox(column, section.current);
    else section.current.scrollIntoView?.({ block: 'nearest' });
    const target = passage ? passageElement(body.current, found, passage.quote, selectedNow()) : undefined;
    if (target) {
      scrollWithin(body.current, target, true);
      target.focus({ preventScroll: true });
    } else section.current.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    // Only when another article or passage is asked for; not when the filters change the highlights.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, passage]);

  // Timeline → text: a newly selected event's passage is brought into the article's own scroll area.
  useEffect(() => {
    const target = selectedId && passageElement(body.current, found, undefined, selectedId);
    if (!target) return;
    scrollWithin(body.current, target);
    // Chosen here (a highlight): the source panel above may have grown; keep the passage in sight.
    if (!section.current?.contains(document.activeElement)) return;
    const column = scrollingBox(section.current);
    if (column) revealInBox(column, target);
    // A phone: the sheet now covers the lower part of the screen; the passage moves up clear of it.
    else if (target.getBoundingClientRect().bottom > innerHeight / 2) target.scrollIntoView?.({ block: 'start' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  if (requested === null) return null;
  if (!source) {
    return (
      <section className="article-view" aria-label={t('article.name')}>
        <p className="quote-warning">{t('article.unknown', { id: requested })}</p>
        <button type="button" className="link-button" onClick={() => openArticle(null)}>
          {t('article.close')}
        </button>
      </section>
    );
  }

  const { paragraphs, kinds } = articleParagraphs(source);
  return (
    <section className="article-view" aria-labelledby="article-heading" ref={section}>
      <div className="panel-bar">
        <span className="panel-kicker">{t('article.kicker')}</span>
        <CloseButton label={t('article.closeName')} title={t('article.closeName')} onClose={() => openArticle(null)} />
      </div>
      <h2 id="article-heading" tabIndex={-1} lang="en">
        {source.headline}
      </h2>
      <p className="article-meta" lang="en">
        {describePrinted(source)}
      </p>
      <p className="article-hint">{t('article.hint')}</p>
      {missing.length > 0 && (
        <div className="quote-warning">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('article.missing', { count: missing.length })}
          </p>
          <ul>
            {missing.map((m) => (
              <li key={`${m.event.id}:${m.quote}`}>
                {richMessage(t, 'article.missingPassage', { quote: <span lang="en">{m.quote}</span>, event: m.event.title })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="article-body" ref={body}>
        {paragraphs.map((p, i) => {
          if (kinds[i] === 'masthead') return null;
          const runs = runsOf(p, found, selectedId);
          const also = alsoCited(runs);
          return (
            <Fragment key={p.start}>
              <p className={kinds[i] === 'furniture' ? 'furniture' : undefined} lang="en">
                {runs.map((run) => (
                  <RunText key={run.segments[0]?.start} run={run} selectedId={selectedId} />
                ))}
              </p>
              {also.length > 0 && (
                // Events whose passage is shared with another get a link of their own, for touch and keys.
                <p className="also-cited">
                  {t('article.alsoCited')}{' '}
                  {also.map((e, j) => (
                    <Fragment key={e.id}>
                      {j > 0 && '; '}
                      <Relation event={e} selectedId={selectedId}>
                        {e.title}
                      </Relation>
                    </Fragment>
                  ))}
                </p>
              )}
            </Fragment>
          );
        })}
      </div>
    </section>
  );
}

function RunText({ run, selectedId }: { run: Run; selectedId: string | null }) {
  const { t } = useFullI18n();
  const { event } = run;
  if (!event) return <>{run.segments.map((s) => s.text).join('')}</>;
  const others = run.events.filter((e) => e !== event);
  return (
    <Relation
      event={event}
      selectedId={selectedId}
      className="passage"
      data-passage-start={run.segments[0]?.start}
      data-passage-end={run.segments.at(-1)?.end}
      title={
        others.length > 0 ? t('article.passageTitle', { title: event.title, others: others.map((o) => o.title).join('; ') }) : event.title
      }
    >
      {run.segments.map((s) => (
        <mark key={s.start} className={s.keys.length > 1 ? 'overlap' : undefined}>
          {s.text}
        </mark>
      ))}
    </Relation>
  );
}

/** A link to an event: a plain click selects it here; a click with a modifier opens it in a new tab as usual. */
function Relation({
  event,
  selectedId,
  children,
  ...rest
}: { event: TimelineEvent; selectedId: string | null; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement> &
  Record<`data-${string}`, unknown>) {
  const goToEvent = useAppStore((s) => s.goToEvent);
  const follow = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void goToEvent(event);
  };
  return (
    <a
      {...rest}
      href={`?event=${encodeURIComponent(event.id)}`}
      aria-current={event.id === selectedId ? 'true' : undefined}
      onClick={follow}
    >
      {children}
    </a>
  );
}

/** The first highlight of a passage (by quote, or the selected event's first in this article). */
function passageElement(
  body: HTMLElement | null,
  found: readonly Passage[],
  quote: string | undefined,
  eventId: string | null,
): HTMLElement | undefined {
  const wanted =
    found.find((p) => (quote === undefined || p.quote === quote) && p.event.id === eventId) ??
    (quote ? found.find((p) => p.quote === quote) : undefined);
  if (!body || !wanted) return undefined;
  const links = [...body.querySelectorAll<HTMLElement>('a.passage')];
  return links.find((a) => Number(a.dataset.passageEnd) > wanted.start && Number(a.dataset.passageStart) < wanted.end);
}

/**
 * Scrolls the article's own box to a passage, a third of the way down, without moving the page. On a
 * phone the box does not scroll (the page does): when asked (`movePage`, the reader asked for this
 * passage) the page brings it to the top, clear of the sheet at the bottom.
 */
function scrollWithin(box: HTMLElement | null, target: HTMLElement, movePage = false): void {
  if (!box) return;
  if (box.scrollHeight <= box.clientHeight) {
    if (!movePage) return;
    target.scrollIntoView?.({ block: 'start' });
    return;
  }
  const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, offset - box.clientHeight / 3);
}
