// One session with the province's one-stop system, kept and renewed: a call refused for its
// session signs in again and is made once more; every other failure is the caller's to handle.
import { authReply, dstcodeHeader, isOnestopSuccess, isSessionRefused } from '../../shared/onestop/convention';

export interface OnestopEndpoint {
  /** Base URL; the session call is `${url}/api/auth`, every service `${url}/api/integration`. */
  url: string;
  username: string;
  password: string;
  dstcode: string;
  madonvi: string;
  timeoutMs?: number;
}

/** Why a call did not succeed: no answer (or a broken one), an HTTP error, or error_code ≠ 0. */
export class OnestopCallError extends Error {
  constructor(
    readonly kind: 'transport' | 'http' | 'refused',
    readonly detail: string,
    /** error_code of a refusal. */
    readonly errorCode: number | null = null,
  ) {
    super(`${kind}: ${detail}`);
  }
}

export class OnestopClient {
  private session: string | null = null;

  constructor(private readonly endpoint: OnestopEndpoint) {}

  /** Makes one call; resolves with the success reply. */
  async call(service: string, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
    const first = await this.post('/api/integration', { session: await this.signedIn(), madonvi: this.endpoint.madonvi, service, ...fields });
    if (!isSessionRefused(first)) return this.success(first);
    this.session = null;
    return this.success(await this.post('/api/integration', { session: await this.signedIn(), madonvi: this.endpoint.madonvi, service, ...fields }));
  }

  private success(reply: Record<string, unknown>): Record<string, unknown> {
    if (isOnestopSuccess(reply)) return reply;
    throw new OnestopCallError('refused', `error_code ${String(reply.error_code)}: ${String(reply.message ?? '')}`, Number(reply.error_code));
  }

  private async signedIn(): Promise<string> {
    if (this.session) return this.session;
    const { username, password, dstcode } = this.endpoint;
    const reply = authReply.safeParse(await this.post('/api/auth', { username, password }, { [dstcodeHeader]: dstcode }));
    if (!reply.success) throw new OnestopCallError('refused', 'sign-in refused');
    this.session = reply.data.session;
    return this.session;
  }

  private async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(this.endpoint.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.endpoint.timeoutMs ?? 30_000),
      });
    } catch (e) {
      throw new OnestopCallError('transport', String((e as Error).message ?? e));
    }
    if (!res.ok) throw new OnestopCallError('http', `HTTP ${res.status}`);
    try {
      return (await res.json()) as Record<string, unknown>;
    } catch (e) {
      throw new OnestopCallError('transport', `unreadable reply: ${String((e as Error).message ?? e)}`);
    }
  }
}
