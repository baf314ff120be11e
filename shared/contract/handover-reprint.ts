// Reprinting a signed batch's thermal summary (services/handover/handover-service.ts
// reprintSummary): a reason, an entry, a paper marked with its reprint number. commands.ts
// spreads `handoverReprintCommands` into the contract.
import { z } from 'zod';
import type { CommandSpec } from './commands';
import * as f from './fields';
import { batchNumber } from './handover';

const spec = <I extends z.ZodType, O extends z.ZodType>(s: CommandSpec<I, O>) => s;

export const handoverReprintCommands = {
  'handover.reprintSummary': spec({
    input: z.object({ batchNumber, reason: f.text(300), idempotencyKey: f.idempotencyKey }).strict(),
    output: z.object({ batchNumber: z.string(), reprintNumber: z.number().int(), printJobId: z.string() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
};
