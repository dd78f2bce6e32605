import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

/** The parts of the page that fail on their own, each named in the catalogue ("the timeline"). */
export type PagePart = 'timeline' | 'sourcePanel' | 'articleView' | 'eventsList';

interface Props {
  /** Which part of the page this is, for the message. */
  readonly part: PagePart;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** What a failed part says, in the page's language, and the button that starts it again. */
function PartFailed({ part, error, onReset }: { part: PagePart; error: Error; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="part-failed" role="alert">
      <p>{t(`error.${part}.failed`, { error: error.message || t('error.unknown') })}</p>
      <button type="button" onClick={onReset}>
        {t(`error.${part}.reset`)}
      </button>
    </div>
  );
}

/**
 * Keeps a failure in one part of the page from taking down the rest: the part says what happened and
 * offers to start it again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.part} failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <PartFailed part={this.props.part} error={error} onReset={() => this.setState({ error: null })} />;
  }
}
