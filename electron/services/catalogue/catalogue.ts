// The counter's procedure catalogue: versions kept for ever, immutable procedure snapshots,
// and the search index over the current version.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Procedure } from '../../../shared/catalogue/procedure';
import { CatalogueSearch } from '../../../shared/catalogue/search/catalogue-search';
import { searchDoc } from '../../../shared/catalogue/search/search-doc';
import type { SearchOptions, SynonymEntry } from '../../../shared/catalogue/search/types';
import type { CatalogueInfo, CommandOutput } from '../../../shared/contract/commands';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import { canonicalJson } from '../../../shared/ledger/canonical-json';
import type { Actor, Ledger } from '../ledger/ledger';
import { readCatalogueFile, type CatalogueFileContents } from './read-catalogue-file';

interface VersionRow {
  id: number;
  imported_at: string;
  sample: number;
  procedure_count: number;
}

export class Catalogue {
  private index: { versionId: number; search: CatalogueSearch } | null = null;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly synonymsFile: string,
  ) {}

  current(): CatalogueInfo | null {
    const row = this.db.prepare('SELECT * FROM catalogue_versions ORDER BY id DESC LIMIT 1').get() as VersionRow | undefined;
    return row ? info(row) : null;
  }

  /** Imports a whole file as a new catalogue version. Must run inside a ledger transaction. */
  importFile(path: string, actor: Actor, idempotencyKey: string): CatalogueInfo {
    return this.importContents(readCatalogueFile(resolve(path)), resolve(path), actor, idempotencyKey);
  }

  /** Imports checked contents (a file, or a version the centre published: `source` says which). Inside a ledger transaction. */
  importContents(file: CatalogueFileContents, source: string, actor: Actor, idempotencyKey: string): CatalogueInfo {
    const versionId = ((this.db.prepare('SELECT max(id) AS id FROM catalogue_versions').get() as { id: number | null }).id ?? 0) + 1;
    const entry = this.ledger.post({
      kind: 'catalogue.imported',
      payload: { versionId, procedures: file.procedures.length, fileSha256: file.sha256, sample: file.sample, source },
      actor,
      idempotencyKey,
    });
    this.db
      .prepare(
        `INSERT INTO catalogue_versions (id, imported_at, source, file_sha256, sample, procedure_count, entry_seq)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(versionId, entry.at, source, file.sha256, file.sample ? 1 : 0, file.procedures.length, entry.seq);
    const snapshot = this.db.prepare('INSERT OR IGNORE INTO procedure_snapshots (hash, code, body) VALUES (?, ?, ?)');
    const item = this.db.prepare('INSERT INTO catalogue_items (version_id, code, snapshot_hash) VALUES (?, ?, ?)');
    for (const procedure of file.procedures) {
      const body = canonicalJson(procedure);
      const hash = createHash('sha256').update(body).digest('hex');
      snapshot.run(hash, procedure.code, body);
      item.run(versionId, procedure.code, hash);
    }
    this.index = null;
    return { versionId, sample: file.sample, importedAt: entry.at, count: file.procedures.length };
  }

  search(query: string, options: SearchOptions): CommandOutput<'catalogue.search'> {
    const current = this.current();
    if (!current) return { hits: [], total: 0, complete: true, unmatched: [], catalogue: null };
    return { ...this.searchIndex(current.versionId).search(query, options), catalogue: current };
  }

  /** A procedure as it stands in the current catalogue, or in an older version when asked. */
  show(code: string, versionId?: number): CommandOutput<'catalogue.show'> {
    const version = versionId
      ? (this.db.prepare('SELECT * FROM catalogue_versions WHERE id = ?').get(versionId) as VersionRow | undefined)
      : (this.db.prepare('SELECT * FROM catalogue_versions ORDER BY id DESC LIMIT 1').get() as VersionRow | undefined);
    if (!version) throw new CounterError('CATALOGUE_EMPTY');
    const row = this.db
      .prepare(
        `SELECT s.hash, s.body FROM catalogue_items i JOIN procedure_snapshots s ON s.hash = i.snapshot_hash
         WHERE i.version_id = ? AND i.code = ?`,
      )
      .get(version.id, code) as { hash: string; body: string } | undefined;
    if (!row) throw new CounterError('PROCEDURE_NOT_FOUND', { code });
    return { procedure: JSON.parse(row.body) as Procedure, catalogue: info(version), snapshotHash: row.hash };
  }

  /** The snapshot a dossier refers to, whatever the catalogue has become since. */
  snapshot(hash: string): Procedure | null {
    const row = this.db.prepare('SELECT body FROM procedure_snapshots WHERE hash = ?').get(hash) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Procedure) : null;
  }

  filters(): CommandOutput<'catalogue.filters'> {
    const procedures = this.currentProcedures();
    const tally = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [...counts].sort((a, b) => a[0].localeCompare(b[0], 'vi')).map(([name, count]) => ({ name, count }));
    };
    const fieldNames = new Map(procedures.flatMap((p) => p.fields.map((f) => [f.code, f.name] as const)));
    return {
      fields: tally(procedures.map((p) => p.fields[0]?.code ?? '')).map(({ name, count }) => ({ code: name, name: fieldNames.get(name) ?? name, count })),
      agencies: tally(procedures.map((p) => p.agencies[0] ?? '')),
      levels: tally(procedures.map((p) => p.levels[0] ?? '')),
    };
  }

  /** Counts a use of a procedure at this counter (ranking tie-breaks). Inside a ledger transaction. */
  recordUse(code: string): void {
    this.db.prepare('INSERT INTO procedure_usage (code, uses) VALUES (?, 1) ON CONFLICT (code) DO UPDATE SET uses = uses + 1').run(code);
    this.index = null;
  }

  private currentProcedures(): Procedure[] {
    const current = this.current();
    if (!current) return [];
    return (
      this.db
        .prepare('SELECT s.body FROM catalogue_items i JOIN procedure_snapshots s ON s.hash = i.snapshot_hash WHERE i.version_id = ?')
        .all(current.versionId) as { body: string }[]
    ).map((r) => JSON.parse(r.body) as Procedure);
  }

  private searchIndex(versionId: number): CatalogueSearch {
    if (this.index?.versionId !== versionId) {
      const usage = new Map(
        (this.db.prepare('SELECT code, uses FROM procedure_usage').all() as { code: string; uses: number }[]).map((r) => [r.code, r.uses]),
      );
      const docs = this.currentProcedures().map(searchDoc);
      this.index = { versionId, search: new CatalogueSearch(docs, this.synonyms(), usage) };
    }
    return this.index.search;
  }

  private synonyms(): SynonymEntry[] {
    if (!existsSync(this.synonymsFile)) return [];
    try {
      return (JSON.parse(readFileSync(this.synonymsFile, 'utf8')) as { entries: SynonymEntry[] }).entries;
    } catch (e) {
      // Search still works on the titles; the technician sees why the everyday words are missing.
      console.error(`[catalogue] synonyms file unreadable (${this.synonymsFile}):`, (e as Error).message);
      return [];
    }
  }
}

function info(row: VersionRow): CatalogueInfo {
  return { versionId: row.id, sample: row.sample === 1, importedAt: row.imported_at, count: row.procedure_count };
}
