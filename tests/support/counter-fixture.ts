// A real counter over a real SQLite file in a temporary folder, with a clock the test moves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract/commands';
import type { Lang } from '../../shared/contract/messages';
import type { CommandResult } from '../../shared/contract/result';
import type { Clock } from '../../electron/services/clock';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';

export class TestClock implements Clock {
  constructor(public ms = Date.parse('2026-11-27T02:00:00Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

let keySeq = 0;
export const key = (label = 'k') => `test-${label}-${process.pid}-${++keySeq}`;

export const defaultSetup = {
  officeCode: '360000',
  officeName: 'Bưu điện tỉnh Sơn La',
  counterNumber: 3,
  province: 'Sơn La',
  managerName: 'Lò Văn Hùng',
  managerPin: '2468',
};

export interface TestCounter {
  app: CounterApp;
  dataDir: string;
  clock: TestClock;
  /** Calls as a screen (window or tab) named `session`. */
  screen<N extends CommandName>(session: string, name: N, input: CommandInput<N>, lang?: Lang): Promise<CommandResult<CommandOutput<N>>>;
  /** Calls as the technicians' command line. */
  console<N extends CommandName>(name: N, input: CommandInput<N>, lang?: Lang): Promise<CommandResult<CommandOutput<N>>>;
  entryKinds(): string[];
  close(): void;
}

export function openTestCounter(): TestCounter {
  const dataDir = mkdtempSync(join(tmpdir(), 'counter-test-'));
  const clock = new TestClock();
  // The PIN pepper's key file is never inside the data folder (see auth/pin-key.ts): tests keep
  // theirs in COUNTER_SECRET_DIR (vitest.config.ts), which the processes they start inherit.
  const app = openCounterApp({ dataDir, clock });
  return {
    app,
    dataDir,
    clock,
    screen: (session, name, input, lang = 'vi') =>
      app.dispatch(name, input, { lang, via: 'screen', sessionId: session }) as never,
    console: (name, input, lang = 'vi') => app.dispatch(name, input, { lang, via: 'console' }) as never,
    entryKinds: () =>
      (app.services.db.prepare('SELECT kind FROM entries ORDER BY seq').all() as { kind: string }[]).map((r) => r.kind),
    close: () => {
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}-keys`, { recursive: true, force: true });
    },
  };
}

/** Unwraps a result the test expects to succeed, with the error in the failure message. */
export function ok<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a result the test expects to be refused. */
export function failure(result: CommandResult<unknown>) {
  if (result.ok) throw new Error('expected a failure, got success');
  return result.error;
}

export type StaffedCounter = TestCounter & { managerId: string; clerkId: string };

/** A set-up counter whose manager is signed in on screen 'mgr' and a clerk exists. */
export async function counterWithStaff(): Promise<StaffedCounter> {
  const c = openTestCounter();
  const { manager } = ok(await c.screen('mgr', 'setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }));
  const { user } = ok(await c.screen('mgr', 'users.add', { name: 'Cầm Thị Mai', role: 'clerk', pin: '1357', idempotencyKey: key('add') }));
  return Object.assign(c, { managerId: manager.id, clerkId: user.id });
}
