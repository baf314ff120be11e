// Reads and checks a whole catalogue file before anything is written: one bad record and
// nothing is imported, and the error names the record and the field.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { catalogueFile, nationalRecord } from '../../../shared/catalogue/national-record';
import { normalizeRecord, type Procedure } from '../../../shared/catalogue/procedure';
import { CounterError } from '../counter-error';

const maxFileBytes = 64 * 1024 * 1024;
const maxReported = 10;

export interface CatalogueFileContents {
  sha256: string;
  sample: boolean;
  procedures: Procedure[];
}

export function readCatalogueFile(path: string): CatalogueFileContents {
  let bytes: Buffer;
  try {
    if (statSync(path).size > maxFileBytes) throw new Error(`lớn hơn ${maxFileBytes / 1024 / 1024} MB`);
    bytes = readFileSync(path);
  } catch (e) {
    throw invalid([`${path}: ${(e as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw invalid([`không phải JSON hợp lệ / not valid JSON (${(e as Error).message})`]);
  }
  return checkCatalogue(json, createHash('sha256').update(bytes).digest('hex'));
}

/** Checks a catalogue already read as JSON (a file, or a version the province hub published). */
export function checkCatalogue(json: unknown, sha256: string): CatalogueFileContents {
  // A bare array of records is accepted too: that is what national exports contain.
  const file = catalogueFile.safeParse(Array.isArray(json) ? { procedures: json } : json);
  if (!file.success) throw invalid(file.error.issues.slice(0, maxReported).map((i) => `${pathText(i.path)}: ${i.message}`));

  const problems: string[] = [];
  const procedures: Procedure[] = [];
  const seen = new Map<string, number>();
  file.data.procedures.forEach((raw, index) => {
    const named = raw as { MaTTHC?: unknown; MATTHC?: unknown } | null;
    const code = named?.MaTTHC ?? named?.MATTHC;
    const label = `procedures[${index}]${typeof code === 'string' ? ` (${code})` : ''}`;
    const parsed = nationalRecord.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label}.${pathText(issue.path)}: ${issue.message}`);
      return;
    }
    const first = seen.get(parsed.data.MaTTHC);
    if (first !== undefined) problems.push(`${label}.MaTTHC: trùng mã với procedures[${first}] / duplicate code`);
    seen.set(parsed.data.MaTTHC, index);
    // The record as received goes with the snapshot: fields the counter does not use yet stay.
    procedures.push({ ...normalizeRecord(parsed.data as z.output<typeof nationalRecord>), national: raw as Record<string, unknown> });
  });
  if (problems.length) {
    const more = problems.length > maxReported ? [`… và ${problems.length - maxReported} lỗi khác / more`] : [];
    throw invalid([...problems.slice(0, maxReported), ...more]);
  }
  return { sha256, sample: file.data.sample, procedures };
}

function pathText(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') || '(gốc)';
}

function invalid(details: string[]): CounterError {
  return new CounterError('CATALOGUE_INVALID', { details: details.join(' · ') });
}
