import { useFullI18n } from '../i18n/useI18n';
import { describePrinted } from '../panels/eventWords';
import { useAppStore } from '../store/useAppStore';
import { eventPagePath } from '../url/eventPage';

/**
 * Every event with its date and every quote with its citation, for a reader without JavaScript (and a
 * crawler), for the <noscript> of the prerendered page (see PageRoot), in the page's language; the quotes,
 * headlines and bylines as printed, marked English. Each title links to the event's own page in the same
 * language. Links are written from the site's root (`./…`); the build rebases them on pages in a folder.
 * Only the server renders it, with every word of the language given (useFullI18n reads them at once).
 */
export function NoScriptReading() {
  const { t, dates, data, language } = useFullI18n();
  const events = useAppStore((s) => s.dataset.events);
  const sources = useAppStore((s) => s.dataset.sources);
  return (
    <section className="noscript-reading" aria-labelledby="noscript-heading">
      <h2 id="noscript-heading">{t('noscript.heading')}</h2>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <h3>
              <a href={`./${eventPagePath(event.id, language)}`}>{event.title}</a>
            </h3>
            <p className="noscript-date">
              {t('noscript.dateStatus', { date: dates.eventDate(event), status: data.statuses[event.status].label })}
            </p>
            {event.citations.map((citation, i) => {
              const source = sources.find((s) => s.id === citation.sourceId);
              return (
                <figure key={`${i}:${citation.sourceId}`}>
                  <blockquote lang="en">{citation.quote}</blockquote>
                  {source && (
                    <figcaption lang="en">
                      <cite>{source.headline}</cite>. {describePrinted(source)}
                    </figcaption>
                  )}
                </figure>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
