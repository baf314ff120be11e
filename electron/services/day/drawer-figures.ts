// The expected-cash formula, the one place it is written:
//   expected = float + cash taken − change given − refunds of voids − cash out + cash in
// where cash taken is what citizens handed over in cash (fees on behalf and postal charges at
// intake, fees collected when a result is returned), so the change given comes back out of it.
// Transfers never reach the drawer; they are listed by reference.
import type { Figure } from '../../../shared/contract/day';

/** A day line as the formula reads it (day_lines columns). */
export interface DrawerLine {
  seq: number;
  kind: string;
  slip_number: string | null;
  method: string | null;
  reference: string | null;
  fees_vnd: number;
  postal_vnd: number;
  tendered_vnd: number;
  change_vnd: number;
  cash_vnd: number;
}

/** Which lines make each figure of a drawer, and what each adds (also the drill-down's rule). */
export const drawerFigureRules = {
  cashTaken: (l: DrawerLine) => (l.tendered_vnd > 0 ? l.tendered_vnd : null),
  feesCash: (l: DrawerLine) => (l.kind === 'dossier.received' && l.method === 'cash' && l.fees_vnd > 0 ? l.fees_vnd : null),
  postalCash: (l: DrawerLine) => (l.kind === 'dossier.received' && l.method === 'cash' && l.postal_vnd > 0 ? l.postal_vnd : null),
  returnFeesCash: (l: DrawerLine) => (l.kind === 'result.returned' && l.method === 'cash' ? l.fees_vnd : null),
  changeGiven: (l: DrawerLine) => (l.change_vnd > 0 ? l.change_vnd : null),
  voidRefunds: (l: DrawerLine) => (l.kind === 'dossier.voided' && l.method === 'cash' ? -l.cash_vnd : null),
  cashOut: (l: DrawerLine) => (l.kind === 'drawer.cash_moved' && l.method === 'out' ? -l.cash_vnd : null),
  cashIn: (l: DrawerLine) => (l.kind === 'drawer.cash_moved' && l.method === 'in' ? l.cash_vnd : null),
} as const;

export type DrawerFigureName = keyof typeof drawerFigureRules;

/** Adds up the lines a rule takes; `drill` is the key day.drill answers with the same lines. */
export function sumFigure<L>(lines: readonly L[], rule: (l: L) => number | null, drill: string): Figure {
  let vnd = 0;
  let count = 0;
  for (const l of lines) {
    const v = rule(l);
    if (v === null) continue;
    vnd += v;
    count += 1;
  }
  return { vnd, count, drill };
}

export function drawerFigures(floatVnd: number, lines: readonly DrawerLine[], drillPrefix = 'drawer') {
  const f = Object.fromEntries(
    (Object.keys(drawerFigureRules) as DrawerFigureName[]).map((name) => [name, sumFigure(lines, drawerFigureRules[name], `${drillPrefix}:${name}`)]),
  ) as Record<DrawerFigureName, Figure>;
  const expectedVnd = floatVnd + f.cashTaken.vnd - f.changeGiven.vnd - f.voidRefunds.vnd - f.cashOut.vnd + f.cashIn.vnd;
  const transfers = lines
    .filter((l) => l.method === 'transfer' && (l.kind === 'dossier.received' || l.kind === 'result.returned' || l.kind === 'dossier.voided'))
    .map((l) => ({
      seq: l.seq,
      slipNumber: l.slip_number,
      reference: l.reference ?? '',
      vnd: l.fees_vnd + (l.kind === 'result.returned' ? 0 : l.postal_vnd),
      what: l.kind === 'dossier.received' ? ('intake' as const) : l.kind === 'result.returned' ? ('returnFee' as const) : ('voidRefund' as const),
    }));
  return { ...f, expectedVnd, transfers };
}
