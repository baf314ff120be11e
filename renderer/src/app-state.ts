// Which screen the counter shows, derived from `app.status` and from what happens to the session.
import type { CommandOutput, SessionUser } from '../../shared/contract/commands';

export type AppStatus = CommandOutput<'app.status'>;
export type CounterInfo = NonNullable<AppStatus['counter']>;

export type View =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'signIn'; notice?: string | undefined }
  /** Signed in; while `locked` the shell stays mounted but hidden, so typed data survives the lock. */
  | { kind: 'shell'; user: SessionUser; locked: boolean };

export function viewFromStatus(status: AppStatus): View {
  if (!status.initialized) return { kind: 'setup' };
  if (!status.session) return { kind: 'signIn' };
  const { locked, ...user } = status.session;
  return { kind: 'shell', user, locked };
}
