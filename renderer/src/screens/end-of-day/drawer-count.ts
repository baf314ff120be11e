// The typed note and coin boxes as the contract's drawer count (`drawerCount` in
// shared/contract/day.ts): the lines counted, or null while a box holds something refused.
import { coinValues, noteValues, type DrawerCount } from '../../../../shared/contract/day';
import { readCounts } from './count-input';
import type { TypedCounts } from './DenominationCount';

export interface TypedDrawer {
  notes: TypedCounts;
  coins: TypedCounts;
}

export const emptyDrawer: TypedDrawer = { notes: {}, coins: {} };

export function toDrawerCount(typed: TypedDrawer): DrawerCount | null {
  const notes = readCounts(noteValues, typed.notes);
  const coins = readCounts(coinValues, typed.coins);
  if (notes.refused.length + coins.refused.length > 0) return null;
  return [...notes.lines.map((l) => ({ ...l, coin: false })), ...coins.lines.map((l) => ({ ...l, coin: true }))];
}
