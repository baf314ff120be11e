// Events pushed from the main process to the screens. Later issues add printer, scale and sync.
import { z } from 'zod';

/** The live state of the counter's scale: pushed as an event, and read by devices.scale.get. */
export const scaleStatus = z.object({
  connection: z.enum(['unconfigured', 'connecting', 'connected', 'disconnected']),
  grams: z.number().int().nullable(),
  /** Usable for a charge: stable by the protocol's flag or by the repeated-readings rule. */
  stable: z.boolean(),
  state: z.enum(['stable', 'moving', 'refused', 'none']),
  refusal: z.string().nullable(),
  at: z.string().nullable(),
});

/** The receipt printer as the status bar shows it. */
export const printerStatus = z.object({
  state: z.enum(['unconfigured', 'idle', 'printing', 'waiting']),
  /** Why jobs are waiting: the printer's own report (DLE EOT) or the connection. */
  problem: z.enum(['paperOut', 'coverOpen', 'offline', 'unreachable']).nullable(),
  /** Jobs not yet printed. */
  pending: z.number().int(),
  at: z.string().nullable(),
});

export const events = {
  /** A new ledger entry was posted on this counter (status bar, admin journal). */
  'ledger.appended': z.object({ seq: z.number().int(), kind: z.string(), at: z.string() }),
  /** The live weight on the counter's scale, pushed on every frame and on connection changes. */
  'scale.reading': scaleStatus,
  /** The receipt printer's state and queue, pushed on every change. */
  'printer.status': printerStatus,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.infer<Events[N]>;
export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
