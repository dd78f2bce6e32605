import { useEffect, useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { TAGS, type Tag } from '../model/types';
import { prepareTagFilter } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { SourceFilter, toggle } from './SourceFilter';

/**
 * Filters by tag and by source. None ticked in a group means the whole group; the timeline, the
 * overview and the list all show the same filtered events.
 */
export function EventFilters() {
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const events = useAppStore((s) => s.dataset.events);
  const tags = useMemo(() => TAGS.filter((tag) => events.some((e) => e.tags.includes(tag))), [events]);
  const active = filters.tags.length + filters.sources.length > 0;
  const { t, data } = useI18n();
  // The events of each tag are listed while the page is idle, so that a first tick does not wait for the scan.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => prepareTagFilter(events));
    return () => cancelIdleCallback(idle);
  }, [events]);

  return (
    <div className="filters">
      <fieldset>
        <legend>{t('filters.tags')}</legend>
        {tags.map((tag: Tag) => (
          <label key={tag} className="chip">
            <input type="checkbox" checked={filters.tags.includes(tag)} onChange={() => setFilters({ tags: toggle(filters.tags, tag) })} />
            {data.tags[tag] ?? tag}
          </label>
        ))}
      </fieldset>
      <SourceFilter />
      <p className="filters-hint">
        {active ? (
          <button type="button" className="link-button" onClick={() => setFilters({ tags: [], sources: [] })}>
            {t('filters.clear')}
          </button>
        ) : (
          t('filters.hint')
        )}
      </p>
    </div>
  );
}
