// The envelope every host returns for a command, so the screens handle failure one way.
import type { ErrorCode } from './messages';

export interface IssueView {
  /** Dotted path of the input field, '' for the whole input. */
  path: string;
  message: string;
}

export interface CommandError {
  code: ErrorCode;
  message: string;
  issues?: IssueView[];
  params?: Record<string, string | number>;
}

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };
