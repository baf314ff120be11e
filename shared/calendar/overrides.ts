// The published decisions that the computed holidays cannot know: which five days Tết takes,
// which day goes with 2 September, extra days off and the Saturdays worked to swap for them.
// The Prime Minister sets these each year, so they are data (resources/calendar/overrides.json).
import { z } from 'zod';
import { isDay, weekday, yearOf } from './day';

/** The Labour Code's occasions (art. 112), each computed for a year unless a decision replaces it. */
export const occasionIds = ['newYear', 'tet', 'hungKings', 'reunification', 'labourDay', 'nationalDay'] as const;
export type OccasionId = (typeof occasionIds)[number];

const day = z.string().refine(isDay, { error: 'a real day, YYYY-MM-DD' });
const text = z.string().trim().min(1).max(500);
/** Every entry names where it comes from; `note` says what is not confirmed. */
const provenance = { source: text, note: text.optional() };

const datedEntry = z.object({ date: day, name: text, ...provenance }).strict();

/** One year's decisions; also what the province hub publishes as a `calendar.override` directive. */
export const yearOverrides = z
  .object({
    year: z.number().int().min(1900).max(2199),
    /** Replaces all the computed days of an occasion (and their compensatory days); [] removes them. */
    occasions: z.partialRecord(z.enum(occasionIds), z.object({ days: z.array(day), ...provenance }).strict()).default({}),
    /** Days off beyond the Labour Code's, e.g. the weekday swapped for a working Saturday. */
    daysOff: z.array(datedEntry).default([]),
    /** Saturdays worked in exchange for a day off: working days for the agencies. */
    workingSaturdays: z.array(datedEntry).default([]),
  })
  .strict()
  .superRefine((y, ctx) => {
    const days = [
      ...Object.entries(y.occasions).flatMap(([occasion, o]) => o.days.map((d, i) => ({ d, path: ['occasions', occasion, 'days', i] }))),
      ...y.daysOff.map((e, i) => ({ d: e.date, path: ['daysOff', i, 'date'] })),
      ...y.workingSaturdays.map((e, i) => ({ d: e.date, path: ['workingSaturdays', i, 'date'] })),
    ];
    for (const { d, path } of days) {
      if (yearOf(d) !== y.year) ctx.addIssue({ code: 'custom', message: `${d} is not in ${y.year}`, path });
    }
    y.workingSaturdays.forEach((e, i) => {
      if (weekday(e.date) !== 6) ctx.addIssue({ code: 'custom', message: `${e.date} is not a Saturday`, path: ['workingSaturdays', i, 'date'] });
    });
  });

export const calendarOverrides = z
  .object({
    description: z.string().trim().min(1).max(4000),
    years: z.array(yearOverrides),
  })
  .strict()
  .superRefine((o, ctx) => {
    const years = o.years.map((y) => y.year);
    years.forEach((y, i) => {
      if (years.indexOf(y) !== i) ctx.addIssue({ code: 'custom', message: `year ${y} appears twice`, path: ['years', i, 'year'] });
    });
  });

export type CalendarOverrides = z.output<typeof calendarOverrides>;
export type YearOverrides = CalendarOverrides['years'][number];
