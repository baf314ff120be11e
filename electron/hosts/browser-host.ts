// The loopback browser host: the built screens and the contract over HTTP on 127.0.0.1 only,
// for machines without the Electron runtime, training rooms, and the end-to-end tests.
// Like Jupyter, each launch has a random token; without it nothing is served.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { errorText, type Lang } from '../../shared/contract/messages';
import type { CommandResult } from '../../shared/contract/result';
import { contentSecurityPolicy } from '../services/content-security-policy';
import type { CounterApp } from '../services/counter-app';

export interface BrowserHost {
  /** The address to open, with the token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const maxBodyBytes = 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** HTTP status for each refusal, so tools and logs read right; the body is always the contract's envelope. */
const statusFor: Record<string, number> = {
  INVALID_INPUT: 400,
  NOT_SIGNED_IN: 401,
  SESSION_LOCKED: 401,
  FORBIDDEN: 403,
  UNKNOWN_COMMAND: 404,
  STORAGE_ERROR: 500,
  INTERNAL: 500,
};

export async function startBrowserHost(options: {
  app: CounterApp;
  staticDir: string;
  port?: number;
  token?: string;
}): Promise<BrowserHost> {
  const { app } = options;
  const staticDir = resolve(options.staticDir);
  const token = options.token ?? randomBytes(24).toString('hex');
  const server = createServer();
  /** Open event streams, each with the session that opened it. */
  const streams = new Map<ServerResponse, string>();

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
  // Cookies are per host, not per port: name them per port so two counters never mix.
  const tokenCookie = `counter_token_${port}`;
  const sessionCookie = `counter_session_${port}`;

  const unsubscribe = app.events.subscribe((name, payload) => {
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const [stream, sessionId] of streams) {
      // A stream lasts no longer than its sign-in: after sign-out the next event closes it unheard.
      if (app.services.sessions.get(sessionId)) stream.write(frame);
      else {
        stream.end();
        streams.delete(stream);
      }
    }
  });

  server.on('request', (req, res) => {
    handle(req, res).catch((e) => {
      console.error('[browser-host]', e);
      if (!res.headersSent) sendText(res, 500, 'Lỗi máy chủ quầy / counter host error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding and cross-site requests: only our own host name and origin are served.
    if (!allowedHosts.has(req.headers.host ?? '')) return sendText(res, 403, 'Host không hợp lệ / bad Host');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) {
      return sendText(res, 403, 'Nguồn gọi không được phép / foreign Origin refused');
    }
    const url = new URL(req.url ?? '/', origin);
    const cookies = parseCookies(req.headers.cookie);
    const queryToken = url.searchParams.get('token');

    if (queryToken !== null && sameSecret(queryToken, token)) {
      // Trade the token in the address for cookies, then drop it from the address bar. Always
      // to `/`: echoing the path would turn `/.//evil.example/` into a redirect off this host.
      res.writeHead(303, {
        ...securityHeaders,
        'Set-Cookie': [
          `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          `${sessionCookie}=${cookies[sessionCookie] ?? randomBytes(16).toString('hex')}; HttpOnly; SameSite=Strict; Path=/`,
        ],
        Location: '/',
      });
      res.end();
      return;
    }
    if (!sameSecret(cookies[tokenCookie] ?? '', token)) {
      return sendText(res, 401, 'Cần mã truy cập: mở đúng địa chỉ (có ?token=…) mà chương trình đã in ra.\nA token is required: open the exact address the program printed.');
    }
    const sessionId = cookies[sessionCookie];
    if (!sessionId) return sendText(res, 401, 'Thiếu phiên làm việc: mở lại địa chỉ có ?token=… / session cookie missing');

    if (url.pathname === '/api/events') return openEventStream(req, res, sessionId);
    if (url.pathname.startsWith('/api/commands/')) {
      if (req.method !== 'POST') return sendText(res, 405, 'POST');
      const name = decodePath(url.pathname.slice('/api/commands/'.length));
      if (name === null) return refuseBadAddress(url.pathname, res);
      // Only JSON: a cross-site form or `text/plain` fetch may carry the cookie without an Origin.
      if (!isJson(req.headers['content-type'])) {
        req.resume(); // the body is not read, only drained, so the answer reaches the caller
        return sendJson(res, 415, hostRefusal('lệnh chỉ nhận Content-Type: application/json', 'commands accept Content-Type: application/json only'));
      }
      return runCommand(name, req, res, sessionId);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'GET');
    const path = decodePath(url.pathname);
    if (path === null) return refuseBadAddress(url.pathname, res);
    return serveStatic(path, res);
  }

  /** A malformed %-escape is the caller's mistake, not ours: one line in the log, a 400 to them. */
  function refuseBadAddress(pathname: string, res: ServerResponse): void {
    console.warn(`[browser-host] 400 malformed %-encoding in ${JSON.stringify(pathname)}`);
    sendJson(res, 400, hostRefusal('địa chỉ có mã % sai', 'malformed %-encoding in the address'));
  }

  async function runCommand(name: string, req: IncomingMessage, res: ServerResponse, sessionId: string): Promise<void> {
    let body: { input?: unknown; lang?: unknown };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch (e) {
      const tooLarge = (e as Error).message === 'too large';
      const lang: Lang = 'vi';
      const result: CommandResult<never> = {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `${errorText('INVALID_INPUT', lang)} — ${tooLarge ? 'yêu cầu quá lớn (tối đa 1 MB)' : 'không phải JSON'}`,
        },
      };
      return sendJson(res, tooLarge ? 413 : 400, result);
    }
    const lang: Lang = body?.lang === 'en' ? 'en' : 'vi';
    const result = await app.dispatch(name, body?.input, { lang, via: 'screen', sessionId });
    sendJson(res, result.ok ? 200 : (statusFor[result.error.code] ?? 409), result);
  }

  async function openEventStream(req: IncomingMessage, res: ServerResponse, sessionId: string): Promise<void> {
    // The same answer the screens get from app.status: only a signed-in, unlocked screen listens.
    const status = await app.dispatch('app.status', {}, { lang: 'vi', via: 'screen', sessionId });
    const session = status.ok ? (status.value as { session: { locked: boolean } | null }).session : null;
    if (!session || session.locked) {
      const code = session ? 'SESSION_LOCKED' : 'NOT_SIGNED_IN';
      const refusal: CommandResult<never> = { ok: false, error: { code, message: errorText(code, 'vi') } };
      return sendJson(res, 401, refusal);
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.set(res, sessionId);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^[/\\]+/, '');
    const file = resolve(staticDir, relative);
    if (!(file === staticDir || file.startsWith(staticDir + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      return sendText(res, 404, 'Không tìm thấy / not found');
    }
    res.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  }

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((done) => {
        unsubscribe();
        for (const stream of streams.keys()) stream.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function decodePath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The host's own refusals, before any language is known: the contract's envelope, Vietnamese first. */
function hostRefusal(vi: string, en: string): CommandResult<never> {
  return {
    ok: false,
    error: { code: 'INVALID_INPUT', message: `${errorText('INVALID_INPUT', 'vi')} — ${vi} (${errorText('INVALID_INPUT', 'en')} — ${en})` },
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit keep reading but drop the bytes, so the caller still gets our answer.
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => (size > maxBodyBytes ? fail(new Error('too large')) : ok(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', fail);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

/** The built screens, next to this repository's dist/ (vite build). */
export const defaultStaticDir = join(process.cwd(), 'dist', 'renderer');
