// Last resort when a screen throws while drawing: a calm message instead of a blank window.
// Nothing typed here is sent anywhere; the ledger on disk is untouched by a drawing error.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[counter] screen error', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="centre-page">
        <main className="card card--narrow">
          <h1>{i18n.t('crash.title')}</h1>
          <p role="alert">{i18n.t('crash.body')}</p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {i18n.t('crash.reload')}
          </button>
        </main>
      </div>
    );
  }
}
