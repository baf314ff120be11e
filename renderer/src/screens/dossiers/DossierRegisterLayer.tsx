// The dossier register over whatever area is open: F3 or Ctrl+K opens "Tìm hồ sơ" from anywhere,
// a scanned slip number or S10 (focus outside any text field) opens its dossier directly, and
// Esc goes back. The area underneath stays mounted (hidden), so a form half filled is intact.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { readRegisterQuery } from '../../../../shared/dossier/register-query';
import { DossierPage } from './DossierPage';
import { FindDossier } from './FindDossier';
import { DossierNavigationContext, type DossierNavigation } from './open-dossier';
import { isTextEntry, ScanDetector } from './scan-detector';

type View = { kind: 'closed' } | { kind: 'find' } | { kind: 'dossier'; ref: string; fromFind: boolean };

export function DossierRegisterLayer(props: { children: ReactNode }) {
  const [view, setView] = useState<View>({ kind: 'closed' });
  /** Where the cursor was before the register opened, to put it back on closing. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const scans = useRef(new ScanDetector());

  const remember = useCallback(() => {
    if (view.kind === 'closed' && document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
  }, [view.kind]);

  const nav = useMemo<DossierNavigation>(
    () => ({
      openDossier: (ref) => {
        remember();
        setView({ kind: 'dossier', ref, fromFind: false });
      },
      findDossier: () => {
        remember();
        setView({ kind: 'find' });
      },
    }),
    [remember],
  );

  const close = useCallback(() => {
    setView({ kind: 'closed' });
    // After the area is shown again.
    setTimeout(() => returnFocus.current?.focus(), 0);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F3' || (e.ctrlKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === 'k')) {
        e.preventDefault();
        nav.findDossier();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
      const scanned = scans.current.key(e.key, e.timeStamp);
      if (scanned === null) return;
      const q = readRegisterQuery(scanned);
      if (q.kind !== 'slip' && q.kind !== 's10') return;
      e.preventDefault();
      nav.openDossier(scanned);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav]);

  return (
    <DossierNavigationContext.Provider value={nav}>
      <div hidden={view.kind !== 'closed'}>{props.children}</div>
      {view.kind === 'find' && <FindDossier onOpen={(ref) => setView({ kind: 'dossier', ref, fromFind: true })} onClose={close} />}
      {view.kind === 'dossier' && (
        <DossierPage key={view.ref} dossierRef={view.ref} onBack={view.fromFind ? () => setView({ kind: 'find' }) : close} />
      )}
    </DossierNavigationContext.Provider>
  );
}
