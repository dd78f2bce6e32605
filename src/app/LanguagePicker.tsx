import { useId, useRef, useState } from 'react';
import { LANGUAGES, LOCALES } from '../i18n/languages';
import { useI18n } from '../i18n/useI18n';
import { useAppStore } from '../store/useAppStore';
import { fromThisPage, languagePageHref, languagePagePath } from './languageLinks';
import './LanguagePicker.css';

/**
 * The language picker: a button that shows the page's language and opens the list of the three, each named in
 * its own language. Each is a link to the same view in that language (its folder, the same event page, the same
 * query), written when the reader is about to follow it, so it opens what is on screen then; a link rather than
 * a select that navigates on change, so that arrowing through the choices moves nowhere until one is chosen.
 */
export function LanguagePicker() {
  const { language, t } = useI18n();
  const selectedId = useAppStore((s) => s.selectedId);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const pointAtView = (e: { currentTarget: HTMLAnchorElement }) => {
    const chosen = e.currentTarget.hreflang;
    const target = LANGUAGES.find((l) => l === chosen);
    if (target) e.currentTarget.href = languagePageHref(location.href, target, navigator.languages);
  };
  return (
    <nav
      className="language-picker"
      aria-label={t('language.picker')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
      // The list closes when focus moves to something else (Tab, another control).
      onBlur={(e) => {
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="header-button language-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <svg className="language-globe" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" />
          <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
          <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
        </svg>
        <span lang={language}>{LOCALES[language].name}</span>
      </button>
      <ul id={listId} className="language-choices" hidden={!open}>
        {LANGUAGES.map((choice) => (
          <li key={choice}>
            {/* Written in full (the view's query too) as it is followed; until then, the language's page of what is
                shown, so the link leads somewhere for a crawler or a reader without JavaScript. */}
            <a
              href={
                open
                  ? languagePageHref(location.href, choice, navigator.languages)
                  : fromThisPage(languagePagePath(selectedId, choice), typeof location === 'undefined' ? undefined : location.href)
              }
              hrefLang={choice}
              lang={choice}
              aria-current={choice === language ? 'true' : undefined}
              onPointerDown={pointAtView}
              onFocus={pointAtView}
              onClick={pointAtView}
            >
              {LOCALES[choice].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
