// The hub's HTTP service: enrolment, push and pull for counters (shared/sync/protocol.ts), and
// the read side for the province's operators as JSON. Plain node:http, one process.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { enrolRequest, pullRequest, pushRequest, syncPaths, type SyncError } from '../shared/sync/protocol';
import { listAlerts } from './alerts';
import { exchangeEnrolmentCode, listCounters } from './counters';
import type { HubDatabase } from './db/hub-database';
import { pullDirectives } from './directives';
import { findDossiers } from './hub-dossiers';
import { HubError } from './hub-error';
import { ingest } from './ingest';
import { operatorToken } from './operator-token';
import { isAdminCommand, runAdminCommand } from './admin-commands';
import { OnestopConnector } from './connector/connector';
import { OnestopClient } from './connector/onestop-client';
import type { OnestopWorkerOptions } from './connector/onestop-options';
import { pruneNonces, verifyRequest } from './verify-request';

/** A full push batch of large dossier records stays well under this. */
const maxBodyBytes = 32 * 1024 * 1024;

const statusOf: Record<SyncError['error']['code'], number> = {
  BAD_REQUEST: 400,
  BAD_SIGNATURE: 401,
  STALE_TIMESTAMP: 401,
  REPLAYED_NONCE: 401,
  UNKNOWN_COUNTER: 401,
  REVOKED: 403,
  ENROLMENT_CODE_INVALID: 403,
  GAP: 409,
  FORK: 409,
  BAD_HASH: 409,
};

export interface RunningHub {
  url: string;
  /** The operators' bearer token (/v1/read/… and /v1/admin/…). */
  operatorToken: string;
  close(): Promise<void>;
}

/** `onestop`: run the connector to the province's one-stop system in this process, with the hub. */
export async function startHub(o: { database: HubDatabase; port?: number; host?: string; onestop?: OnestopWorkerOptions }): Promise<RunningHub> {
  const db = o.database;
  const token = await operatorToken(db);
  const server = createServer((req, res) => {
    handle(db, token, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { code: 'INTERNAL', message: String((e as Error)?.message ?? e) } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  const pruning = setInterval(() => void pruneNonces(db).catch(() => {}), 60_000);
  pruning.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve());
  });
  const connector = o.onestop ? new OnestopConnector(db, new OnestopClient(o.onestop.endpoint)) : null;
  connector?.start({ everyMs: o.onestop!.everyMs, catalogueEvery: o.onestop!.catalogueEvery });
  const address = server.address() as { address: string; port: number };
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    operatorToken: token,
    async close() {
      clearInterval(pruning);
      await connector?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function handle(db: HubDatabase, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://hub');
  const path = url.pathname;
  if (req.method === 'GET' && path.startsWith('/v1/read/')) return operator(req, res, token, () => readSide(db, res, url));
  if (req.method === 'POST' && path.startsWith('/v1/admin/')) return operator(req, res, token, () => adminSide(db, req, res, path));
  if (req.method !== 'POST' || !(Object.values(syncPaths) as string[]).includes(path)) return send(res, 404, { error: { code: 'NOT_FOUND', message: 'No such path.' } });
  const body = await readBody(req);
  if (body === null) return refuse(res, new HubError('BAD_REQUEST', { message: 'The body is too large.' }));
  try {
    if (path === syncPaths.enrol) {
      const r = parse(enrolRequest, body);
      const c = await exchangeEnrolmentCode(db, r);
      return send(res, 200, { counterId: c.counterId, secret: c.secret, hubTime: Date.now(), ackedSeq: c.ackedSeq, headHash: c.headHash });
    }
    const counter = await verifyRequest(db, { method: req.method, path, body, header: (n) => single(req.headers[n]) });
    if (path === syncPaths.push) {
      const r = parse(pushRequest, body);
      return send(res, 200, await ingest(db, counter.counterId, r.entries));
    }
    const r = parse(pullRequest, body);
    return send(res, 200, await pullDirectives(db, counter, r.after, r.limit));
  } catch (e) {
    if (e instanceof HubError) return refuse(res, e);
    throw e;
  }
}

/** The operators' side (read and admin) takes the hub's operator token as a bearer token. */
async function operator(req: IncomingMessage, res: ServerResponse, token: string, then: () => Promise<void>): Promise<void> {
  const given = Buffer.from((single(req.headers.authorization) ?? '').replace(/^Bearer\s+/i, ''));
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return send(res, 401, { error: { code: 'UNAUTHORIZED', message: 'A valid operator token is required (Authorization: Bearer …).' } });
  return then();
}

/**
 * What the CLI does through a running hub when it cannot open the database itself (embedded
 * PGlite is one process's): the same functions, with the same checks (hub/admin-commands.ts).
 */
async function adminSide(db: HubDatabase, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const body = await readBody(req);
  let json: unknown;
  try {
    json = JSON.parse((body ?? Buffer.alloc(0)).toString('utf8'));
  } catch {
    return send(res, 400, { error: { code: 'BAD_REQUEST', message: 'The body is not JSON.' } });
  }
  const command = path.slice('/v1/admin/'.length);
  if (!isAdminCommand(command)) return send(res, 404, { error: { code: 'NOT_FOUND', message: 'No such path.' } });
  const r = await runAdminCommand(db, command, json);
  return send(res, r.ok ? 200 : 400, r.ok ? r.value : { error: r.error });
}

async function readSide(db: HubDatabase, res: ServerResponse, url: URL): Promise<void> {
  const q = url.searchParams;
  switch (url.pathname) {
    case '/v1/read/counters':
      return send(res, 200, { counters: await listCounters(db) });
    case '/v1/read/alerts':
      return send(res, 200, { alerts: await listAlerts(db) });
    case '/v1/read/dossiers': {
      const day = q.get('day') ?? undefined;
      if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) return send(res, 400, { error: { code: 'BAD_REQUEST', message: 'day must be YYYY-MM-DD.' } });
      const limit = q.get('limit');
      const dossiers = await findDossiers(db, {
        status: q.get('status') ?? undefined,
        officeCode: q.get('office') ?? undefined,
        agency: q.get('agency') ?? undefined,
        day,
        limit: limit && /^\d{1,5}$/.test(limit) ? Number(limit) : undefined,
      });
      return send(res, 200, { dossiers });
    }
    default:
      return send(res, 404, { error: { code: 'NOT_FOUND', message: 'No such path.' } });
  }
}

function parse<T extends z.ZodTypeAny>(schema: T, body: Buffer): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HubError('BAD_REQUEST', { message: 'The body is not JSON.' });
  }
  const r = schema.safeParse(json);
  if (!r.success) throw new HubError('BAD_REQUEST', { message: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 5).join('; ') });
  return r.data;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBodyBytes) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function refuse(res: ServerResponse, e: HubError): void {
  const body: SyncError = { error: { code: e.code, ...e.detail } };
  send(res, statusOf[e.code], body);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
