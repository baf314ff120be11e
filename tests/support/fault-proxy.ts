// An HTTP proxy on loopback between a counter and its hub that breaks requests on demand: drops
// the connection part-way through the request (the hub never sees it) or part-way through the
// response (the hub committed, the counter never hears the ack), delivers a request twice,
// answers 503 itself, holds a request for a long time before passing it on, or is "down"
// (every connection closed at once). Faults are queued and each request takes the next one; a
// fault bound to a path waits for a request to that path (the others pass meanwhile).
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault =
  | 'pass'
  | 'dropRequest'
  | 'dropResponse'
  | 'twice'
  | 'error503'
  | { delayMs: number }
  /**
   * The hub's whole reply is received (so it has committed) and withheld while `withheld` runs —
   * the test kills the hub then — and the counter's connection is closed without a byte of it.
   */
  | { path: string; withheld: (reply: { status: number; body: string }) => Promise<void> };

export interface FaultProxy {
  url: string;
  /** Faults for the next requests, in order; requests after them pass. */
  queue(...faults: Fault[]): void;
  /** Every request fails at the connection, as a hub that is switched off. */
  setDown(down: boolean): void;
  /** Points the proxy at another hub (a hub restarted on another port). */
  setTarget(url: string): void;
  /** Requests seen and faults applied, by name. */
  counts: Record<string, number>;
  /** Resolves once every delayed request has been passed on (or `close` was called). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  let upstream = new URL(target);
  let down = false;
  const faults: Fault[] = [];
  const counts: Record<string, number> = { requests: 0 };
  const sockets = new Set<Socket>();
  const delayed = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  const bump = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);

  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const up = httpRequest(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host, connection: 'close' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string' && k !== 'connection' && k !== 'keep-alive' && k !== 'transfer-encoding') headers[k] = v;
            resolve({ status: res.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
          });
          res.on('error', reject);
        },
      );
      up.on('error', reject);
      up.end(body);
    });

  const answer = (res: ServerResponse, r: { status: number; headers: Record<string, string>; body: Buffer }) => {
    res.writeHead(r.status, { ...r.headers, 'content-length': String(r.body.length) });
    res.end(r.body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    bump('requests');
    const next = faults[0];
    const fault = next && typeof next === 'object' && 'path' in next && next.path !== req.url ? 'pass' : (faults.shift() ?? 'pass');
    if (fault === 'dropRequest') {
      // Part of the body arrives, then the line goes: nothing reaches the hub.
      bump('dropRequest');
      req.once('data', () => req.socket.destroy());
      req.once('end', () => req.socket.destroy());
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    if (fault === 'error503') {
      bump('error503');
      return answer(res, { status: 503, headers: { 'content-type': 'text/plain' }, body: Buffer.from('Service Unavailable') });
    }
    if (typeof fault === 'object' && 'withheld' in fault) {
      try {
        const r = await forward(req, body);
        bump('withheld');
        await fault.withheld({ status: r.status, body: r.body.toString('utf8') });
      } finally {
        req.socket.destroy();
      }
      return;
    }
    if (typeof fault === 'object') {
      // The request is held, then passed on: a slow hub, and a late duplicate once the counter has retried.
      bump('delay');
      let done!: () => void;
      const passed = new Promise<void>((r) => (done = r));
      delayed.add(passed);
      const timer = setTimeout(() => {
        timers.delete(timer);
        forward(req, body)
          .then((r) => {
            if (!res.destroyed) answer(res, r);
          })
          .catch(() => res.destroy())
          .finally(() => {
            delayed.delete(passed);
            done();
          });
      }, fault.delayMs);
      timers.add(timer);
      return;
    }
    try {
      if (fault === 'twice') {
        bump('twice');
        await forward(req, body);
      }
      const r = await forward(req, body);
      if (fault === 'dropResponse') {
        // The hub has committed and answered; the counter gets half the reply and a closed line.
        bump('dropResponse');
        res.writeHead(r.status, { ...r.headers, 'content-length': String(r.body.length) });
        res.write(r.body.subarray(0, Math.floor(r.body.length / 2)));
        setImmediate(() => res.socket?.destroy());
        return;
      }
      answer(res, r);
    } catch {
      res.socket?.destroy();
    }
  }

  const server: Server = createServer((req, res) => {
    if (down) {
      bump('down');
      return void req.socket.destroy();
    }
    void handle(req, res);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    queue: (...f) => faults.push(...f),
    setDown: (d) => {
      down = d;
      if (d) for (const s of sockets) s.destroy();
    },
    setTarget: (url) => (upstream = new URL(url)),
    settled: async () => {
      while (delayed.size) await Promise.all([...delayed]);
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
