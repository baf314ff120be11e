// The procedure search behind the lookup screen: typed the way people type at a counter.
//
// - Folding: case, diacritics, đ, NFC/NFD, punctuation and spacing do not matter (fold.ts).
// - Each query word matches a title word exactly, as a prefix (the word being typed), or, for
//   words of five letters or more, within one edit (typos).
// - Everyday words and abbreviations ("sổ đỏ", "GPLX") are expanded from a data file.
// - Ranking: the query as a phrase in the title > every word found > some words found; within a
//   tier, rarer words weigh more (IDF) and exact beats prefix beats fuzzy; how often this
//   counter used a procedure breaks ties, then the shorter title (see compare()).
// Everything is precomputed into arrays at build time so a keystroke costs well under 1 ms on
// 10,000 procedures.
import { fold, foldedTokens, type FoldedToken } from '../fold';
import { deletionVariants, withinOneEdit } from './edit-distance';
import type { Hit, SearchDoc, SearchOptions, SynonymEntry } from './types';

/** Longest query that is looked at: enough for any title, cheap for a 10,000-character paste. */
const maxQueryChars = 256;
const maxQueryWords = 12;
const minFuzzyLength = 5;

const quality = { exact: 1, prefix: 0.8, prefixInner: 0.6, fuzzy: 0.55 } as const;
const tierWeight = { phrase: 3000, all: 2000, some: 1000 } as const;

interface WordMatch {
  word: number;
  quality: number;
}

interface Synonym {
  phrase: string[];
  means: string[][];
}

interface Ranked {
  doc: number;
  score: number;
  /** The words of the query variant that ranked the document (after synonym expansion). */
  tokens: string[];
  /** How many of them the title holds: a fully matched expansion is stronger than a short query. */
  words: number;
}

export class CatalogueSearch {
  private readonly docs: readonly SearchDoc[];
  private readonly names: FoldedToken[][];
  private readonly foldedNames: string[];
  private readonly foldedCodes: string[];
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly sortedWords: number[];
  private readonly postings: Uint32Array[];
  private readonly idf: Float64Array;
  private readonly deletions = new Map<string, number[]>();
  private readonly synonyms: Synonym[];
  private readonly alphabetical: number[];
  private readonly usage: Float64Array;
  // Scratch space reused by every query.
  private readonly scores: Float64Array;
  private readonly bits: Uint32Array;

  constructor(docs: readonly SearchDoc[], synonyms: readonly SynonymEntry[], usage: ReadonlyMap<string, number> = new Map()) {
    this.docs = docs;
    this.names = docs.map((d) => foldedTokens(d.name.normalize('NFC')));
    this.foldedNames = this.names.map((tokens) => ` ${tokens.map((t) => t.text).join(' ')} `);
    this.foldedCodes = docs.map((d) => d.code.toLowerCase());
    const lists: number[][] = [];
    this.names.forEach((tokens, doc) => {
      for (const { text } of tokens) {
        let id = this.wordIds.get(text);
        if (id === undefined) {
          id = this.words.push(text) - 1;
          this.wordIds.set(text, id);
          lists.push([]);
        }
        const list = lists[id]!;
        if (list[list.length - 1] !== doc) list.push(doc);
      }
    });
    this.postings = lists.map((l) => Uint32Array.from(l));
    this.idf = Float64Array.from(lists, (l) => 1 + Math.log(docs.length / l.length));
    this.sortedWords = this.words.map((_w, i) => i).sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1));
    this.words.forEach((word, id) => {
      if (word.length < minFuzzyLength - 1) return;
      for (const variant of deletionVariants(word)) {
        const bucket = this.deletions.get(variant);
        if (bucket) bucket.push(id);
        else this.deletions.set(variant, [id]);
      }
    });
    this.synonyms = synonyms
      .map((s) => ({ phrase: fold(s.phrase).split(' ').filter(Boolean), means: s.means.map((m) => fold(m).split(' ').filter(Boolean)) }))
      .filter((s) => s.phrase.length > 0);
    const collator = new Intl.Collator('vi');
    this.alphabetical = docs.map((_d, i) => i).sort((a, b) => collator.compare(docs[a]!.name, docs[b]!.name));
    this.usage = Float64Array.from(docs, (d) => usage.get(d.code) ?? 0);
    this.scores = new Float64Array(docs.length);
    this.bits = new Uint32Array(docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  search(query: string, options: SearchOptions = {}): { hits: Hit[]; total: number } {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 50));
    const allowed = this.filterMask(options);
    const raw = query.slice(0, maxQueryChars);
    const tokens = fold(raw).split(' ').filter(Boolean).slice(0, maxQueryWords);
    if (tokens.length === 0) return this.browse(limit, allowed);

    const best = new Map<number, Ranked>();
    const matchCache = new Map<string, WordMatch[]>();
    let total = 0;
    for (const doc of this.codeMatches(raw.trim().toLowerCase(), allowed)) {
      best.set(doc.doc, doc);
    }
    for (const variant of this.variants(tokens)) {
      const { ranked, matched } = this.rank(variant, allowed, limit, matchCache);
      total = Math.max(total, matched);
      for (const r of ranked) {
        const prior = best.get(r.doc);
        if (!prior || this.compare(r, prior) < 0) best.set(r.doc, r);
      }
    }
    const hits = [...best.values()].sort((a, b) => this.compare(a, b)).slice(0, limit);
    return { hits: hits.map((r) => this.hit(r, tokens)), total: Math.max(total, hits.length) };
  }

  /** The query itself, and the query with each everyday phrase replaced by what it means. */
  private variants(tokens: string[]): string[][] {
    const out = [tokens];
    for (const s of this.synonyms) {
      const at = indexOfRun(tokens, s.phrase);
      if (at < 0) continue;
      for (const meaning of s.means) {
        out.push([...tokens.slice(0, at), ...meaning, ...tokens.slice(at + s.phrase.length)].slice(0, maxQueryWords));
      }
      if (out.length >= 8) break;
    }
    return out;
  }

  private rank(
    tokens: string[],
    allowed: Uint8Array | null,
    limit: number,
    cache: Map<string, WordMatch[]>,
  ): { ranked: Ranked[]; matched: number } {
    const { scores, bits, postings, idf } = this;
    const touched: number[] = [];
    let possible = 0;
    // The hot loop of every keystroke: plain indexed loops over typed arrays.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const bit = 1 << i;
      const typing = i === tokens.length - 1;
      const cacheKey = `${typing ? '>' : ''}${token}`;
      let matches = cache.get(cacheKey);
      if (!matches) {
        matches = this.wordMatches(token, typing);
        cache.set(cacheKey, matches);
      }
      let bestIdf = matches.length ? 0 : 1;
      for (const m of matches) {
        const wordIdf = idf[m.word]!;
        if (wordIdf > bestIdf) bestIdf = wordIdf;
        const weight = m.quality * wordIdf;
        const list = postings[m.word]!;
        for (let j = 0; j < list.length; j++) {
          const doc = list[j]!;
          const had = bits[doc]!;
          if (had & bit) continue;
          if (allowed !== null && allowed[doc] === 0) continue;
          if (had === 0) touched.push(doc);
          bits[doc] = had | bit;
          scores[doc]! += weight;
        }
      }
      possible += bestIdf;
    }
    const full = (1 << tokens.length) - 1;
    const needed = Math.max(1, Math.ceil(tokens.length / 2));
    const phrase = ` ${tokens.join(' ')}`;
    const top: Ranked[] = [];
    const keep = limit * 2;
    let matched = 0;
    for (const doc of touched) {
      const count = popcount(bits[doc]!);
      if (count >= needed) {
        matched++;
        const tier =
          bits[doc] === full ? (this.foldedNames[doc]!.includes(phrase) ? tierWeight.phrase : tierWeight.all) : tierWeight.some;
        // Relevance in 0..100, rounded so that near-equal matches tie and the tie-breaks decide.
        const score = Math.round((tier + (100 * scores[doc]!) / possible) * 10) / 10;
        insertTop(top, { doc, score, tokens, words: count }, keep, (a, b) => this.compare(a, b));
      }
      scores[doc] = 0;
      bits[doc] = 0;
    }
    return { ranked: top, matched };
  }

  /** Title words a query word can stand for, best first. */
  private wordMatches(token: string, typing: boolean): WordMatch[] {
    const out: WordMatch[] = [];
    const seen = new Set<number>();
    const add = (word: number, q: number) => {
      if (!seen.has(word)) {
        seen.add(word);
        out.push({ word, quality: q });
      }
    };
    const exact = this.wordIds.get(token);
    if (exact !== undefined) add(exact, quality.exact);
    // The word being typed is a prefix; earlier words may be clipped too ("dang ky kh sinh"),
    // unless they are whole title words already.
    if (typing || (token.length >= 2 && exact === undefined)) {
      const q = typing ? quality.prefix : quality.prefixInner;
      for (let i = this.lowerBound(token); i < this.sortedWords.length; i++) {
        const id = this.sortedWords[i]!;
        if (!this.words[id]!.startsWith(token)) break;
        add(id, q);
      }
    }
    if (token.length >= minFuzzyLength) {
      for (const variant of deletionVariants(token)) {
        for (const id of this.deletions.get(variant) ?? []) {
          if (withinOneEdit(token, this.words[id]!)) add(id, quality.fuzzy);
        }
      }
    }
    return out;
  }

  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[this.sortedWords[mid]!]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A query that looks like a procedure code ("1.001193", "2.0004") finds it first. */
  private codeMatches(query: string, allowed: Uint8Array | null): Ranked[] {
    if (!/^[0-9][0-9a-z._-]*$/.test(query) || !query.includes('.')) return [];
    const out: Ranked[] = [];
    this.foldedCodes.forEach((code, doc) => {
      if (allowed && !allowed[doc]) return;
      if (code === query) out.push({ doc, score: 10_000, tokens: [], words: 0 });
      else if (code.startsWith(query)) out.push({ doc, score: 5_000, tokens: [], words: 0 });
    });
    return out;
  }

  private browse(limit: number, allowed: Uint8Array | null): { hits: Hit[]; total: number } {
    const order = allowed ? this.alphabetical.filter((d) => allowed[d]) : this.alphabetical;
    // Most used first, then alphabetical (a stable sort keeps the collation order among equals).
    const picked = [...order].sort((a, b) => this.usage[b]! - this.usage[a]!).slice(0, limit);
    return { hits: picked.map((doc) => this.hit({ doc, score: 0, tokens: [], words: 0 }, [])), total: order.length };
  }

  /**
   * Score; then the more words matched (an everyday phrase whose official wording the title
   * holds in full beats a title that only holds the everyday words); then this counter's use
   * of the procedure; then the shorter title (the query covers more of it).
   */
  private compare(a: Ranked, b: Ranked): number {
    return (
      b.score - a.score ||
      b.words - a.words ||
      this.usage[b.doc]! - this.usage[a.doc]! ||
      this.names[a.doc]!.length - this.names[b.doc]!.length ||
      (this.docs[a.doc]!.code < this.docs[b.doc]!.code ? -1 : 1)
    );
  }

  private filterMask(options: SearchOptions): Uint8Array | null {
    const { field, agency, level } = options;
    if (!field && !agency && !level) return null;
    return Uint8Array.from(this.docs, (d) =>
      (!field || d.fieldCode === field || d.field === field) && (!agency || d.agency === agency) && (!level || d.level === level) ? 1 : 0,
    );
  }

  /** Marks the title words the clerk typed; where only an expansion matched ("GPLX"), its words. */
  private hit(r: Ranked, typed: string[]): Hit {
    const d = this.docs[r.doc]!;
    const mark = (words: string[]) =>
      this.names[r.doc]!.filter((t) =>
        words.some(
          (q, i) =>
            t.text === q ||
            (t.text.startsWith(q) && (i === words.length - 1 || q.length >= 2)) ||
            (q.length >= minFuzzyLength && withinOneEdit(q, t.text)),
        ),
      ).map((t): [number, number] => [t.start, t.end]);
    const own = mark(typed);
    const highlights = own.length ? own : mark(r.tokens);
    return { code: d.code, name: d.name, field: d.field, agency: d.agency, level: d.level, score: r.score, highlights };
  }
}

function indexOfRun(tokens: string[], run: string[]): number {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

function popcount(n: number): number {
  let c = 0;
  while (n) {
    n &= n - 1;
    c++;
  }
  return c;
}

/** Keeps `top` sorted and at most `keep` long. */
function insertTop<T>(top: T[], item: T, keep: number, compare: (a: T, b: T) => number): void {
  if (top.length === keep && compare(item, top[keep - 1]!) >= 0) return;
  let i = top.length;
  while (i > 0 && compare(item, top[i - 1]!) < 0) i--;
  top.splice(i, 0, item);
  if (top.length > keep) top.pop();
}
