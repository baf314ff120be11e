// The engines the search benchmark compares, each behind the same two calls (build, top-5 codes)
// and each given the same Vietnamese folding (shared/catalogue/fold.ts) as tokenizer/normalizer,
// so differences come from matching and ranking, not from who strips diacritics. Peers are set up
// the way their documentation suggests for type-ahead (prefix + fuzzy where they have it), index
// the title, the field and the code, and get no synonym list: only this project's search reads
// resources/catalogue/synonyms.json. `notes` says exactly what each one gets.
import Database from 'better-sqlite3';
import FlexSearch from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { fold } from '../../shared/catalogue/fold';
import { CatalogueSearch } from '../../shared/catalogue/search/catalogue-search';
import type { SearchDoc, SynonymEntry } from '../../shared/catalogue/search/types';

export interface Engine {
  name: string;
  notes: string;
  /** Builds the index; called once and timed. */
  build(docs: readonly SearchDoc[]): void;
  /**
   * Run only every n-th labelled query: for an engine so slow that the full set would not fit the
   * bench's few minutes. Its recall is then over that subset, and the report says so.
   */
  subsetEvery?: number;
  /** The codes of the first `limit` results, best first. */
  search(query: string, limit: number): string[];
  close?(): void;
}

const words = (text: string): string[] => {
  const f = fold(text);
  return f ? f.split(' ') : [];
};

export function catalogueSearchEngine(synonyms: readonly SynonymEntry[]): Engine {
  let engine: CatalogueSearch;
  return {
    name: 'CatalogueSearch (this project)',
    notes: `this project's search, with resources/catalogue/synonyms.json (${synonyms.length} entries), no usage counts`,
    build(docs) {
      engine = new CatalogueSearch(docs, synonyms);
    },
    search: (query, limit) => engine.search(query, { limit }).hits.map((h) => h.code),
  };
}

export function miniSearchEngine(): Engine {
  let index: MiniSearch<SearchDoc>;
  return {
    name: 'MiniSearch 7',
    notes: 'fields name (boost 2), field, code; tokenize = fold + split; prefix: true; fuzzy: 0.2; OR (default), BM25 ranking',
    build(docs) {
      index = new MiniSearch<SearchDoc>({
        idField: 'code',
        fields: ['name', 'field', 'code'],
        tokenize: words,
        processTerm: (term) => term || null,
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 2 } },
      });
      index.addAll(docs);
    },
    search: (query, limit) => index.search(query).slice(0, limit).map((r) => r.id as string),
  };
}

export function flexSearchEngine(): Engine {
  let index: InstanceType<typeof FlexSearch.Document>;
  return {
    name: 'FlexSearch 0.8',
    notes:
      "Document over name, field, code; encode = fold + split; tokenize 'forward' (prefixes); resolution 9; suggest: true (partial matches kept); " +
      'title hits before field hits; no typo tolerance. It scores by where a word sits in the title and does not prefer shorter titles, so the many titles that begin with the same words tie',
    build(docs) {
      const field = { tokenize: 'forward' as const, resolution: 9, encode: words };
      index = new FlexSearch.Document({
        document: {
          id: 'code',
          index: [
            { field: 'name', ...field },
            { field: 'field', ...field },
            { field: 'code', ...field },
          ],
        },
      });
      for (const d of docs) index.add({ code: d.code, name: d.name, field: d.field });
    },
    search(query, limit) {
      const perField = index.search(query, { limit, suggest: true }) as { field: string; result: string[] }[];
      // Field order of the index: name, field, code — a title hit ranks above a field hit.
      const order = ['name', 'code', 'field'];
      const out: string[] = [];
      for (const f of order) {
        for (const id of perField.find((r) => r.field === f)?.result ?? []) {
          if (!out.includes(id)) out.push(id);
          if (out.length === limit) return out;
        }
      }
      return out;
    },
  };
}

interface Folded {
  code: string;
  name: string;
  field: string;
}

export function fuseEngine(): Engine {
  let fuse: Fuse<Folded>;
  return {
    name: 'Fuse.js 7',
    // About 0.4 s a query on 10,000 titles (up to 2 s for long queries): a quarter of the set.
    subsetEvery: 4,
    notes: 'keys name (0.6), field (0.2), code (0.2) precomputed folded; query folded; threshold 0.4; ignoreLocation: true; Bitap (whole-string fuzzy)',
    build(docs) {
      const folded = docs.map((d) => ({ code: d.code, name: fold(d.name), field: fold(d.field) }));
      fuse = new Fuse(folded, {
        keys: [
          { name: 'name', weight: 0.6 },
          { name: 'field', weight: 0.2 },
          { name: 'code', weight: 0.2 },
        ],
        threshold: 0.4,
        ignoreLocation: true,
      });
    },
    search: (query, limit) => fuse.search(fold(query), { limit }).map((r) => r.item.code),
  };
}

export function sqliteLikeEngine(): Engine {
  let db: Database.Database;
  const statements = new Map<number, Database.Statement>();
  return {
    name: 'SQLite LIKE scan',
    notes: "in-memory better-sqlite3; column folded = fold(name) + field + code; every query word must match folded LIKE '%word%'; ORDER BY length(name) LIMIT 5",
    build(docs) {
      db = new Database(':memory:');
      db.exec('CREATE TABLE p (code TEXT PRIMARY KEY, name TEXT NOT NULL, folded TEXT NOT NULL)');
      const insert = db.prepare('INSERT INTO p (code, name, folded) VALUES (?, ?, ?)');
      db.transaction(() => {
        for (const d of docs) insert.run(d.code, d.name, ` ${fold(d.name)} ${fold(d.field)} ${fold(d.code)} ${d.code.toLowerCase()} `);
      })();
    },
    search(query, limit) {
      const tokens = words(query).slice(0, 12);
      if (tokens.length === 0) return [];
      let st = statements.get(tokens.length);
      if (!st) {
        const where = tokens.map(() => "folded LIKE ? ESCAPE '\\'").join(' AND ');
        st = db.prepare(`SELECT code FROM p WHERE ${where} ORDER BY length(name) LIMIT ?`).pluck();
        statements.set(tokens.length, st);
      }
      return st.all(...tokens.map((t) => `%${t}%`), limit) as string[];
    },
    close: () => db.close(),
  };
}
