// The worker between the hub and the province's one-stop system: it sends the outbox in order and
// turns the statuses the departments set into directives for the counter that took each dossier in.
//
// Exactly once upstream, though replies get lost: a dossier is created only after TraCuuHoSo says
// the system does not hold it (isUpdating "False"), else it is updated; a progress update, which
// has no idempotency key, is counted as an attempt before it is sent, and an attempt that may have
// arrived is checked with TraCuuHoSo before it is sent again (the status it sets is one only the
// post sends: 10, result returned).
import { createHash } from 'node:crypto';
import { ZodError } from 'zod';
import { formatOnestopDate, lookupReply, onestopErrorCodes, parseOnestopDate, type ProgressUpdate } from '../../shared/onestop/convention';
import { statusFromTrangThai } from '../../shared/onestop/dossier-item';
import { catalogueVersionDirective, dossierStatusDirective } from '../../shared/sync/directives';
import type { HubDatabase } from '../db/hub-database';
import { insertDirective } from '../directives';
import { raiseParkedAlert } from './parked-alert';
import { OnestopCallError, type OnestopClient } from './onestop-client';

/** Refusals that say the call itself is wrong (invalid, or contradicting what the system holds). */
const parkedCodes = new Set<number>([onestopErrorCodes.invalidRequest, onestopErrorCodes.conflict]);

interface PendingOp {
  id: number;
  kind: 'dossier' | 'progress';
  ma_ho_so: string;
  payload: string;
  attempts: number;
}

export class OnestopConnector {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: HubDatabase,
    private readonly client: OnestopClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Sends queued calls in order, stopping at the first that fails (it is retried next round). */
  async sendPending(limit = 200): Promise<{ sent: number; error: string | null }> {
    const ops = await this.db.query<PendingOp>(
      'SELECT id, kind, ma_ho_so, payload, attempts FROM onestop_outbox WHERE sent_at IS NULL AND problem IS NULL ORDER BY id LIMIT $1',
      [limit],
    );
    let sent = 0;
    for (const op of ops) {
      try {
        await this.db.query('UPDATE onestop_outbox SET attempts = attempts + 1 WHERE id = $1', [op.id]);
        if (op.kind === 'dossier') await this.sendDossier(op);
        else await this.sendProgress(op);
        await this.db.transaction(async (tx) => {
          await tx.query('UPDATE onestop_outbox SET sent_at = $2, last_error = NULL WHERE id = $1', [op.id, this.now()]);
          if (op.kind === 'dossier') await tx.query('UPDATE onestop_dossiers SET sent = true WHERE ma_ho_so = $1', [op.ma_ho_so]);
        });
        sent++;
      } catch (e) {
        const message = e instanceof OnestopCallError ? e.message : e instanceof ZodError ? `unreadable reply: ${e.issues.map((i) => i.path.join('.')).join(', ')}` : String(e);
        // Refused as invalid: retrying the same call can never succeed. Parked for an operator, so
        // the calls after it are not held up for ever; a call for the same dossier later is refused too.
        if (e instanceof OnestopCallError && e.errorCode !== null && parkedCodes.has(e.errorCode)) {
          await this.db.transaction(async (tx) => {
            await tx.query('UPDATE onestop_outbox SET last_error = $2, problem = $3 WHERE id = $1', [op.id, message, 'refused']);
            await raiseParkedAlert(tx, { outboxId: op.id, maHoSo: op.ma_ho_so, detail: message, now: this.now() });
          });
          continue;
        }
        await this.db.query('UPDATE onestop_outbox SET last_error = $2 WHERE id = $1', [op.id, message]);
        return { sent, error: message };
      }
    }
    return { sent, error: null };
  }

  private async lookup(maHoSo: string) {
    return lookupReply.parse(await this.client.call('TraCuuHoSo', { mahoso: maHoSo }));
  }

  private async sendDossier(op: PendingOp): Promise<void> {
    const held = (await this.lookup(op.ma_ho_so)).result.length > 0;
    await this.client.call('DongBoHoSoMC', { isUpdating: held ? 'True' : 'False', data: [JSON.parse(op.payload)] });
  }

  private async sendProgress(op: PendingOp): Promise<void> {
    const update = JSON.parse(op.payload) as ProgressUpdate;
    if (op.attempts > 0) {
      const [now] = (await this.lookup(op.ma_ho_so)).result;
      if (now && now.TrangThaiHoSo === String(update.TrangThai)) return;
    }
    await this.client.call('CapNhatTienDoHoSoMC', { data: [update] });
  }

  /**
   * Asks for each dossier sent and not yet closed, and publishes what changed to the counter that
   * took it in, in the transaction that records what was published: a status reported again (or
   * twice) makes nothing new.
   */
  async pollStatuses(limit = 500): Promise<{ directives: number; error: string | null }> {
    const open = await this.db.query<{ ma_ho_so: string; slip_number: string; counter_id: string; accepted: boolean; last_status_down: string | null }>(
      'SELECT ma_ho_so, slip_number, counter_id, accepted, last_status_down FROM onestop_dossiers WHERE sent AND NOT closed ORDER BY polled_at NULLS FIRST LIMIT $1',
      [limit],
    );
    let published = 0;
    for (const d of open) {
      let reply;
      try {
        reply = await this.lookup(d.ma_ho_so);
      } catch (e) {
        return { directives: published, error: String((e as Error).message ?? e) };
      }
      await this.db.query('UPDATE onestop_dossiers SET polled_at = $2 WHERE ma_ho_so = $1', [d.ma_ho_so, this.now()]);
      const held = reply.result[0];
      if (!held || held.TrangThaiHoSo === d.last_status_down) continue;
      const code = held.TrangThaiHoSo;
      const payloads: Record<string, unknown>[] = [];
      const appointment = parseOnestopDate(held.NgayHenTra);
      // Accepted once the department has acted: its own status 2 (now or in its reports), or a status
      // only it sets. A 4 alone is the status the post sent with the dossier.
      const departmentActed = code === '2' || ['5', '6', '9'].includes(code) || reply.DanhSachTienDo.some((p) => String(p.TrangThai) === '2');
      const acceptedNow = !d.accepted && departmentActed && appointment !== null;
      if (acceptedNow)
        payloads.push({ slipNumber: d.slip_number, status: 'accepted', departmentCode: held.MaHoSo, appointmentDate: formatOnestopDate(appointment).replace(/^(\d{4})(\d{2})(\d{2}).*/, '$1-$2-$3') });
      const reason = (fallback: string) => reply.DanhSachTienDo.filter((p) => String(p.TrangThai) === code).at(-1)?.NoiDungXuLy ?? fallback;
      const to = statusFromTrangThai[code];
      if (to === 'supplementRequested')
        payloads.push({ slipNumber: d.slip_number, status: 'supplementRequested', reason: held.DanhSachHoSoBoSung?.at(-1)?.NoiDungBoSung ?? reason('Yêu cầu bổ sung hồ sơ') });
      else if (to === 'refused') payloads.push({ slipNumber: d.slip_number, status: 'refused', reason: reason('Từ chối') });
      else if (to === 'withdrawn') payloads.push({ slipNumber: d.slip_number, status: 'withdrawn', reason: reason('Rút hồ sơ') });
      else if (code === '9') {
        // What the post office goes to collect, and since when (the counter lists it until checked in).
        const finished = held.NgayKetThucXuLy ? parseOnestopDate(held.NgayKetThucXuLy) : null;
        const resultPapers = held.DanhSachGiayToKetQua.map((p) => p.TenGiayTo);
        payloads.push({ slipNumber: d.slip_number, status: 'done', resultPapers, ...(finished ? { finishedAt: finished.toISOString() } : {}) });
      }
      await this.db.transaction(async (tx) => {
        for (const p of payloads) await insertDirective(tx, { kind: 'dossier.status', payload: dossierStatusDirective.parse(p), target: { counterId: d.counter_id }, publishedBy: onestopPublisher, now: this.now() });
        await tx.query('UPDATE onestop_dossiers SET last_status_down = $2, accepted = accepted OR $3 WHERE ma_ho_so = $1', [d.ma_ho_so, code, acceptedNow]);
      });
      published += payloads.length;
    }
    return { directives: published, error: null };
  }

  /**
   * Fetches the province's procedure list and, when it differs from the last one published,
   * publishes it to every counter as a new catalogue version (the counter imports it with the
   * catalogue's own rules; dossiers already received keep their snapshot).
   */
  async syncCatalogue(): Promise<{ published: boolean }> {
    const reply = await this.client.call('LayDanhSachTTHC', {});
    const procedures = Array.isArray(reply.result) ? reply.result : [];
    if (procedures.length === 0) return { published: false };
    const payload = catalogueVersionDirective.parse({ procedures });
    const sha256 = createHash('sha256').update(JSON.stringify(payload.procedures)).digest('hex');
    return this.db.transaction(async (tx) => {
      const [last] = await tx.query<{ sha256: string }>('SELECT sha256 FROM onestop_catalogue WHERE id = 1 FOR UPDATE');
      if (last?.sha256 === sha256) return { published: false };
      const { id } = await insertDirective(tx, { kind: 'catalogue.version', payload, target: { all: true }, publishedBy: onestopPublisher, now: this.now() });
      await tx.query(
        `INSERT INTO onestop_catalogue (id, sha256, directive_id, fetched_at) VALUES (1, $1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET sha256 = $1, directive_id = $2, fetched_at = $3`,
        [sha256, id, this.now()],
      );
      return { published: true };
    });
  }

  /** Sends and polls every `everyMs`, and fetches the procedures every `catalogueEvery` rounds, until stopped; one round at a time. */
  start(o: { everyMs: number; catalogueEvery: number }): void {
    let round = 0;
    this.timer = setInterval(() => {
      if (this.running) return;
      const catalogue = round++ % o.catalogueEvery === 0;
      this.running = this.sendPending()
        .then(() => this.pollStatuses())
        .then(() => (catalogue ? this.syncCatalogue() : undefined))
        .then(() => undefined, () => undefined)
        .finally(() => (this.running = null));
    }, o.everyMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

/** Who the counters' sync screen names as the directive's source: the province's system, in the clerks' words. */
export const onestopPublisher = 'Hệ thống một cửa tỉnh';
