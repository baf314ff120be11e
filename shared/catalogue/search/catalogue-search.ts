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

/** A query word as matched: the last one is being typed, so it also matches as a prefix. */
interface Term {
  token: string;
  typing: boolean;
}

/** One query variant of a pass, its words given as indexes into the pass's terms. */
interface Variant {
  tokens: string[];
  terms: number[];
}

/** Variants ranked together; their distinct terms fit one bit each of a 32-bit mask. */
interface Pass {
  terms: Term[];
  variants: Variant[];
}

interface VariantRule extends Variant {
  /** Term bits, one layer per repetition of a term. */
  layers: number[];
  /** Every term of the variant: the document holds all its words. */
  all: number;
  needed: number;
  /** Sum of the best IDF each word could score: relevance is a share of it. */
  possible: number;
  phrase: string;
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
  // Scratch space reused by every query: per document, which terms of the pass it holds, and
  // per term, the weight it gave each document (read only where the mask says it was written).
  private readonly masks: Int32Array;
  private readonly weights: Float64Array[] = [];
  /** Documents the pass touched, then those it fully / partly matched (lists as long as the catalogue, so never grown). */
  private readonly touched: Int32Array;
  private readonly whole: Int32Array;
  private readonly partial: Int32Array;

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
    this.masks = new Int32Array(docs.length);
    this.touched = new Int32Array(docs.length);
    this.whole = new Int32Array(docs.length);
    this.partial = new Int32Array(docs.length);
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
    let total = 0;
    for (const doc of this.codeMatches(raw.trim().toLowerCase(), allowed)) {
      best.set(doc.doc, doc);
    }
    for (const pass of passes(this.variants(tokens))) {
      const { ranked, matched } = this.rank(pass, allowed, limit);
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

  /**
   * Ranks every variant of a pass in one walk of the postings. Expansions share most words with
   * the query ("doi bang lai xe het han" and "doi giay phep lai xe het han"), so each distinct
   * word's postings are read once and each variant is then scored per document from the mask of
   * words that document holds. Scores, tiers and counts are those of ranking each variant alone.
   * Returns each document's best variant (earliest on a tie), for the `limit` best documents:
   * a document outside them in its best pass is outside the overall `limit` too.
   */
  private rank(pass: Pass, allowed: Uint8Array | null, limit: number): { ranked: Ranked[]; matched: number } {
    const { masks, postings, idf, touched, whole, partial } = this;
    let touchedCount = 0;
    const bestIdf = pass.terms.map(({ token, typing }, t) => {
      const weights = (this.weights[t] ??= new Float64Array(this.docs.length));
      const matches = this.wordMatches(token, typing);
      let most = matches.length ? 0 : 1;
      // A document takes the weight of the first (best) title word that matches the term.
      for (const m of matches) {
        const wordIdf = idf[m.word]!;
        if (wordIdf > most) most = wordIdf;
        touchedCount = walk(postings[m.word]!, m.quality * wordIdf, 1 << t, weights, masks, allowed, touched, touchedCount);
      }
      return most;
    });
    const variants = pass.variants.map((v) => variantRule(v, bestIdf));
    // Most documents hold one common word only; they count for no variant needing two. A repeated
    // word counts twice, so a variant needs at least `needed` less its repetitions distinct terms.
    const fewest = Math.min(...variants.map((v) => v.needed - v.terms.length + popcount(v.all)));
    const matched = new Int32Array(variants.length);
    // The counting loop below visits nearly every document: its rules as flat typed arrays.
    const alls = Int32Array.from(variants, (v) => v.all);
    const needs = Int32Array.from(variants, (v) => v.needed);
    const repeats = Int32Array.from(variants, (v) => v.layers.length - 1);
    // Every document is counted (for the total); those holding every word of some variant rank in
    // a higher tier, so the partial ones are scored only if the top still has room for them.
    let wholeCount = 0;
    let partialCount = 0;
    for (let d = 0; d < touchedCount; d++) {
      const mask = masks[touched[d]!]!;
      if (popcount(mask) < fewest) continue;
      let fit = 0;
      for (let i = 0; i < alls.length; i++) {
        const all = alls[i]!;
        const words = repeats[i] === 0 ? popcount(mask & all) : matchedWords(mask, variants[i]!.layers);
        if (words < needs[i]!) continue;
        matched[i]!++;
        if ((mask & all) === all) fit = 2;
        else if (fit === 0) fit = 1;
      }
      if (fit === 2) whole[wholeCount++] = touched[d]!;
      else if (fit === 1) partial[partialCount++] = touched[d]!;
    }
    const top: Ranked[] = [];
    for (let d = 0; d < wholeCount; d++) this.offer(top, whole[d]!, variants, limit);
    if (top.length < limit || top[limit - 1]!.score <= tierWeight.some + 100) {
      for (let d = 0; d < partialCount; d++) this.offer(top, partial[d]!, variants, limit);
    }
    for (let d = 0; d < touchedCount; d++) masks[touched[d]!] = 0;
    return { ranked: top, matched: Math.max(...matched) };
  }

  /** Puts a document's best variant into `top` if it ranks there; the earliest variant wins a tie. */
  private offer(top: Ranked[], doc: number, variants: readonly VariantRule[], limit: number): void {
    const mask = this.masks[doc]!;
    // Relevance adds at most 100 to the tier, so a variant whose tier cannot reach the current
    // last of the top is skipped before the phrase test and the sum.
    const floor = top.length === limit ? top[limit - 1]!.score : -Infinity;
    let pick: Ranked | null = null;
    for (const v of variants) {
      const words = matchedWords(mask, v.layers);
      if (words < v.needed) continue;
      const whole = (mask & v.all) === v.all;
      if ((whole ? tierWeight.phrase : tierWeight.some) + 100 < floor) continue;
      const tier = whole ? (this.foldedNames[doc]!.includes(v.phrase) ? tierWeight.phrase : tierWeight.all) : tierWeight.some;
      if (tier + 100 < floor) continue;
      let sum = 0;
      for (const t of v.terms) if (mask & (1 << t)) sum += this.weights[t]![doc]!;
      // Relevance in 0..100, rounded so that near-equal matches tie and the tie-breaks decide.
      const score = Math.round((tier + (100 * sum) / v.possible) * 10) / 10;
      if (score < floor) continue;
      const ranked = { doc, score, tokens: v.tokens, words };
      if (!pick || this.compare(ranked, pick) < 0) pick = ranked;
    }
    if (pick) insertTop(top, pick, limit, (a, b) => this.compare(a, b));
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

/** Groups variants into passes of at most 32 distinct terms (one bit each); usually one pass. */
function passes(variants: string[][]): Pass[] {
  const out: Pass[] = [];
  let pass: Pass = { terms: [], variants: [] };
  let ids = new Map<string, number>();
  for (const tokens of variants) {
    const keys = tokens.map((token, i) => `${i === tokens.length - 1 ? '>' : ''}${token}`);
    if (ids.size + new Set(keys.filter((k) => !ids.has(k))).size > 32) {
      out.push(pass);
      pass = { terms: [], variants: [] };
      ids = new Map();
    }
    const terms = keys.map((key, i) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = pass.terms.push({ token: tokens[i]!, typing: i === tokens.length - 1 }) - 1;
        ids.set(key, id);
      }
      return id;
    });
    pass.variants.push({ tokens, terms });
  }
  out.push(pass);
  return out;
}

/**
 * What ranking a variant needs from a document's term mask. A word may occur twice in a query
 * ("ban sao tu ban chinh") and then counts twice: layer j holds the terms occurring at least
 * j + 1 times, so the words matched are the sum of the layers' popcounts.
 */
function variantRule(v: Variant, bestIdf: number[]): VariantRule {
  const layers: number[] = [];
  const seen = new Map<number, number>();
  let possible = 0;
  for (const t of v.terms) {
    const n = seen.get(t) ?? 0;
    seen.set(t, n + 1);
    layers[n] = (layers[n] ?? 0) | (1 << t);
    possible += bestIdf[t]!;
  }
  return {
    tokens: v.tokens,
    terms: v.terms,
    layers,
    all: layers[0]!,
    needed: Math.max(1, Math.ceil(v.terms.length / 2)),
    possible,
    phrase: ` ${v.tokens.join(' ')}`,
  };
}

/**
 * The hot loop of every keystroke, kept small so the JIT optimises it early: marks the term's
 * bit and weight on each allowed document of a posting list that has no weight for it yet.
 * Returns the new count of touched documents.
 */
function walk(
  list: Uint32Array,
  weight: number,
  bit: number,
  weights: Float64Array,
  masks: Int32Array,
  allowed: Uint8Array | null,
  touched: Int32Array,
  touchedCount: number,
): number {
  let count = touchedCount;
  for (let j = 0; j < list.length; j++) {
    const doc = list[j]!;
    const had = masks[doc]!;
    if (had & bit) continue;
    if (allowed !== null && allowed[doc] === 0) continue;
    if (had === 0) touched[count++] = doc;
    masks[doc] = had | bit;
    weights[doc] = weight;
  }
  return count;
}

/** How many words of a variant a document's term mask holds, repeated words counted twice. */
function matchedWords(mask: number, layers: readonly number[]): number {
  let count = 0;
  for (let j = 0; j < layers.length; j++) count += popcount(mask & layers[j]!);
  return count;
}

function indexOfRun(tokens: string[], run: string[]): number {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Keeps `top` sorted and at most `keep` long. */
function insertTop<T>(top: T[], item: T, keep: number, compare: (a: T, b: T) => number): void {
  if (top.length === keep && compare(item, top[keep - 1]!) >= 0) return;
  let i = top.length;
  while (i > 0 && compare(item, top[i - 1]!) < 0) i--;
  top.splice(i, 0, item);
  if (top.length > keep) top.pop();
}
