// The centre_directives row a centre.* entry implies (migration 20): written by apply-directive.ts
// in the entry's transaction, rebuilt from the entry by `ledger verify` (ledger/read-models.ts).
import { directiveKinds } from '../../../shared/sync/protocol';
import type { YearOverrides } from '../../../shared/calendar/overrides';
import { canonicalJson } from '../../../shared/ledger/canonical-json';
import { refusedDirectiveEntryKind } from '../../../shared/sync/directives';

export const centreDirectiveColumns = ['kind', 'outcome', 'published_by', 'entry_seq'] as const;

export function centreDirectiveRow(kind: string, p: Record<string, unknown>, seq: number): Record<string, string | number> | null {
  if (!kind.startsWith('centre.') || typeof p.directiveId !== 'number') return null;
  const directiveKind = kind === refusedDirectiveEntryKind ? p.kind : kind.slice('centre.'.length);
  if (!(directiveKinds as readonly unknown[]).includes(directiveKind)) return null;
  return { directive_id: p.directiveId, kind: directiveKind as string, outcome: String(p.outcome), published_by: String(p.publishedBy), entry_seq: seq };
}

/** The entry kinds of a manager's decision on a money proposal from the centre, by decision. */
export const proposalDecisionKinds = { accept: 'sync.proposal_accepted', reject: 'sync.proposal_rejected' } as const;

/** The outcome a manager's decision entry gives its directive's row, or null for other entries. */
export function centreDirectiveDecision(kind: string, p: Record<string, unknown>): { directiveId: number; outcome: 'accepted' | 'rejected' } | null {
  if (typeof p.directiveId !== 'number') return null;
  if (kind === proposalDecisionKinds.accept) return { directiveId: p.directiveId, outcome: 'accepted' };
  if (kind === proposalDecisionKinds.reject) return { directiveId: p.directiveId, outcome: 'rejected' };
  return null;
}

/** A year of holiday decisions as centre_calendar_years keeps it: the fields of the year, canonical JSON. */
export function calendarYearText(y: YearOverrides): string {
  return canonicalJson({ year: y.year, occasions: y.occasions, daysOff: y.daysOff, workingSaturdays: y.workingSaturdays });
}

/** The centre_calendar_years row an applied calendar.override entry implies, or null for other entries. */
export function centreCalendarRow(kind: string, p: Record<string, unknown>, seq: number): Record<string, string | number> | null {
  if (kind !== 'centre.calendar.override' || p.outcome !== 'applied') return null;
  return { year: p.year as number, overrides: calendarYearText(p as unknown as YearOverrides), entry_seq: seq };
}

/** The centre_tariff row an applied tariff.version entry implies (its `tariff`, canonical JSON), or null. */
export function centreTariffRow(kind: string, p: Record<string, unknown>, seq: number): Record<string, string | number> | null {
  if (kind !== 'centre.tariff.version' || p.outcome !== 'applied') return null;
  const tariff = p.tariff as { version: string };
  return { id: 1, version: tariff.version, tariff: canonicalJson(tariff), entry_seq: seq };
}
