import { useI18n } from '../i18n/useI18n';
import { StatusMessage, useStatusMessage } from '../panels/copyWithStatus';
import { onFirstUse } from '../panels/onFirstUse';
import { useAppStoreApi } from '../store/useAppStore';
import { ensureRelations } from './relationsOnDemand';
import './exportControls.css';

const loadSaving = onFirstUse(() => import('../exports/saveExports'));

/** "Download the data", in About the data: the whole dataset as JSON or CSV, made in the page. */
export function DownloadData() {
  const { t } = useI18n();
  const { status, say } = useStatusMessage();
  const store = useAppStoreApi();
  const download = async (format: 'json' | 'csv') => {
    try {
      // The JSON holds the relations too: fetched here if no event has been selected yet.
      const [saving] = await Promise.all([loadSaving(), format === 'json' && ensureRelations(store)]);
      const { dataset } = store.getState();
      const name = format === 'json' ? saving.downloadDatasetJson(dataset) : saving.downloadDatasetCsv(dataset);
      say(t('download.started', { file: name }));
    } catch {
      say(t('download.failed'));
    }
  };
  return (
    <>
      <h3>{t('download.heading')}</h3>
      <p>{t('download.explain')}</p>
      <div className="download-buttons">
        <button type="button" className="header-button" onClick={() => void download('json')}>
          {t('download.json')}
        </button>
        <button type="button" className="header-button" onClick={() => void download('csv')}>
          {t('download.csv')}
        </button>
      </div>
      <StatusMessage status={status} />
    </>
  );
}
