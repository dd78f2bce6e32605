import { memo, useDeferredValue } from 'react';
import { RELATION_KINDS } from '../model/types';
import { useWorkbenchList } from './context';
import { useCurateI18n } from './useCurateI18n';

/**
 * An option for each event, by its title. It follows the events' ids and titles itself, a moment behind a change
 * (typing and new events answer first), so the page does not render a thousand options again for each change.
 */
export const EventOptions = memo(function EventOptions() {
  const idsAndTitles = useDeferredValue(useWorkbenchList((s) => s.history.present.events.flatMap((e) => [e.id, e.title])));
  const options = [];
  for (let i = 0; i < idsAndTitles.length; i += 2) {
    const id = idsAndTitles[i] ?? '';
    options.push(
      <option key={id} value={id}>
        {idsAndTitles[i + 1] || id}
      </option>,
    );
  }
  return options;
});

/** An option for each kind of link, by the words that draw it ("comes after …"). */
export function RelationKindOptions() {
  const { t } = useCurateI18n();
  return RELATION_KINDS.map((kind) => (
    <option key={kind} value={kind}>
      {t(`relation.${kind}.from`, { event: '…' })}
    </option>
  ));
}
