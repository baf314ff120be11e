// A procedure as the counter reads it: the national record normalised, with processing time
// and fees taken from the postal channel (KENH 3) where the record has it.
import type { z } from 'zod';
import { isAdditiveFee } from './fee-rate';
import type { nationalRecord } from './national-record';

export type Channel = 1 | 2 | 3;

export interface Paper {
  code: string | null;
  name: string;
  originals: number;
  copies: number;
  form: string | null;
}

export interface Procedure {
  code: string;
  name: string;
  /** The code could not be verified against the national database (sample data). */
  sampleCode: boolean;
  fields: { code: string; name: string }[];
  levels: string[];
  agencies: string[];
  subjects: string[];
  /** The channel whose processing time and fees are shown: postal (3), else in person (1), else online (2). */
  channel: Channel | null;
  processing: { amount: number | null; unit: string; text: string; description: string | null } | null;
  /** `additive`: charged per unit on top of the chosen rate (see fee-rate.ts), not an alternative to it. */
  fees: { amountVnd: number; description: string | null; additive: boolean }[];
  cases: { name: string; papers: Paper[] }[];
  results: { code: string | null; name: string }[];
  legalBasis: { number: string; title: string }[];
  requirements: string | null;
  /** The national record as imported, with the fields the counter does not use (ID, TRINHTUTHUCHIEN, MAPHILEPHI, …). */
  national?: Record<string, unknown>;
}

const channelPreference: Channel[] = [3, 1, 2];

export function normalizeRecord(r: z.output<typeof nationalRecord>): Procedure {
  const nfc = (s: string) => s.normalize('NFC');
  const byChannel = new Map(r.CACHTHUCTHUCHIEN.map((c) => [c.KENH as Channel, c]));
  const channel = channelPreference.find((c) => byChannel.has(c)) ?? null;
  const time = channel ? byChannel.get(channel)?.THOIGIAN[0] : undefined;
  const rawAmount = time?.THOIGIANGIAIQUYET;
  const amount = typeof rawAmount === 'number' ? rawAmount : /^\d+(\.\d+)?$/.test(rawAmount ?? '') ? Number(rawAmount) : null;
  return {
    code: r.MaTTHC,
    name: nfc(r.TENTTHC),
    sampleCode: r.sampleCode ?? false,
    fields: r.LINHVUCTHUCHIEN.map((f) => ({ code: f.MALINHVUC, name: nfc(f.TENLINHVUC) })),
    levels: r.CAPTHUCHIEN.map(nfc),
    agencies: r.COQUANTHUCHIEN.map((a) => nfc(a.TENDONVI)),
    subjects: r.DOITUONGTHUCHIEN.map(nfc),
    channel,
    processing: time
      ? {
          amount,
          unit: nfc(time.DONVITINH),
          text: `${rawAmount ?? ''} ${time.DONVITINH}`.trim().normalize('NFC'),
          description: time.MOTA ? nfc(time.MOTA) : null,
        }
      : null,
    fees: (time?.PHILEPHI ?? []).map((f) => ({ amountVnd: f.SOTIEN, description: f.MOTA ? nfc(f.MOTA) : null, additive: isAdditiveFee(f.MOTA ?? null) })),
    cases: r.THANHPHANHOSO.map((c) => ({
      name: nfc(c.TRUONGHOP),
      papers: c.GIAYTO.map((p) => ({
        code: p.MAGIAYTO ?? null,
        name: nfc(p.TENGIAYTO),
        originals: p.SOBANCHINH,
        copies: p.SOBANSAO,
        form: p.TENMAUDON ? nfc(p.TENMAUDON) : null,
      })),
    })),
    results: r.KETQUATHUCHIEN.map((k) => ({ code: k.MAKETQUA ?? null, name: nfc(k.TENKETQUA) })),
    legalBasis: r.CANCUPHAPLY.map((l) => ({ number: nfc(l.SOVANBAN), title: nfc(l.TENVANBAN) })),
    requirements: r.YEUCAU ? nfc(r.YEUCAU) : null,
  };
}
