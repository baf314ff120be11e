// The counter's screens: set-up, sign-in, lock and the working shell, chosen from
// `app.status` at start and after each change of who is signed in.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiContext } from './api/api-context';
import { createClient, newActionKey } from './api/client';
import { guardClient, type SessionLoss } from './api/guarded-client';
import { viewFromStatus, type CounterInfo, type View } from './app-state';
import { DraftContext, DraftStore } from './hooks/use-draft';
import { currentLanguage } from './i18n';
import { LockScreen } from './screens/LockScreen';
import { SetupScreen } from './screens/SetupScreen';
import { Shell } from './screens/Shell';
import { SignInScreen } from './screens/SignInScreen';

export function App() {
  const { t } = useTranslation();
  const [view, setViewState] = useState<View>({ kind: 'loading' });
  const [counter, setCounter] = useState<CounterInfo | null>(null);
  const drafts = useMemo(() => new DraftStore(), []);
  const draftOwner = useRef<string | null>(null);

  /** Every change of screen passes here, so unsaved drafts never pass from one person to another. */
  const setView = useCallback(
    (next: View | ((current: View) => View)) => {
      setViewState((current) => {
        const view = typeof next === 'function' ? next(current) : next;
        const owner = view.kind === 'shell' ? view.user.id : view.kind === 'signIn' || view.kind === 'setup' ? null : draftOwner.current;
        if (owner !== draftOwner.current) drafts.clear();
        draftOwner.current = owner;
        return view;
      });
    },
    [drafts],
  );

  const onSessionLoss = useRef<(code: SessionLoss, message: string) => void>(() => {});
  onSessionLoss.current = (code, message) => {
    if (code === 'SESSION_LOCKED') setView((v) => (v.kind === 'shell' ? { ...v, locked: true } : v));
    else setView({ kind: 'signIn', notice: message });
  };

  const api = useMemo(
    () =>
      guardClient(createClient(currentLanguage), currentLanguage, (code, error) =>
        onSessionLoss.current(code, error.message),
      ),
    [],
  );

  const refreshStatus = useCallback(async () => {
    const result = await api.call('app.status', {});
    if (!result.ok) {
      setView({ kind: 'unreachable', message: result.error.message });
      return;
    }
    setCounter(result.value.counter);
    setView(viewFromStatus(result.value));
  }, [api, setView]);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus]);

  let screen;
  switch (view.kind) {
    case 'loading':
      screen = (
        <div className="centre-page">
          <main className="card card--narrow" aria-busy="true">
            <p className="brand-line">{t('app.title')}</p>
            <p className="lead">{t('app.loading')}</p>
          </main>
        </div>
      );
      break;
    case 'unreachable':
      screen = (
        <div className="centre-page">
          <main className="card card--narrow">
            <p className="brand-line">{t('app.title')}</p>
            <h1>{t('app.unreachableTitle')}</h1>
            <p role="alert" className="notice notice--error">
              {view.message}
            </p>
            <div className="actions">
              <button type="button" className="button button--primary" onClick={() => void refreshStatus()}>
                {t('app.retry')}
              </button>
            </div>
          </main>
        </div>
      );
      break;
    case 'setup':
      screen = <SetupScreen onDone={() => void refreshStatus()} />;
      break;
    case 'signIn':
      screen = <SignInScreen counter={counter} notice={view.notice} onSignedIn={() => void refreshStatus()} />;
      break;
    case 'shell':
      // While locked the working screen is taken down (its unsaved input is kept as drafts).
      screen = view.locked ? (
        <LockScreen
          user={view.user}
          counter={counter}
          onUnlocked={() => void refreshStatus()}
          onSwitchUser={() => {
            // Ends the locked session (recorded as the user's sign-out) before handing the screen over.
            void api.call('auth.signOut', { idempotencyKey: newActionKey() }).finally(() => setView({ kind: 'signIn' }));
          }}
        />
      ) : (
        counter && (
          <Shell
            key={view.user.id}
            user={view.user}
            counter={counter}
            onLocked={() => setView((v) => (v.kind === 'shell' ? { ...v, locked: true } : v))}
            onSignedOut={() => setView({ kind: 'signIn' })}
            onCounterChanged={() => void refreshStatus()}
          />
        )
      );
      break;
  }

  return (
    <ApiContext.Provider value={api}>
      <DraftContext.Provider value={drafts}>{screen}</DraftContext.Provider>
    </ApiContext.Provider>
  );
}
