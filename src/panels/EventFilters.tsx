import { useMemo } from 'react';
import { describeDate } from '../model/describeDate';
import { TAGS, type Tag } from '../model/types';
import { useAppStore } from '../store/store';

/** Toggles a value in a list of chosen values. */
const toggle = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/**
 * Filters by tag and by source. None ticked in a group means the whole group; the timeline, the
 * overview and the list all show the same filtered events.
 */
export function EventFilters() {
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const openArticle = useAppStore((s) => s.openArticle);
  const sources = useAppStore((s) => s.dataset.sources);
  const events = useAppStore((s) => s.dataset.events);
  const tags = useMemo(() => TAGS.filter((t) => events.some((e) => e.tags.includes(t))), [events]);
  const active = filters.tags.length + filters.sources.length > 0;

  return (
    <div className="filters">
      <fieldset>
        <legend>Tags</legend>
        {tags.map((tag: Tag) => (
          <label key={tag} className="chip">
            <input type="checkbox" checked={filters.tags.includes(tag)} onChange={() => setFilters({ tags: toggle(filters.tags, tag) })} />
            {tag}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sources</legend>
        {sources.map((source) => (
          <span key={source.id} className="source-filter">
            <label className="chip">
              <input
                type="checkbox"
                checked={filters.sources.includes(source.id)}
                onChange={() => setFilters({ sources: toggle(filters.sources, source.id) })}
              />
              {source.publisher}, {describeDate(source.published)}
            </label>
            <button type="button" className="link-button" aria-label={`Read in full: ${source.publisher}, ${describeDate(source.published)}`} onClick={() => openArticle(source.id)}>
              Read in full
            </button>
          </span>
        ))}
      </fieldset>
      <p className="filters-hint">
        {active ? (
          <button type="button" className="link-button" onClick={() => setFilters({ tags: [], sources: [] })}>
            Clear the filters
          </button>
        ) : (
          'Tick tags or sources to show only their events.'
        )}
      </p>
    </div>
  );
}
