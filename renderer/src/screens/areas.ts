// The shell's areas, in navigation order; Alt+<digit> opens the area with that shortcut.
import type { Role } from '../../../shared/contract/fields';

export type AreaId = 'lookup' | 'intake' | 'handover' | 'endOfDay' | 'sync' | 'devices' | 'admin' | 'batches';

export interface Area {
  id: AreaId;
  digit: string;
  /** Who sees the area; everyone signed in when absent. */
  roles?: readonly Role[];
}

export const areas: readonly Area[] = [
  { id: 'lookup', digit: '1' },
  { id: 'intake', digit: '2' },
  { id: 'handover', digit: '3' },
  { id: 'endOfDay', digit: '4' },
  { id: 'sync', digit: '5' },
  { id: 'devices', digit: '6' },
  { id: 'admin', digit: '7', roles: ['manager'] },
  // Handover to the one-stop departments (renderer/src/screens/handover/); Alt+3 is the results returned to citizens.
  { id: 'batches', digit: '8' },
];

export const defaultArea: AreaId = 'lookup';

export function areasFor(role: Role): Area[] {
  return areas.filter((a) => !a.roles || a.roles.includes(role));
}

/** The digit of an Alt+<digit> press (top row or keypad), or null. */
export function altDigit(e: KeyboardEvent): string | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const match = /^(?:Digit|Numpad)([0-9])$/.exec(e.code);
  if (match) return match[1] ?? null;
  return /^[0-9]$/.test(e.key) ? e.key : null;
}
