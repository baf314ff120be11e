// The competent agencies' contact details, which the national procedure record does not carry
// (it names the agency only): a read model over `agency.updated` entries. Loaded from
// resources/agencies at set-up, corrected by a manager, and later filled by the province's sync
// (source 'sync'; not built yet). The receipt of a dossier takes a copy at its commit, so
// an edit here never changes a slip already given.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AgencyRow } from '../../../shared/contract/commands';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { Actor, Ledger } from '../ledger/ledger';

export interface AgencyContact {
  name: string;
  unitCode: string | null;
  address: string | null;
  phone: string | null;
  sample: boolean;
}

type Source = 'file' | 'manager' | 'sync';

const agencyFile = z
  .object({
    sample: z.boolean(),
    description: z.string().optional(),
    agencies: z.array(
      z
        .object({ name: z.string().min(1), code: z.string().nullable(), address: z.string().nullable(), phone: z.string().nullable() })
        .strict(),
    ),
  })
  .strict();

interface Row {
  name: string;
  code: string | null;
  address: string | null;
  phone: string | null;
  sample: number;
  source: Source;
}

const contactOf = (r: Row): AgencyContact => ({ name: r.name, unitCode: r.code, address: r.address, phone: r.phone, sample: r.sample === 1 });

export class AgencyDirectory {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    /** Agency names of the current catalogue with their procedure counts. */
    private readonly catalogueAgencies: () => { name: string; count: number }[],
  ) {}

  /** Loads a directory file (a new counter's sample one) as one entry. Inside a ledger transaction. */
  loadFile(path: string, actor: Actor, idempotencyKey: string): void {
    const file = agencyFile.parse(JSON.parse(readFileSync(path, 'utf8')));
    const agencies = file.agencies.map((a) => ({ name: a.name.normalize('NFC'), unitCode: a.code, address: a.address, phone: a.phone, sample: file.sample }));
    this.change(agencies, 'file', actor, idempotencyKey);
  }

  /** The province's directory as the centre published it (services/sync/apply-directive.ts). Inside a ledger transaction. */
  loadPublished(agencies: Omit<AgencyContact, 'sample'>[], actor: Actor, idempotencyKey: string): void {
    this.change(agencies.map((a) => ({ ...a, name: a.name.normalize('NFC'), sample: false })), 'sync', actor, idempotencyKey);
  }

  /** The directory, with the catalogue's agencies it lacks, by name. */
  list(): AgencyRow[] {
    const rows = this.db.prepare('SELECT * FROM agencies').all() as Row[];
    const used = new Map(this.catalogueAgencies().map((a) => [a.name, a.count]));
    const listed = rows.map((r) => ({ ...contactOf(r), source: r.source, listed: true, procedures: used.get(r.name) ?? 0 }));
    const known = new Set(rows.map((r) => r.name));
    const missing = [...used]
      .filter(([name]) => name !== '' && !known.has(name))
      .map(([name, procedures]) => ({ name, unitCode: null, address: null, phone: null, sample: false, source: null, listed: false, procedures }));
    return [...listed, ...missing].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** What a receipt prints for the agency; null when the directory does not have it. */
  contact(name: string): AgencyContact | null {
    const row = this.db.prepare('SELECT * FROM agencies WHERE name = ?').get(name.normalize('NFC')) as Row | undefined;
    return row ? contactOf(row) : null;
  }

  /** A manager's correction: checked by them, so no longer sample data. Inside a ledger transaction. */
  update(change: Omit<AgencyContact, 'sample'>, actor: Actor, idempotencyKey: string): AgencyRow {
    const exists = this.contact(change.name) !== null || this.catalogueAgencies().some((a) => a.name === change.name);
    if (!exists) throw new CounterError('AGENCY_NOT_FOUND', { name: change.name });
    this.change([{ ...change, sample: false }], 'manager', actor, idempotencyKey);
    return this.list().find((a) => a.name === change.name)!;
  }

  /** One `agency.updated` entry for a set of agencies changed together, each with what it replaces. */
  private change(agencies: AgencyContact[], source: Source, actor: Actor, idempotencyKey: string): void {
    const changes = agencies.map((a) => ({ ...a, previous: this.contact(a.name) }));
    const entry = this.ledger.post({ kind: 'agency.updated', payload: { source, agencies: changes }, actor, idempotencyKey });
    const upsert = this.db.prepare(
      `INSERT INTO agencies (name, code, address, phone, sample, source, entry_seq) VALUES (@name, @unitCode, @address, @phone, @sample, @source, @seq)
       ON CONFLICT (name) DO UPDATE SET code = excluded.code, address = excluded.address, phone = excluded.phone,
         sample = excluded.sample, source = excluded.source, entry_seq = excluded.entry_seq`,
    );
    for (const a of agencies) upsert.run({ ...a, sample: a.sample ? 1 : 0, source, seq: entry.seq });
  }
}
