// Results the departments finished that are still at the department (issue 14): the Results
// area's list of what to collect, the dossier page's line and the console's `results ready-at-agency`
// (services/results/agency-results-ready.ts). commands.ts spreads `agencyResultsCommands` into the contract.
import { z } from 'zod';
import type { CommandSpec } from './commands';
import * as f from './fields';

const spec = <I extends z.ZodType, O extends z.ZodType>(s: CommandSpec<I, O>) => s;

export const agencyResultReady = z.object({
  slipNumber: z.string(),
  agency: z.string(),
  /** When the department finished (its time when the one-stop system gave it, else when its word came). */
  readyAt: f.instant,
  /** The result papers' names, as the one-stop system listed them (may be empty). */
  resultPapers: z.array(z.string()),
  entrySeq: z.number().int(),
});
export type AgencyResultReady = z.infer<typeof agencyResultReady>;

/** One department's results waiting to be collected, oldest first. */
export const agencyResultsGroup = z.object({ agency: z.string(), results: z.array(agencyResultReady) });

/** The most a list shows: the departments' shelves, not the history. */
export const maxReadyAtAgency = 2000;

export const agencyResultsCommands = {
  /** Results ready at the departments and not yet checked in at the post office, by department. */
  'results.readyAtAgency': spec({
    // `agency`: one department's; `slipNumber`: one dossier's (its page), an empty list when nothing waits.
    input: z.object({ agency: f.text(300).nullable().default(null), slipNumber: f.text(40).nullable().default(null) }).strict(),
    output: z.object({ agencies: z.array(agencyResultsGroup), total: z.number().int() }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
};
