import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel error-panel" role="alert">
      <h2>{t('errors.panelFailed')}</h2>
      <p>{t('errors.panelFailedHint')}</p>
      <pre className="hint">{error.message}</pre>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('errors.tryAgain')}
        </button>
        <a className="button" href="#/" onClick={onRetry}>
          {t('errors.toEvents')}
        </a>
      </div>
    </section>
  );
}

/**
 * A render error stays in its screen or panel: the rest of the app goes on working, and the
 * event's data is never made unreadable by one bad record. `resetKey` starts it afresh (another
 * screen, another record).
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string },
  { error: Error | null; key: string | undefined }
> {
  override state: { error: Error | null; key: string | undefined } = {
    error: null,
    key: this.props.resetKey,
  };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(
    props: { resetKey?: string },
    state: { error: Error | null; key: string | undefined },
  ) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('render failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error)
      return <Fallback error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
