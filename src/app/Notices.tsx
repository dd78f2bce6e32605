import { useAppStore } from '../store/store';

/** What the app could not use, and what it shows instead; announced politely to screen readers. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const problems = useAppStore((s) => s.datasetProblems);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {problems.length > 0 && (
        <div className="notice notice-data">
          <p>
            {problems.length} problem{problems.length === 1 ? '' : 's'} in the dataset; the events affected are left out:
          </p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.where}: ${p.message}`}>
                {p.where}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.map((n) => (
        <div className="notice" key={n.id}>
          <p>{n.message}</p>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={`Dismiss: ${n.message}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
