// The register's lookup rows for one dossier, filled in the transaction of its intake (and by
// migration 13 for dossiers taken in before it): its slip number by letters and digits alone,
// the applicant's ID number and phone, the procedure code, one row per folded name word and one
// per two of its words (migration 18), so every way a clerk finds a dossier is one index seek or
// one prefix range (dossier-register.ts). A correction of the phone or the name moves them in the
// transaction of its entry (indexCorrection). `ledger verify` rebuilds the same rows from the
// entries (read-models.ts).
import type Database from 'better-sqlite3';
import { compactSlip, nameWords } from '../../../shared/dossier/register-query';
import type { DossierLink } from './dossier-links';

/** What the lookup needs of a dossier.received payload. */
export interface IndexedRecord {
  slipNumber: string;
  applicant: { name: string; idNumber: string; phone: string };
  procedure: { code: string };
}

export interface LookupRow {
  seq: number;
  slip_number: string;
  slip_compact: string;
  id_number: string;
  phone: string;
  procedure_code: string;
}

export function lookupRow(record: IndexedRecord, seq: number): LookupRow {
  return {
    seq,
    slip_number: record.slipNumber,
    slip_compact: compactSlip(record.slipNumber),
    // Numbers are stored as the contract normalised them; letters (passports) upper-case, like the query.
    id_number: record.applicant.idNumber.toUpperCase().replace(/[^0-9A-Z]/g, ''),
    phone: record.applicant.phone,
    procedure_code: record.procedure.code,
  };
}

// Prepared once per database: a commit (and a migration or a bench fill of many) runs these each time.
const statements = new WeakMap<Database.Database, { lookup: Database.Statement; word: Database.Statement; pair?: Database.Statement }>();

/**
 * Every two different words of a name, once each, the smaller first. A name of common words
 * ("Nguyễn Thị Hoa") is found through the postings of two of them, which hold a few hundredths
 * of what either word's postings hold (dossier-register.ts).
 */
export function namePairs(words: readonly string[]): [string, string][] {
  // In SQLite's order of text (its UTF-8 bytes), which migration 18 filled the table by.
  const sorted = [...new Set(words)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return sorted.flatMap((first, i) => sorted.slice(i + 1).map((second): [string, string] => [first, second]));
}

/** Writes the lookup rows of the dossier recorded by entry `seq`. Inside that entry's transaction. */
export function indexDossier(db: Database.Database, record: IndexedRecord, seq: number): void {
  const words = indexLookupAndWords(db, record, seq);
  const sql = prepared(db);
  // Prepared at its first use: migration 13's data step runs before this table exists.
  const pair = (sql.pair ??= db.prepare('INSERT INTO dossier_name_pairs (first, second, seq) VALUES (?, ?, ?)'));
  for (const [first, second] of namePairs(words)) pair.run(first, second, seq);
}

/**
 * The rows migration 13 knew (no name pairs), which is all its data step may write: the pairs'
 * table comes later (migration 18 fills it from these words). Returns the name's words.
 */
export function indexLookupAndWords(db: Database.Database, record: IndexedRecord, seq: number): string[] {
  const sql = prepared(db);
  sql.lookup.run(lookupRow(record, seq));
  const words = nameWords(record.applicant.name);
  for (const w of words) sql.word.run(w, seq);
  return words;
}

function prepared(db: Database.Database) {
  let sql = statements.get(db);
  if (!sql) {
    sql = {
      lookup: db.prepare(
        `INSERT INTO dossier_lookup (seq, slip_number, slip_compact, id_number, phone, procedure_code)
         VALUES (@seq, @slip_number, @slip_compact, @id_number, @phone, @procedure_code)`,
      ),
      word: db.prepare('INSERT INTO dossier_name_words (word, seq) VALUES (?, ?)'),
    };
    statements.set(db, sql);
  }
  return sql;
}

/**
 * What a correction of `field` to `value` changes in a dossier's lookup rows. The phone
 * is replaced: the wrong number must not find the dossier (it may be someone else's). The name's
 * words are added to the old ones: a clerk may search by the misspelt name on the citizen's receipt.
 */
export function correctedLookup(field: string, value: unknown): { phone?: string; words?: string[] } {
  if (field === 'phone') return { phone: String(value) };
  if (field === 'applicantName') return { words: nameWords(String(value)) };
  return {};
}

/** Applies `correctedLookup` to the rows of entry `seq`. Inside the correction entry's transaction. */
export function indexCorrection(db: Database.Database, seq: number, field: string, value: unknown): void {
  const change = correctedLookup(field, value);
  if (change.phone !== undefined) db.prepare('UPDATE dossier_lookup SET phone = ? WHERE seq = ?').run(change.phone, seq);
  if (!change.words) return;
  const word = db.prepare('INSERT OR IGNORE INTO dossier_name_words (word, seq) VALUES (?, ?)');
  for (const w of change.words) word.run(w, seq);
  // Pairs across the old and the new words too: the word postings hold both names' words as one.
  const all = db.prepare('SELECT word FROM dossier_name_words WHERE seq = ?').pluck().all(seq) as string[];
  const pair = db.prepare('INSERT OR IGNORE INTO dossier_name_pairs (first, second, seq) VALUES (?, ?, ?)');
  for (const [first, second] of namePairs(all)) pair.run(first, second, seq);
}

/** Links entries to dossiers (see dossier-links.ts). */
export function linkEntries(db: Database.Database, links: readonly DossierLink[]): void {
  if (links.length === 0) return;
  const link = db.prepare('INSERT OR IGNORE INTO dossier_entries (slip_number, seq) VALUES (?, ?)');
  for (const l of links) link.run(l.slipNumber, l.seq);
}
