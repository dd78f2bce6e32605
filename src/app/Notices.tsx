import { describeProblem } from '../model/problemWords';
import { useI18n } from '../i18n/useI18n';
import { useAppStore } from '../store/useAppStore';

/** Dismisses a notice and moves focus to the next notice's button (or the previous one), not into the void. */
function dismissKeepingFocus(button: HTMLButtonElement, dismiss: () => void): void {
  const buttons = [...(button.closest('.notices')?.querySelectorAll<HTMLButtonElement>('.notice button') ?? [])];
  const at = buttons.indexOf(button);
  const next = buttons[at + 1] ?? buttons[at - 1];
  dismiss();
  next?.focus();
}

/** What the app could not use, and what it shows instead; announced politely to screen readers. */
export function Notices() {
  const i18n = useI18n();
  const notices = useAppStore((s) => s.notices);
  const problems = useAppStore((s) => s.datasetProblems);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {problems.length > 0 && (
        <div className="notice notice-data">
          <p>{i18n.t('notices.dataset', { count: problems.length })}</p>
          {/* The validator's own lines, technical English, as the data-checking command prints them. */}
          <ul lang="en">
            {problems.map(describeProblem).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {notices.map((n) => (
        <div className="notice" key={n.id}>
          <p>{n.text(i18n)}</p>
          <button
            type="button"
            onClick={(e) => dismissKeepingFocus(e.currentTarget, () => dismiss(n.id))}
            aria-label={i18n.t('notices.dismissNamed', { notice: n.text(i18n) })}
          >
            {i18n.t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
