// Transit time limits for carrying a dossier or a result one way (Circular 17/2017/TT-BTTTT
// art. 7): J + n working days per route. Routes change with local government, so they are data
// (resources/calendar/transit-times.json), keyed by the same route ids as the tariff.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a-z, 0-9 and single hyphens' });

export const transitTimesFile = z
  .object({
    description: z.string().trim().min(1).max(4000),
    /** Assumed figures: shown as such wherever a date from them appears. */
    sample: z.boolean(),
    defaultRoute: id,
    routes: z
      .array(
        z
          .object({
            id,
            name: z.string().trim().min(1).max(200),
            /** n in J + n: working days to carry the dossier, or the result, one way. */
            transitDays: z.number().int().min(0).max(30),
            note: z.string().trim().min(1).max(1000).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const ids = t.routes.map((r) => r.id);
    ids.forEach((r, i) => {
      if (ids.indexOf(r) !== i) ctx.addIssue({ code: 'custom', message: `duplicate route "${r}"`, path: ['routes', i, 'id'] });
    });
    if (!ids.includes(t.defaultRoute)) ctx.addIssue({ code: 'custom', message: `no route "${t.defaultRoute}"`, path: ['defaultRoute'] });
  });

export type TransitTimes = z.output<typeof transitTimesFile>;
