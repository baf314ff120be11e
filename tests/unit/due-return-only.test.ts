// The expected date of a return only: the dossier is at the agency already; the result is
// collected on the agency's appointment day (or, unknown, counted as if filed on J) and carried back.
import { describe, expect, it } from 'vitest';
import { computeDue } from '../../shared/calendar/due-date';
import { WorkingCalendar } from '../../shared/calendar/working-calendar';

const calendar = new WorkingCalendar();
// Friday 27 Nov 2026, 09:00 in Sơn La; 10 working days of processing; 2 days of transit.
const due = (appointmentDay: string | null, service: 'send' | 'return' | 'both' = 'return') =>
  computeDue(calendar, { receivedAt: '2026-11-27T09:00:00+07:00', processing: { amount: 10, unit: 'workingDays' }, route: 'within-province', transitDays: 2, service, appointmentDay });

describe('return only due date', () => {
  it('is the appointment day plus the return transit, nothing counted for the way there', () => {
    expect(due('2026-12-04')).toMatchObject({ transitToAgencyDays: 0, atAgencyBy: '2026-11-27', decidedBy: '2026-12-04', returnTransitDays: 2, dueDate: '2026-12-08' });
  });

  it('moves an appointment on a rest day to the next working day, and one already past to J', () => {
    expect(due('2026-12-05')).toMatchObject({ decidedBy: '2026-12-07', dueDate: '2026-12-09' }); // a Saturday
    expect(due('2026-11-20')).toMatchObject({ decidedBy: '2026-11-27', dueDate: '2026-12-01' });
  });

  it('without the appointment day counts the processing from J: never earlier than the truth, two days sooner than a dossier the post carries', () => {
    const unknown = due(null);
    expect(unknown).toMatchObject({ decidedBy: '2026-12-11', dueDate: '2026-12-15' });
    expect(due(null, 'both')).toMatchObject({ decidedBy: '2026-12-15', dueDate: '2026-12-17' });
  });

  it('ignores an appointment day on the other services', () => {
    expect(due('2026-12-04', 'both').decidedBy).toBe('2026-12-15');
  });
});
