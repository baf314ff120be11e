// How any screen opens the dossier register: `useOpenDossier()` gives `openDossier(ref)` (a slip
// number, an S10 or the receipt QR's text) and `findDossier()` (the "Tìm hồ sơ" search). The
// provider is DossierRegisterLayer, around every area of the shell.
import { createContext, useContext } from 'react';

export interface DossierNavigation {
  openDossier(ref: string): void;
  findDossier(): void;
}

export const DossierNavigationContext = createContext<DossierNavigation | null>(null);

export function useOpenDossier(): DossierNavigation {
  const nav = useContext(DossierNavigationContext);
  if (!nav) throw new Error('useOpenDossier outside <DossierRegisterLayer>');
  return nav;
}
