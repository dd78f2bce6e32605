interface CloseButtonProps {
  /** What it closes, for screen readers: "Close the sources". */
  readonly label: string;
  /** The tooltip, which may name the key that does the same. */
  readonly title: string;
  /** The key that does the same, announced to screen readers (`Escape`). */
  readonly keyShortcut?: string;
  readonly onClose: () => void;
}

/** A panel's × button: a cross for the eye, its label for screen readers. */
export function CloseButton({ label, title, keyShortcut, onClose }: CloseButtonProps) {
  return (
    <button type="button" className="panel-close" aria-keyshortcuts={keyShortcut} title={title} onClick={onClose}>
      <span aria-hidden="true">×</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}
