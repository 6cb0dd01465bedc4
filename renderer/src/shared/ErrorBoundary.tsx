/**
 * A view that throws while rendering shows what went wrong instead of a blank window.
 * (React only offers error boundaries as class components — the one class in the renderer.)
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props { children: ReactNode; where: string }
interface State { error: Error | null }

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
        <p><strong>{this.props.where ? `Visningen ${this.props.where} fejlede` : "Programmet fejlede"}:</strong> {error.message}</p>
        <p className="muted small">Dine data er gemt. Prøv igen, eller skift faneblad.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>Prøv igen</button>
      </div>
    );
  }
}
