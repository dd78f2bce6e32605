import { memo, useEffect, useState } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { useCurateI18n } from './useCurateI18n';
import { SourcePanel } from '../panels/SourcePanel';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createAppStore } from '../store/store';
import { Timeline } from '../timeline/Timeline';
import { useChecked } from './context';

/**
 * The draft on the reader's own timeline and source panel: the events and links that pass the validator, as a
 * reader would see them. Choosing a mark opens that event's form.
 */
export const Preview = memo(function Preview({ onChoose }: { onChoose(id: string): void }) {
  const { t } = useCurateI18n();
  const { dataset } = useChecked();
  const [store] = useState(() => createAppStore({ dataset }));
  useEffect(() => store.getState().loadDataset(dataset), [store, dataset]);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedId !== null && state.selectedId !== previous.selectedId) onChoose(state.selectedId);
      }),
    [store, onChoose],
  );
  return (
    <section className="curate-preview" aria-labelledby="curate-preview-heading">
      <h2 id="curate-preview-heading">{t('curate.preview.heading')}</h2>
      <p className="curate-hint">{t('curate.preview.hint')}</p>
      <AppStoreProvider store={store}>
        <ErrorBoundary part="timeline">
          <Timeline />
        </ErrorBoundary>
        <ErrorBoundary part="sourcePanel">
          <SourcePanel />
        </ErrorBoundary>
      </AppStoreProvider>
    </section>
  );
});
