import { useId, useMemo, useRef, useState } from 'react';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../i18n/useI18n';
import type { Source } from '../model/types';
import { useAppStore } from '../store/useAppStore';

/** Up to this many sources each get a chip; an archive with more gets a search field instead, so the DOM stays small. */
export const SOURCE_CHIPS_MAX = 8;
/** Matches listed under the search field at most: enough to pick from, few enough to read out. */
export const SOURCE_MATCHES_MAX = 6;

/** Toggles a value in a list of chosen values. */
export const toggle = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** "Xinhua, 29 November 2019": how a source is named in the filter. */
const sourceLabel = ({ t, dates }: I18n, source: Source): string =>
  t('filters.source', { publisher: source.publisher, date: dates.date(source.published) });

/** The source group of the filters: one chip per source for a handful, a search field for an archive. */
export function SourceFilter() {
  const sources = useAppStore((s) => s.dataset.sources);
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('filters.sources')}</legend>
      {sources.length <= SOURCE_CHIPS_MAX ? <SourceChips sources={sources} /> : <SourceSearch sources={sources} />}
    </fieldset>
  );
}

function ReadInFull({ source }: { readonly source: Source }) {
  const openArticle = useAppStore((s) => s.openArticle);
  const i18n = useI18n();
  // Its name begins with the words it shows, in every language.
  return (
    <button
      type="button"
      className="link-button"
      aria-label={i18n.t('filters.readInFullName', { source: sourceLabel(i18n, source) })}
      onClick={() => openArticle(source.id)}
    >
      {i18n.t('filters.readInFull')}
    </button>
  );
}

function SourceChips({ sources }: { readonly sources: readonly Source[] }) {
  const chosen = useAppStore((s) => s.filters.sources);
  const setFilters = useAppStore((s) => s.setFilters);
  const i18n = useI18n();
  return sources.map((source) => (
    <span key={source.id} className="source-filter">
      <label className="chip">
        <input type="checkbox" checked={chosen.includes(source.id)} onChange={() => setFilters({ sources: toggle(chosen, source.id) })} />
        {sourceLabel(i18n, source)}
      </label>
      <ReadInFull source={source} />
    </span>
  ));
}

/**
 * For many sources: a labelled search field that lists the first few matches as buttons (Enter adds the
 * first), and the chosen sources as chips that can be removed, each with its "Read in full".
 */
function SourceSearch({ sources }: { readonly sources: readonly Source[] }) {
  const chosenIds = useAppStore((s) => s.filters.sources);
  const setFilters = useAppStore((s) => s.setFilters);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const i18n = useI18n();
  const { t } = i18n;
  // Matches are listed by publication date, the order a reader scans an archive in; a reader types the
  // publisher or the date as the page writes it.
  const labels = useMemo(
    () =>
      sources
        .map((source) => {
          const label = sourceLabel(i18n, source);
          return { source, label, key: label.toLowerCase() };
        })
        .sort((a, b) => a.source.published.start - b.source.published.start || a.label.localeCompare(b.label)),
    [sources, i18n],
  );
  const chosen = useMemo(() => labels.filter((l) => chosenIds.includes(l.source.id)), [labels, chosenIds]);
  const words = useMemo(
    () =>
      query
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== ''),
    [query],
  );
  const matches = useMemo(
    () => (words.length === 0 ? [] : labels.filter((l) => !chosenIds.includes(l.source.id) && words.every((w) => l.key.includes(w)))),
    [labels, chosenIds, words],
  );
  const shown = matches.slice(0, SOURCE_MATCHES_MAX);
  const change = (sourceIds: string[]) => {
    setFilters({ sources: sourceIds });
    input.current?.focus();
  };
  const add = (source: Source) => {
    change([...chosenIds, source.id]);
    setQuery('');
  };

  return (
    <>
      {chosen.map(({ source, label }) => (
        <span key={source.id} className="source-filter">
          <span className="chip chip-chosen">
            {label}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('filters.remove', { source: label })}
              onClick={() => change(toggle(chosenIds, source.id))}
            >
              ×
            </button>
          </span>
          <ReadInFull source={source} />
        </span>
      ))}
      <span className="source-search">
        <label htmlFor={`${id}-input`}>{t('filters.addSource')}</label>
        <input
          ref={input}
          id={`${id}-input`}
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={`${id}-status`}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            const first = shown[0];
            if (e.key === 'Enter' && first) {
              e.preventDefault();
              add(first.source);
            }
          }}
        />
      </span>
      <p id={`${id}-status`} className="source-matches-status" role="status">
        {words.length === 0
          ? t('filters.searchHint', { count: sources.length })
          : matches.length === 0
            ? t('filters.noMatch')
            : matches.length > shown.length
              ? t('filters.matchesListed', { count: matches.length, shown: shown.length })
              : t('filters.matches', { count: matches.length })}
      </p>
      {shown.length > 0 && (
        <ul className="source-matches" aria-label={t('filters.matching')}>
          {shown.map(({ source, label }) => (
            <li key={source.id}>
              <button type="button" className="link-button" onClick={() => add(source)}>
                {t('filters.add', { source: label })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
