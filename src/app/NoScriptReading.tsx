import { describeSpan } from '../model/describeDate';
import { STATUS_WORDS } from '../model/statusWords';
import { describePrinted } from '../panels/eventWords';
import { useAppStore } from '../store/useAppStore';
import { eventPagePath } from '../url/eventPage';

/**
 * Every event with its date and every quote with its citation, for a reader without JavaScript (and a
 * crawler), for the <noscript> of the prerendered page (see PageRoot). Each title links to the event's own page. Links are written
 * from the site's root (`./…`); the build rebases them on pages one folder deeper.
 */
export function NoScriptReading() {
  const events = useAppStore((s) => s.dataset.events);
  const sources = useAppStore((s) => s.dataset.sources);
  return (
    <section className="noscript-reading" aria-labelledby="noscript-heading">
      <h2 id="noscript-heading">Every event and what its sources say</h2>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <h3>
              <a href={`./${eventPagePath(event.id)}`}>{event.title}</a>
            </h3>
            <p className="noscript-date">
              {describeSpan(event)} · {STATUS_WORDS[event.status].label}
            </p>
            {event.citations.map((citation, i) => {
              const source = sources.find((s) => s.id === citation.sourceId);
              return (
                <figure key={`${i}:${citation.sourceId}`}>
                  <blockquote>{citation.quote}</blockquote>
                  {source && (
                    <figcaption>
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
