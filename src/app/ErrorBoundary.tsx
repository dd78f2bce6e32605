import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What this part of the page is, for the message ("the timeline"). */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
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
    console.warn(`${this.props.name} failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="part-failed" role="alert">
        <p>
          Sorry: {this.props.name} stopped working ({error.message || 'an unknown error'}). The rest of the page still works.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Reset {this.props.name}
        </button>
      </div>
    );
  }
}
