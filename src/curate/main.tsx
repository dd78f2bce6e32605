import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLanguagePack } from '../app/languagePack';
import { applyThemeChoice, readThemeChoice } from '../app/theme';
import '../app/pageStyles';
import { createCurateI18n, fetchCurateCatalogue } from '../i18n/curateWords';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import { fetchLaterCatalogue } from '../i18n/laterWords';
import { TIMELINE } from '../model/timeline';
import { CurateI18nProvider } from './CurateI18nProvider';
import { WorkbenchContext } from './context';
import { createWorkbenchStore } from './workbenchStore';
import { Workbench } from './Workbench';
import './curate.css';

applyThemeChoice(readThemeChoice());

/** The workbench in the language `?lang=` names (English by default), once all its words have come: the page's language, complete, and the workbench's own. */
async function start(): Promise<void> {
  const asked = new URLSearchParams(location.search).get('lang') ?? '';
  const language = isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
  const [pack, later, curate] = await Promise.all([
    loadLanguagePack(language),
    fetchLaterCatalogue(language),
    fetchCurateCatalogue(language),
  ]);
  const i18n = createCurateI18n(language, { catalogue: pack.catalogue, later, curate }, pack.words, pack.translation ?? TIMELINE);
  document.documentElement.lang = language;
  document.title = i18n.t('curate.pageTitle');
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <CurateI18nProvider i18n={i18n}>
        <WorkbenchContext.Provider value={createWorkbenchStore()}>
          <Workbench />
        </WorkbenchContext.Provider>
      </CurateI18nProvider>
    </StrictMode>,
  );
}

void start();
