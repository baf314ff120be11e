// The contract boundary: every call from every host passes here. Access is checked first,
// then the input is validated, so a refused or malformed call changes nothing.
import type { DossierStatus } from '../../shared/dossier/lifecycle';
import { formatDayVi } from '../../shared/calendar/day';
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { commands, isCommandName, type CommandName, type CommandSpec } from '../../shared/contract/commands';
import {
  errorText,
  fieldLabels,
  fieldMessages,
  fill,
  isFieldMessageKey,
  principalLabels,
  dossierStatusLabels,
  printerProblemLabels,
  scaleStateLabels,
  type Lang,
} from '../../shared/contract/messages';
import type { CommandError, CommandResult, IssueView } from '../../shared/contract/result';
import { formatDateTime } from '../../shared/format';
import { CounterError } from './counter-error';
import type { Caller, HandlerTable, Services } from './handlers';

export interface CallContext {
  lang: Lang;
  /** `screen`: a signed-in window or tab, named by `sessionId`. `console`: the technicians' command line. */
  via: 'screen' | 'console';
  sessionId?: string;
}

export type Dispatch = (name: string, input: unknown, ctx: CallContext) => Promise<CommandResult<unknown>>;

/** The only commands that make sense before the counter is set up. */
const beforeSetup = new Set<CommandName>(['app.status', 'setup.initialize', 'auth.signInOptions', 'tariff.quote', 'tariff.info', 'printer.test']);
/** A locked screen may still be handed to someone else: its user can be signed out. */
const whileLocked = new Set<CommandName>(['auth.signOut']);
/**
 * Every input field that carries a PIN. They are left out of what `Ledger.once` keeps (its MAC
 * key lies in the same file, so a MAC over a PIN would let a copy of the file test guesses);
 * a repeated key with another PIN therefore counts as the same request.
 */
export const pinFields: readonly string[] = ['pin', 'managerPin', 'byManagerPin'];
const withoutPins = (args: unknown): unknown =>
  args && typeof args === 'object' ? Object.fromEntries(Object.entries(args).filter(([k]) => !pinFields.includes(k))) : args;
/** Error parameters that are instants, shown in the caller's language and the counter's time zone. */
const instantParams = ['until', 'signedAt'];

const zodLocales = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

export function createDispatcher(s: Services, handlers: HandlerTable): Dispatch {
  function authorize(name: CommandName, spec: CommandSpec, ctx: CallContext, args: unknown): Caller {
    const idempotencyKey = (args as { idempotencyKey?: string } | undefined)?.idempotencyKey;
    const sessionId = ctx.via === 'screen' ? (ctx.sessionId ?? null) : null;
    const caller = (actor: Caller['actor'], user: Caller['user']): Caller => ({
      actor,
      user,
      sessionId,
      once: (work) => {
        if (!idempotencyKey) throw new Error(`${name} changes state but has no idempotency key`);
        return s.ledger.once(name, idempotencyKey, withoutPins(args), work);
      },
    });
    if (!beforeSetup.has(name) && !s.counter.get()) throw new CounterError('NOT_INITIALIZED');
    if (spec.allow.includes('anyone') && ctx.via === 'screen') return caller({ kind: 'system' }, null);
    if (ctx.via === 'console') {
      if (!spec.allow.includes('console')) throw forbidden(spec);
      return caller({ kind: 'console' }, null);
    }
    const session = sessionId ? s.sessions.get(sessionId) : undefined;
    const user = session ? s.users.get(session.userId) : undefined;
    if (!sessionId || !session || !user || user.active !== 1) {
      if (sessionId) s.sessions.end(sessionId);
      throw new CounterError('NOT_SIGNED_IN');
    }
    const idleMinutes = s.counter.require().idleLockMinutes;
    const locked = s.sessions.lockIfIdle(sessionId, s.clock.now(), idleMinutes);
    if (locked && !whileLocked.has(name)) throw new CounterError('SESSION_LOCKED');
    if (!spec.allow.includes(user.role)) throw forbidden(spec);
    return caller({ kind: 'user', userId: user.id }, { id: user.id, name: user.name, role: user.role });
  }

  return async function dispatch(name, input, ctx) {
    const lang = ctx.lang;
    try {
      if (!isCommandName(name)) throw new CounterError('UNKNOWN_COMMAND');
      const spec: CommandSpec = commands[name];
      const parsed = spec.input.safeParse(input ?? {}, { error: zodLocales[lang] });
      const caller = authorize(name, spec, ctx, parsed.data);
      if (!parsed.success) return { ok: false, error: invalidInput(parsed.error, lang) };
      const handler = handlers[name] as (args: unknown, caller: Caller) => unknown;
      const value = await handler(parsed.data, caller);
      const output = spec.output.safeParse(value);
      if (!output.success) throw new Error(`${name} answered outside its contract: ${output.error.message}`);
      if (caller.sessionId && name !== 'app.status') s.sessions.touch(caller.sessionId, s.clock.now());
      return { ok: true, value: output.data };
    } catch (e) {
      return { ok: false, error: toCommandError(e, lang) };
    }
  };
}

function forbidden(spec: CommandSpec): CounterError {
  const roles = spec.allow.filter((p) => p !== 'anyone');
  return new CounterError('FORBIDDEN', { roles: roles.join(',') });
}

function invalidInput(error: z.ZodError, lang: Lang): CommandError {
  const issues: IssueView[] = error.issues.map((issue) => {
    const path = issue.path.join('.');
    const label = fieldLabels[String(issue.path[0] ?? '')]?.[lang];
    // A custom issue may name what was typed (e.g. {typed: "2,5"}), so the message can quote it.
    const named = issue.code === 'custom' ? ((issue.params ?? {}) as Record<string, string | number>) : {};
    const params: Record<string, string | number> = 'maximum' in issue ? { ...named, max: Number(issue.maximum) } : named;
    const text = isFieldMessageKey(issue.message) ? fill(fieldMessages[issue.message][lang], params) : issue.message;
    return { path, message: label ? `${label}: ${text}` : text };
  });
  return {
    code: 'INVALID_INPUT',
    message: `${errorText('INVALID_INPUT', lang)} — ${issues.map((i) => i.message.replace(/\.$/, '')).join('; ')}.`,
    issues,
  };
}

/** A wait such as a lock-out's, in whole seconds under a minute, else in minutes rounded up. */
function waitText(seconds: number, lang: Lang): string {
  if (seconds < 60) return lang === 'vi' ? `${seconds} giây` : `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return lang === 'vi' ? `${minutes} phút` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function toCommandError(e: unknown, lang: Lang): CommandError {
  if (e instanceof CounterError) {
    const text = { ...e.params };
    if (e.code === 'FORBIDDEN') {
      text.roles = String(e.params.roles).split(',').map((r) => principalLabels[r]?.[lang] ?? r).join(', ');
    }
    for (const key of instantParams) if (key in text) text[key] = formatDateTime(String(text[key]), lang);
    if ('seconds' in text) text.wait = waitText(Number(text.seconds), lang);
    if (e.code === 'SCALE_NOT_STABLE') text.state = scaleStateLabels[String(text.state)]?.[lang] ?? String(text.state);
    if (e.code === 'HANDOVER_NOT_DELIVERED') text.status = dossierStatusLabels[text.status as DossierStatus]?.[lang] ?? String(text.status);
    if (e.code === 'DOSSIER_MOVE_FORBIDDEN') for (const k of ['from', 'to'] as const) text[k] = dossierStatusLabels[text[k] as DossierStatus]?.[lang] ?? String(text[k]);
    if (e.code === 'DELIVERY_ATTEMPT_TOO_SOON') text.earliest = formatDayVi(String(text.earliest));
    if (e.code === 'PRINTER_FAILED') text.problem = printerProblemLabels[text.problem as keyof typeof printerProblemLabels]?.[lang] ?? String(text.problem);
    return { code: e.code, message: errorText(e.code, lang, text), params: e.params };
  }
  if (e instanceof Database.SqliteError) {
    return { code: 'STORAGE_ERROR', message: errorText('STORAGE_ERROR', lang, { reason: e.code }), params: { reason: e.code } };
  }
  const ref = randomBytes(3).toString('hex');
  console.error(`[counter] internal error ${ref}:`, e);
  return { code: 'INTERNAL', message: errorText('INTERNAL', lang, { ref }), params: { ref } };
}
