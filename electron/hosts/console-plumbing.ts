// What every console command does around its own work: read the command line (a mistake prints
// the usage and exits 2), pick the language, open the ledger, dispatch as the `console` principal
// and print either the JSON form or the lines a technician reads. One place, so the commands of
// cli.ts, cli-sync.ts, cli-day.ts and cli-day-output.ts cannot drift apart.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandName, CommandOutput } from '../../shared/contract/commands';
import type { Lang } from '../../shared/contract/messages';
import type { CommandError } from '../../shared/contract/result';
import { openCounterApp, type CounterApp } from '../services/counter-app';
import { resolveDataDir } from '../services/data-dir';

export interface ConsoleIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleExit = { ok: 0, error: 1, usage: 2 } as const;

/** The options every console command takes, besides its own. */
export const consoleOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  'idempotency-key': { type: 'string' },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** The command line read strictly; on a mistake the reason and `usage` go to standard error and the result is null. */
export function parseConsoleArgs<const O extends Options>(argv: string[], options: O, usage: string, io: ConsoleIo): Parsed<O> | null {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    usageMistake((e as Error).message, usage, io);
    return null;
  }
}

/** Says why the command line is wrong, then the usage; gives exit 2. */
export function usageMistake(why: string, usage: string, io: ConsoleIo): number {
  io.err(why);
  io.err(usage);
  return consoleExit.usage;
}

/** `--lang`, else COUNTER_LANG; Vietnamese unless English is asked for. */
export function consoleLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  return (flag ?? env.COUNTER_LANG) === 'en' ? 'en' : 'vi';
}

/** The counter's ledger in `--data-dir` (or its default), or null once the reason is printed. */
export function openConsoleApp(dataDir: string | undefined, env: NodeJS.ProcessEnv, lang: Lang, io: ConsoleIo): CounterApp | null {
  try {
    return openCounterApp({ dataDir: resolveDataDir(dataDir, env) });
  } catch (e) {
    io.err(lang === 'en' ? `Cannot open the ledger: ${(e as Error).message}` : `Không mở được sổ cái: ${(e as Error).message}`);
    return null;
  }
}

/** A command's refusal: its JSON form on standard output with --json, else its message on standard error. */
export function printRefusal(error: CommandError, json: boolean, io: ConsoleIo): void {
  if (json) io.out(JSON.stringify({ ok: false, error }));
  else io.err(error.message);
}

/**
 * `call` dispatches a command and gives its value, or prints its refusal (as JSON with --json)
 * and gives null; `say` prints the value as JSON with --json, else the lines, and gives exit 0.
 */
export function consoleSpeaker(app: CounterApp, lang: Lang, json: boolean, io: ConsoleIo) {
  return {
    call: async <N extends CommandName>(name: N, input: Record<string, unknown>): Promise<CommandOutput<N> | null> => {
      const result = await app.dispatch(name, input, { lang, via: 'console' });
      if (result.ok) return result.value as CommandOutput<N>;
      printRefusal(result.error, json, io);
      return null;
    },
    say: (value: unknown, lines: string | string[]): number => {
      if (json) io.out(JSON.stringify(value, null, 2));
      else [lines].flat().forEach((l) => io.out(l));
      return consoleExit.ok;
    },
  };
}
