/**
 * A view that throws while rendering shows what went wrong instead of a blank window.
 * (React only offers error boundaries as class components — the one class in the renderer.)
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';
import { ns } from './i18n';

interface Props {
  children: ReactNode;
  where: string;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-bar crash" role="alert">
        <p>
          <strong>
            {this.props.where ? i18n.t('viewFailed', { ns, where: this.props.where }) : i18n.t('appFailed', { ns })}:
          </strong>{' '}
          {error.message}
        </p>
        <p className="muted small">{i18n.t('dataSaved', { ns })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {i18n.t('retry', { ns })}
        </button>
      </div>
    );
  }
}
