// The overdue lists: open dossiers past their due date, per step, and two views the counter acts
// on — at the agency with no result by the due date, and results back that have not reached the
// citizen. Each list is read per status through the dossiers (status, due_date) index, never by
// scanning every dossier.
import { addDays, dayNumber, vietnamTime } from '../../../shared/calendar/day';
import type { CommandArgs, CommandOutput } from '../../../shared/contract/commands';
import { atAgencyStatuses, overdueStatuses, resultBackStatuses } from '../../../shared/dossier/overdue';
import type { DossierStatus } from '../../../shared/dossier/lifecycle';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { currentFromColumns, recordedApplicantColumns, type RecordedApplicantColumns } from './current-applicant';

type Output = CommandOutput<'dossiers.overdue'>;
type Row = Output['byStatus'][number]['dossiers'][number];
type Found = Omit<Row, 'daysLate' | 'applicantName' | 'phone'> & RecordedApplicantColumns;

const columns = `d.slip_number AS slipNumber, d.s10 AS s10, d.status AS status, d.due_date AS dueDate, s.at AS since,
  ${recordedApplicantColumns},
  json_extract(e.payload, '$.procedure.name') AS procedureName
  FROM dossiers d JOIN entries e ON e.seq = d.entry_seq JOIN entries s ON s.seq = d.status_seq`;

/** The statements, one status at a time (tests/integration/home-delivery.test.ts reads their plans). */
export const overdueSql = {
  pastDue: `SELECT ${columns} WHERE d.status = ? AND d.due_date < ? ORDER BY d.due_date, d.slip_number LIMIT ?`,
  pastDueCount: 'SELECT COUNT(*) AS n FROM dossiers WHERE status = ? AND due_date < ?',
  // Since the entry that put it in its status: the last step taken towards the citizen.
  waiting: `SELECT ${columns} WHERE d.status = ? AND s.at < ? ORDER BY s.at, d.slip_number LIMIT ?`,
  waitingCount: 'SELECT COUNT(*) AS n FROM dossiers d JOIN entries s ON s.seq = d.status_seq WHERE d.status = ? AND s.at < ?',
};

export class OverdueLists {
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.sql = {
      pastDue: db.prepare(overdueSql.pastDue),
      pastDueCount: db.prepare(overdueSql.pastDueCount),
      waiting: db.prepare(overdueSql.waiting),
      waitingCount: db.prepare(overdueSql.waitingCount),
    };
  }

  overdue(args: CommandArgs<'dossiers.overdue'>): Output {
    const now = this.clock.now();
    const today = vietnamTime(now.toISOString()).day;
    const late = ({ recorded_applicant, recorded_return_method, ...r }: Found): Row => {
      // The name and phone to call are the corrected ones, if they were corrected.
      const now = currentFromColumns(this.db, r.slipNumber, { recorded_applicant, recorded_return_method });
      return { ...r, applicantName: now.applicantName, phone: now.phone, daysLate: Math.max(0, dayNumber(today) - dayNumber(r.dueDate)) };
    };
    const pastDue = (status: DossierStatus) => ({
      status,
      total: (this.sql.pastDueCount.get(status, today) as { n: number }).n,
      dossiers: (this.sql.pastDue.all(status, today, args.limit) as Found[]).map(late),
    });
    const byStatus = overdueStatuses.map(pastDue).filter((g) => g.total > 0);
    const merge = (groups: { total: number; dossiers: Row[] }[], order: (a: Row, b: Row) => number) => ({
      total: groups.reduce((n, g) => n + g.total, 0),
      dossiers: groups.flatMap((g) => g.dossiers).sort(order).slice(0, args.limit),
    });
    const awaitingAgency = merge(
      byStatus.filter((g) => atAgencyStatuses.includes(g.status)),
      (a, b) => a.dueDate.localeCompare(b.dueDate),
    );
    // Listed from the start of the Vietnamese day N days back, so the list does not change within a day.
    const cutoff = new Date(Date.parse(`${addDays(today, -args.uncollectedDays)}T00:00:00+07:00`)).toISOString();
    const uncollected = merge(
      resultBackStatuses.map((status) => ({
        total: (this.sql.waitingCount.get(status, cutoff) as { n: number }).n,
        dossiers: (this.sql.waiting.all(status, cutoff, args.limit) as Found[]).map(late),
      })),
      (a, b) => a.since.localeCompare(b.since),
    );
    return { today, uncollectedDays: args.uncollectedDays, byStatus, awaitingAgency, uncollected };
  }
}
