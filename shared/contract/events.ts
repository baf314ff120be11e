// Events pushed from the main process to the screens. Later issues add printer, scale and sync.
import { z } from 'zod';
import { syncStatus } from './sync';

/**
 * Why the scale's port is not open, as a code the screens word in the caller's language:
 * no such port, no permission, in use by another program, another open error, or the device
 * that was open went away (unplugged).
 */
export const scaleLinkProblems = ['portNotFound', 'permissionDenied', 'portBusy', 'openFailed', 'removed'] as const;
export type ScaleLinkProblem = (typeof scaleLinkProblems)[number];

/** Why the receipt printer cannot print: its own report (DLE EOT), or the connection. */
export const printerProblems = ['paperOut', 'coverOpen', 'offline', 'unreachable'] as const;
export type PrinterProblem = (typeof printerProblems)[number];

/**
 * Why the print worker itself is held up, not the printer: the ledger file is busy (another
 * program holds its write lock) or an unexpected error. It tries again by itself.
 */
export const printWorkerProblems = ['storageBusy', 'internalError'] as const;
export type PrintWorkerProblem = (typeof printWorkerProblems)[number];

/** The live state of the counter's scale: pushed as an event, and read by devices.scale.get. */
export const scaleStatus = z.object({
  connection: z.enum(['unconfigured', 'connecting', 'connected', 'disconnected']),
  grams: z.number().int().nullable(),
  /** Usable for a charge: stable by the protocol's flag or by the repeated-readings rule. */
  stable: z.boolean(),
  state: z.enum(['stable', 'moving', 'refused', 'none']),
  refusal: z.string().nullable(),
  /** While disconnected: why, as a code. */
  problem: z.enum(scaleLinkProblems).nullable(),
  /** While disconnected: the operating system's own text, for a technician; never the message. */
  detail: z.string().nullable(),
  at: z.string().nullable(),
});

/** The receipt printer as the status bar shows it. */
export const printerStatus = z.object({
  state: z.enum(['unconfigured', 'idle', 'printing', 'waiting']),
  /** Why jobs are waiting: the printer's own report (DLE EOT), the connection, or the worker itself. */
  problem: z.enum([...printerProblems, ...printWorkerProblems]).nullable(),
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
  /** The sync with the province hub (status bar, sync screen), pushed on every change. */
  'sync.status': syncStatus,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.infer<Events[N]>;
export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
