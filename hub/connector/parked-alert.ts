// A call to the one-stop system parked for an operator — refused as invalid, or one that could not
// be made from the counter's record — raised as a hub alert, so `status` shows it with the
// counter whose dossier it is. The alert's seq is the outbox call's id (one alert per call).
import { raiseAlert } from '../alerts';
import type { HubQueryable } from '../db/hub-database';

export const onestopParkedAlertCode = 'ONESTOP_PARKED';

export async function raiseParkedAlert(
  tx: HubQueryable,
  a: { outboxId: number; maHoSo: string | null; slipNumber?: string; counterId?: string; detail: string; now: Date },
): Promise<void> {
  let counterId = a.counterId;
  if (counterId === undefined && a.maHoSo) {
    const [row] = await tx.query<{ counter_id: string }>('SELECT counter_id FROM onestop_dossiers WHERE ma_ho_so = $1', [a.maHoSo]);
    counterId = row?.counter_id;
  }
  const dossier = a.maHoSo ?? a.slipNumber ?? '?';
  await raiseAlert(tx, { counterId: counterId ?? '', code: onestopParkedAlertCode, seq: a.outboxId, detail: `${dossier}: ${a.detail}`, now: a.now });
}
