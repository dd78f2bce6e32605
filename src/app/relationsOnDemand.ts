import { loadDatasetRelations } from '../data/dataset';
import type { LaterWords } from '../i18n/laterWords';
import type { DataTranslation } from '../model/translations';
import { localizeRelations } from '../model/localizeDataset';
import type { AppStore } from '../store/store';
import type { LanguagePack } from './languagePack';

const loading = new WeakMap<AppStore, Promise<void>>();
/** The translation each page's relations are given in: the page's language pack's. */
const translations = new WeakMap<AppStore, DataTranslation>();

/**
 * Adds the relations between events to the page's dataset, fetching their chunk the first time they are wanted;
 * a failed fetch (the network dropped) is tried again the next time.
 */
export function ensureRelations(store: AppStore): Promise<void> {
  const known = loading.get(store);
  if (known) return known;
  const loaded = loadDatasetRelations().then(
    ({ relations, problems }) => {
      const { dataset, datasetProblems, loadDataset } = store.getState();
      loadDataset({ ...dataset, relations: localizeRelations(relations, translations.get(store)) }, [...datasetProblems, ...problems]);
    },
    (error: unknown) => {
      loading.delete(store);
      throw error;
    },
  );
  loading.set(store, loaded);
  return loaded;
}

/**
 * The relations are shown for the selected event only (in the source panel and between the marks), so they are
 * fetched when a reader first selects an event, or at once on a page that opens on one (an event's own page,
 * which starts only after its first paint). A reader who selects nothing never downloads them. Their notes are
 * given in the language of the page's pack; the words of what a selection opens (the relations' kinds, the
 * citation forms, the article: the page's later words, `words`) are fetched with them.
 */
export function loadRelationsOnSelection(
  store: AppStore,
  pack?: Pick<LanguagePack, 'translation'>,
  words?: Pick<LaterWords<unknown>, 'load'>,
): () => void {
  if (pack?.translation) translations.set(store, pack.translation);
  const stop = store.subscribe(
    (s) => s.selectedId,
    (id) => {
      if (id === null) return;
      // A view that wants the words and finds them missing asks again, and shows the failure.
      words?.load().catch(() => {});
      ensureRelations(store).then(
        () => stop(),
        () => {},
      );
    },
    { fireImmediately: true },
  );
  return stop;
}
