// A postal tariff file: charges in whole VND by service, route and weight. Tariffs change, so
// every figure lives here as data with a version; the counter records the version it used.
import { z } from 'zod';

// Bounds keep every product in quote.ts a safe integer.
const vnd = z.number().int().min(0).max(10_000_000);
const positiveGrams = z.number().int().min(1).max(100_000);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a-z, 0-9 and single hyphens' });
const name = z.string().trim().min(1).max(200);

/** Up to `firstGrams` costs `firstVnd`; each further `stepGrams` or part of it adds `stepVnd`. */
const weightTier = z
  .object({
    firstGrams: positiveGrams,
    firstVnd: vnd,
    stepGrams: positiveGrams,
    stepVnd: vnd,
    /** The heaviest item this tier accepts. */
    maxGrams: positiveGrams,
  })
  .strict()
  .refine((t) => t.maxGrams >= t.firstGrams, { error: 'maxGrams must be at least firstGrams', path: ['maxGrams'] });

/** One tier per route id. */
const tiersByRoute = z.record(id, weightTier);

export const serviceIds = ['send', 'return', 'both', 'forwardFee'] as const;
export type ServiceId = (typeof serviceIds)[number];

/**
 * What the post does for a dossier (Decision 45/2016/QĐ-TTg art. 5): carries the dossier to
 * the agency only, carries only the result back (the citizen filed at the agency), or both.
 */
export const dossierServiceIds = ['send', 'return', 'both'] as const satisfies readonly ServiceId[];
export type DossierService = (typeof dossierServiceIds)[number];

export const tariffFile = z
  .object({
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.\-]{0,39}$/),
    /** Sample data: shown as such wherever a charge from it appears. */
    sample: z.boolean(),
    description: z.string().trim().min(1).max(4000),
    currency: z.literal('VND'),
    services: z
      .object({
        /** Sending the dossier to the agency, priced by weight. */
        send: z.object({ name, tiers: tiersByRoute }).strict(),
        /** Returning the result to the applicant, priced by weight. */
        return: z.object({ name, tiers: tiersByRoute }).strict(),
        /** Both ways: the send charge plus the return charge, at the same weight. */
        both: z.object({ name }).strict(),
        /** Carrying the fee payment to the agency: a flat charge per dossier. */
        forwardFee: z.object({ name, vndPerDossier: vnd }).strict(),
      })
      .strict(),
    routes: z.array(z.object({ id, name }).strict()).min(1),
    exemptions: z
      .array(
        z
          .object({
            category: id,
            name,
            services: z.array(z.enum(serviceIds)).min(1),
            percent: z.number().int().min(0).max(100),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((t, ctx) => {
    const routeIds = t.routes.map((r) => r.id);
    routeIds.forEach((r, i) => {
      if (routeIds.indexOf(r) !== i) ctx.addIssue({ code: 'custom', message: `duplicate route "${r}"`, path: ['routes', i, 'id'] });
    });
    // Every weight-priced service must price every route, and only those.
    for (const service of ['send', 'return'] as const) {
      const priced = Object.keys(t.services[service].tiers);
      for (const r of routeIds) {
        if (!priced.includes(r)) ctx.addIssue({ code: 'custom', message: `no tier for route "${r}"`, path: ['services', service, 'tiers'] });
      }
      for (const r of priced) {
        if (!routeIds.includes(r)) ctx.addIssue({ code: 'custom', message: `unknown route "${r}"`, path: ['services', service, 'tiers', r] });
      }
    }
    const categories = t.exemptions.map((e) => e.category);
    categories.forEach((c, i) => {
      if (categories.indexOf(c) !== i) ctx.addIssue({ code: 'custom', message: `duplicate category "${c}"`, path: ['exemptions', i, 'category'] });
    });
  });

export type Tariff = z.output<typeof tariffFile>;
export type WeightTier = z.output<typeof weightTier>;
