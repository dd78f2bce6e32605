import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nOf, loadLanguagePack } from '../app/languagePack';
import { applyThemeChoice, readThemeChoice } from '../app/theme';
import '../app/pageStyles';
import { I18nProvider } from '../i18n/I18nProvider';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import { WorkbenchContext } from './context';
import { createWorkbenchStore } from './workbenchStore';
import { Workbench } from './Workbench';
import './curate.css';

applyThemeChoice(readThemeChoice());

/** The workbench in the language `?lang=` names (English by default), once all its words have come. */
async function start(): Promise<void> {
  const asked = new URLSearchParams(location.search).get('lang') ?? '';
  const language = isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
  const i18n = await i18nOf(await loadLanguagePack(language)).later.load();
  document.documentElement.lang = language;
  document.title = i18n.t('curate.pageTitle');
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <WorkbenchContext.Provider value={createWorkbenchStore()}>
          <Workbench />
        </WorkbenchContext.Provider>
      </I18nProvider>
    </StrictMode>,
  );
}

void start();
