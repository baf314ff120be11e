// How long the answer to an action is kept for repeats of it (command_results), and the pruning
// of older ones. A repeat comes seconds after the first try (a double press, a retry after a
// time-out) or, from a counter that was offline, within days; seven days covers every retry with
// room to spare, and keeps the table at about a week of answers however old the ledger is. A later
// repeat still posts nothing (Ledger.once: the entry's idempotency key is unique forever).
//
// Pruned at start-up and then once a day, in small batches with a turn of the event loop between
// them, so a first pruning of a large old ledger never holds up the clerk's screen.
import type { Clock } from '../clock';
import type { Ledger } from './ledger';

export const answerRetentionDays = 7;
const dayMs = 24 * 60 * 60 * 1000;
const batch = 500;

export class AnswerRetention {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    private readonly isOpen: () => boolean,
  ) {}

  /** Prunes now and every day after, until `stop()`. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Forgets one batch of answers older than the retention; true when none are left. */
  pruneBatch(): boolean {
    const before = new Date(this.clock.now().getTime() - answerRetentionDays * dayMs).toISOString();
    return this.ledger.pruneAnswers(before, batch) < batch;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      if (this.stopped || !this.isOpen()) return;
      this.schedule(this.pruneBatch() ? dayMs : 0);
    }, ms);
    // Never keeps the process alive (the console exits when its command is done).
    this.timer.unref();
  }
}
