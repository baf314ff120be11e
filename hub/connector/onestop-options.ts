// How `serve` is told to run the one-stop connector: the system's URL (--onestop), the account
// (HUB_ONESTOP_USERNAME, HUB_ONESTOP_PASSWORD, HUB_ONESTOP_DSTCODE, HUB_ONESTOP_MADONVI; all but
// the password also as flags) and the worker's round (--onestop-every SECONDS). The password is
// read from the environment only: a flag would show it to anyone listing the machine's processes.
import { z } from 'zod';
import type { OnestopEndpoint } from './onestop-client';

export interface OnestopWorkerOptions {
  endpoint: OnestopEndpoint;
  /** Send the outbox and ask for statuses every this many ms. */
  everyMs: number;
  /** Fetch the procedure list every this many rounds. */
  catalogueEvery: number;
}

export const onestopEnv = {
  username: 'HUB_ONESTOP_USERNAME',
  password: 'HUB_ONESTOP_PASSWORD',
  dstcode: 'HUB_ONESTOP_DSTCODE',
  madonvi: 'HUB_ONESTOP_MADONVI',
} as const;

/** Ten seconds: statuses reach the counters within a pull or two; an hour of procedures checks. */
export const defaultOnestopEveryMs = 10_000;
const catalogueEveryMs = 3600_000;

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'http(s) only')
  .transform((u) => u.replace(/\/+$/, ''));

export type OnestopOptionsResult =
  | { ok: true; options: OnestopWorkerOptions | null }
  | { ok: false; problem: 'badUrl' | 'badEvery' | 'missing'; missing?: string[] };

export function onestopOptionsFrom(
  flags: { url?: string; every?: string; username?: string; dstcode?: string; madonvi?: string },
  env: NodeJS.ProcessEnv,
): OnestopOptionsResult {
  if (flags.url === undefined) return { ok: true, options: null };
  const url = httpUrl.safeParse(flags.url);
  if (!url.success) return { ok: false, problem: 'badUrl' };
  const seconds = flags.every === undefined ? defaultOnestopEveryMs / 1000 : Number(flags.every);
  if (!/^\d+(\.\d+)?$/.test(flags.every ?? '0') || !(seconds >= 0.05 && seconds <= 3600)) return { ok: false, problem: 'badEvery' };
  const account = {
    username: flags.username ?? env[onestopEnv.username],
    password: env[onestopEnv.password],
    dstcode: flags.dstcode ?? env[onestopEnv.dstcode],
    madonvi: flags.madonvi ?? env[onestopEnv.madonvi],
  };
  const missing = (Object.keys(account) as (keyof typeof account)[]).filter((k) => !account[k]?.trim()).map((k) => onestopEnv[k]);
  if (missing.length > 0) return { ok: false, problem: 'missing', missing };
  const everyMs = Math.round(seconds * 1000);
  return {
    ok: true,
    options: {
      endpoint: { url: url.data, username: account.username!, password: account.password!, dstcode: account.dstcode!, madonvi: account.madonvi! },
      everyMs,
      catalogueEvery: Math.max(1, Math.round(catalogueEveryMs / everyMs)),
    },
  };
}
