import { StatusMessage, useStatusMessage } from '../panels/copyWithStatus';
import { onFirstUse } from '../panels/onFirstUse';
import { useAppStoreApi } from '../store/useAppStore';
import { ensureRelations } from './relationsOnDemand';
import './exportControls.css';

const loadSaving = onFirstUse(() => import('../exports/saveExports'));

/** "Download the data", in About the data: the whole dataset as JSON or CSV, made in the page. */
export function DownloadData() {
  const { status, say } = useStatusMessage();
  const store = useAppStoreApi();
  const download = async (format: 'json' | 'csv') => {
    try {
      // The JSON holds the relations too: fetched here if no event has been selected yet.
      const [saving] = await Promise.all([loadSaving(), format === 'json' && ensureRelations(store)]);
      const { dataset } = store.getState();
      const name = format === 'json' ? saving.downloadDatasetJson(dataset) : saving.downloadDatasetCsv(dataset);
      say(`Downloading ${name}.`);
    } catch {
      say('The file could not be made: check the connection and try again.');
    }
  };
  return (
    <>
      <h3>Download the data</h3>
      <p>JSON in this project’s own format, with the articles’ texts; or CSV, one row per citation.</p>
      <div className="download-buttons">
        <button type="button" className="header-button" onClick={() => void download('json')}>
          Download JSON
        </button>
        <button type="button" className="header-button" onClick={() => void download('csv')}>
          Download CSV
        </button>
      </div>
      <StatusMessage status={status} />
    </>
  );
}
