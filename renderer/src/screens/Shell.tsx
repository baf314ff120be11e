// The working screen once signed in: navigation on the left, the current area, the status bar.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/commands';
import type { CounterInfo } from '../app-state';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/Notice';
import { useAction } from '../hooks/use-action';
import { useDraft } from '../hooks/use-draft';
import { useIdleLock } from '../hooks/use-idle-lock';
import { AdminArea } from './admin/AdminArea';
import { altDigit, areasFor, defaultArea, type AreaId } from './areas';
import { HandoverArea } from './handover/HandoverArea';
import { ComingArea } from './ComingArea';
import { SyncArea } from './sync/SyncArea';
import { ResultsArea } from './results/ResultsArea';
import { DevicesArea } from './devices/DevicesArea';
import { EndOfDayArea } from './end-of-day/EndOfDayArea';
import { DossierRegisterLayer } from './dossiers/DossierRegisterLayer';
import { IntakeArea } from './intake/IntakeArea';
import { LookupArea } from './lookup/LookupArea';
import { NavBar } from './NavBar';
import { StatusBar } from './StatusBar';

export function Shell(props: {
  user: SessionUser;
  counter: CounterInfo;
  onLocked: () => void;
  onSignedOut: () => void;
  onCounterChanged: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const signOut = useAction('auth.signOut');
  const [area, setArea] = useDraft<AreaId>('shell.area', defaultArea);
  const heading = useRef<HTMLHeadingElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const focusHeading = useRef(false);
  const visible = useMemo(() => areasFor(props.user.role), [props.user.role]);
  const { onLocked } = props;

  const lock = useCallback(async () => {
    const result = await api.call('auth.lock', {});
    // Locked here whatever the answer (the counter may be unreachable): unlocking needs the PIN.
    if (result.ok || result.error.code !== 'NOT_SIGNED_IN') onLocked();
  }, [api, onLocked]);

  useIdleLock(
    props.counter.idleLockMinutes,
    true,
    () => void lock(),
    () => void api.call('auth.heartbeat', {}),
  );

  /** The cursor's starting point in an area: the control it marks data-autofocus (the lookup's search field), else its title. */
  const focusStart = useCallback(() => {
    (content.current?.querySelector<HTMLElement>('[data-autofocus]') ?? heading.current)?.focus();
  }, []);

  const open = useCallback((id: AreaId, moveFocus: boolean) => {
    focusHeading.current = moveFocus;
    setArea(id);
    if (moveFocus) focusStart();
  }, [setArea, focusStart]);

  // Arriving (after sign-in or unlock), the cursor starts at the area's title or its marked control.
  useEffect(() => focusStart(), [focusStart]);

  useEffect(() => {
    if (focusHeading.current) focusStart();
    focusHeading.current = false;
  }, [area, focusStart]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const digit = altDigit(e);
      const target = digit && visible.find((a) => a.digit === digit);
      if (!target) return;
      e.preventDefault();
      open(target.id, true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [visible, open]);

  async function doSignOut() {
    const result = await signOut.run({});
    if (result?.ok) props.onSignedOut();
  }

  const current = visible.some((a) => a.id === area) ? area : defaultArea;
  return (
    <div className="shell">
      <NavBar areas={visible} current={current} onOpen={(id) => open(id, false)} />
      <main className="shell__main" aria-labelledby="area-title">
        <div className="shell__content" ref={content}>
          <h1 id="area-title" ref={heading} tabIndex={-1}>
            {t(`nav.${current}`)}
          </h1>
          <ErrorAlert message={signOut.error?.message} />
          <DossierRegisterLayer>
          {current === 'admin' ? (
            <AdminArea counter={props.counter} onCounterChanged={props.onCounterChanged} />
          ) : current === 'lookup' ? (
            <LookupArea onOpenArea={(id) => open(id, true)} />
          ) : current === 'devices' ? (
            <DevicesArea role={props.user.role} />
          ) : current === 'intake' ? (
            <IntakeArea onOpenArea={(id) => open(id, true)} />
          ) : current === 'batches' ? (
            <HandoverArea />
          ) : current === 'handover' ? (
            <ResultsArea />
          ) : current === 'endOfDay' ? (
            <EndOfDayArea user={props.user} />
          ) : current === 'sync' ? (
            <SyncArea />
          ) : (
            <ComingArea area={current} />
          )}
          </DossierRegisterLayer>
        </div>
      </main>
      <StatusBar
        user={props.user}
        counter={props.counter}
        onLock={() => void lock()}
        onSignOut={() => void doSignOut()}
      />
    </div>
  );
}
