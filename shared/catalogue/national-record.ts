// The national procedure record (CSDL quốc gia về TTHC) as provincial integrations exchange it
// ("LayThuTuc"). Field names are the national ones; counts and amounts arrive as numbers or
// numeric strings depending on the exporter, so both are accepted.
import { z } from 'zod';

const count = z.union([z.number().int().min(0).max(99), z.string().regex(/^\s*\d{1,2}\s*$/).transform(Number)]);
const vnd = z.union([
  z.number().int().min(0).max(1_000_000_000),
  // "50000", "50.000", "50,000" — Vietnamese exports group thousands with dots.
  z
    .string()
    .regex(/^\s*\d{1,3}([.,]?\d{3})*\s*$/)
    .transform((s) => Number(s.replace(/[.,\s]/g, ''))),
]);
const text = z.string().trim().min(1).max(2000);
const optionalText = z.string().trim().max(4000).optional();

/**
 * A list entry the portal sends as an object (`{MADOITUONG, TENDOITUONG}`, `{MACAPTHUCHIEN,
 * TENCAPTHUCHIEN}`) and older exports as a bare name: the counter uses the name.
 */
const named = (nameKey: string) =>
  z.union([text, z.looseObject({ [nameKey]: text }).transform((o) => o[nameKey] as string)], {
    error: `cần tên, hoặc đối tượng có ${nameKey} / a name, or an object with ${nameKey}`,
  });

/**
 * The portal's LayThuTuc answer spells the code `MATTHC`; files made by hand and older exports
 * `MaTTHC`. Either is accepted; both with different values is refused, never chosen between.
 */
function codeUnderOneName(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  return r.MaTTHC === undefined && r.MATTHC !== undefined ? { ...r, MaTTHC: r.MATTHC } : r;
}

// Objects are loose: what the counter uses is checked strictly, every other field the portal
// sends (ID, TRINHTUTHUCHIEN, DIACHITIEPNHAN, TRANGTHAI, MAPHILEPHI, …) passes through and is
// kept with the procedure's snapshot (read-catalogue-file.ts), so an import loses nothing.
const recordFields = z
  .looseObject({
    MaTTHC: z.string().trim().regex(/^[0-9A-Za-z.\-_]{1,40}$/),
    MATTHC: z.string().trim().optional(),
    TENTTHC: text,
    MACOQUANCONGBO: optionalText,
    LOAITTHC: z.union([z.string(), z.number()]).optional(),
    CAPTHUCHIEN: z.array(named('TENCAPTHUCHIEN')).default([]),
    LINHVUCTHUCHIEN: z.array(z.looseObject({ MALINHVUC: z.string().trim().max(40), TENLINHVUC: text })).min(1),
    CACHTHUCTHUCHIEN: z
      .array(
        z.looseObject({
          KENH: z.union([z.literal(1), z.literal(2), z.literal(3), z.enum(['1', '2', '3']).transform(Number)]),
          THOIGIAN: z
            .array(
              z.looseObject({
                THOIGIANGIAIQUYET: z.union([z.number().min(0).max(3650), z.string().trim().max(40)]),
                DONVITINH: z.string().trim().max(60).default(''),
                MOTA: optionalText,
                PHILEPHI: z.array(z.looseObject({ SOTIEN: vnd, DONVI: z.string().trim().max(20).default('Đồng'), MOTA: optionalText })).default([]),
              }),
            )
            .default([]),
        }),
      )
      .default([]),
    THANHPHANHOSO: z
      .array(
        z.looseObject({
          TRUONGHOP: z.string().trim().max(1000).default(''),
          GIAYTO: z
            .array(
              z.looseObject({
                MAGIAYTO: z.string().trim().max(60).optional(),
                TENGIAYTO: text,
                SOBANCHINH: count.default(0),
                SOBANSAO: count.default(0),
                TENMAUDON: z.string().trim().max(500).optional(),
                URL: z.string().trim().max(1000).optional(),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
    DOITUONGTHUCHIEN: z.array(named('TENDOITUONG')).default([]),
    YEUCAU: optionalText,
    KETQUATHUCHIEN: z.array(z.looseObject({ MAKETQUA: z.string().trim().max(60).optional(), TENKETQUA: text })).default([]),
    CANCUPHAPLY: z.array(z.looseObject({ SOVANBAN: z.string().trim().max(100), TENVANBAN: text })).default([]),
    COQUANTHUCHIEN: z.array(z.looseObject({ TENDONVI: text })).min(1),
    /** Not national: marks a code this project could not verify (sample data). */
    sampleCode: z.boolean().optional(),
  })
  .refine((r) => r.MATTHC === undefined || r.MATTHC === r.MaTTHC, {
    error: 'MATTHC và MaTTHC khác nhau / MATTHC and MaTTHC differ',
    path: ['MATTHC'],
  });

export const nationalRecord = z.preprocess(codeUnderOneName, recordFields);

export type NationalRecord = z.input<typeof recordFields>;

/** A catalogue file: the records, and whether it is sample data (shown as such in the UI). */
export const catalogueFile = z
  .object({
    sample: z.boolean().default(false),
    description: z.string().max(4000).optional(),
    source: z.string().max(500).optional(),
    procedures: z.array(z.unknown()).min(1).max(50_000),
  })
  .strict();
