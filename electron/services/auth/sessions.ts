/**
 * Who is signed in on each screen. A host names its screens (an Electron window, a browser
 * tab's cookie); the handler layer decides what each may do. Held in memory on purpose:
 * restarting the app signs everyone out.
 */
export interface Session {
  userId: string;
  lastActivity: number;
  locked: boolean;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  bind(sessionId: string, userId: string, now: Date): void {
    this.byId.set(sessionId, { userId, lastActivity: now.getTime(), locked: false });
  }

  get(sessionId: string): Session | undefined {
    return this.byId.get(sessionId);
  }

  end(sessionId: string): void {
    this.byId.delete(sessionId);
  }

  lock(sessionId: string): void {
    const s = this.byId.get(sessionId);
    if (s) s.locked = true;
  }

  /** Locks the session if it has been idle longer than allowed; says whether it is locked. */
  lockIfIdle(sessionId: string, now: Date, idleMinutes: number): boolean {
    const s = this.byId.get(sessionId);
    if (!s) return false;
    if (now.getTime() - s.lastActivity > idleMinutes * 60_000) s.locked = true;
    return s.locked;
  }

  touch(sessionId: string, now: Date): void {
    const s = this.byId.get(sessionId);
    if (s && !s.locked) s.lastActivity = now.getTime();
  }
}
