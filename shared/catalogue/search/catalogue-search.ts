// The procedure search behind the lookup screen: typed the way people type at a counter.
//
// - Folding: case, diacritics, đ, NFC/NFD, punctuation and spacing do not matter (fold.ts).
// - Each query word matches a title word exactly, as a prefix (the word being typed), or, for
//   words of five letters or more, within one edit (typos).
// - Everyday words and abbreviations ("sổ đỏ", "GPLX") are expanded from a data file.
// - Fillers ("xin", "làm", "cho bé", "đối với") are no words to match, nor break a phrase
//   (filler-words.ts).
// - Ranking: the query as a phrase in the title > every word found > some words found; within a
//   tier, rarer words weigh more (IDF) and exact beats prefix beats fuzzy; how often this
//   counter used a procedure breaks ties, then the base procedure before its variants (the
//   lighter the words around the query's), then the shorter title (see compare()).
// - When no title holds every word, the result says so and names the typed words no title holds.
// Everything is precomputed into arrays at build time so a keystroke costs well under 1 ms on
// 10,000 procedures.
import { fold, foldedTokens, type FoldedToken } from '../fold';
import { deletionVariants, withinOneEdit } from './edit-distance';
import { foldedFillers, typedFillers } from './filler-words';
import type { Hit, SearchDoc, SearchOptions, SearchResult, SynonymEntry } from './types';

/** Longest query that is looked at: enough for any title, cheap for a 10,000-character paste. */
const maxQueryChars = 256;
const maxQueryWords = 12;
const minFuzzyLength = 5;
/**
 * A word being typed this short ("dang ky ket h") starts many title words; which of them a title
 * holds, or how many, says nothing: every title it starts gets one weight, from how many titles
 * it starts, and it neither extends a phrase nor marks more than one word.
 */
const maxShortPrefix = 2;
/** Digits of a code typed without its dot ("2000488"): enough not to take a year for a code. */
const minBareCodeDigits = 5;

const quality = { exact: 1, prefix: 0.8, prefixInner: 0.6, fuzzy: 0.55 } as const;
const tierWeight = { phrase: 3000, all: 2000, some: 1000 } as const;
/** What a title word after the query's words, which the query does not explain, adds to `extra` (see leadWords()). */
const qualifierWeight = 0.5;
/** How much of a partial match's relevance rests on the share of the title it explains (titleShare()). */
const titleShareWeight = 0.5;

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
  /** The words as a phrase, fillers left out (as in `phraseNames`); null when only fillers remain. */
  phrase: string | null;
}

interface Ranked {
  doc: number;
  score: number;
  /** The words of the query variant that ranked the document (after synonym expansion). */
  tokens: string[];
  /** How many of them the title holds: a fully matched expansion is stronger than a short query. */
  words: number;
  /**
   * For a title holding every word: the weight (IDF) of its words before the query's words, the
   * qualifying action of a variant ("Gia hạn", "Chấm dứt hoạt động") against the base
   * procedure's plain, common one ("Cấp", "Đăng ký thành lập"), plus a little for each word
   * after them ("… cho người nước ngoài"); see leadWords().
   */
  extra: number;
}

export class CatalogueSearch {
  private readonly docs: readonly SearchDoc[];
  private readonly names: FoldedToken[][];
  /** Each title's words as vocabulary ids, in title order. */
  private readonly titleWords: Int32Array[];
  /** Per title, the IDF of its first i words (index i). */
  private readonly leadIdf: Float64Array[];
  /** Per title, 1 for each of its words that is a filler (filler-words.ts). */
  private readonly titleFillers: Uint8Array[];
  /**
   * Each title's words without its fillers, to test a query's words for a phrase: "giấy phép
   * xây dựng nhà ở" is one in "Cấp giấy phép xây dựng đối với nhà ở riêng lẻ". With, per title,
   * where each kept word starts in it and which word of the title it is.
   */
  private readonly phraseNames: string[];
  private readonly phraseStarts: Int32Array[];
  private readonly phraseWords: Int32Array[];
  private readonly foldedCodes: string[];
  /** The codes without their dots, for codes typed without them. */
  private readonly bareCodes: string[];
  /** Documents in order of their code, and of their code without dots, to find a prefix by bisection. */
  private readonly byCode: number[];
  private readonly byBareCode: number[];
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly sortedWords: number[];
  private readonly postings: Uint32Array[];
  /** Per prefix of one or two letters, the documents with a title word it starts (read once, not per word). */
  private readonly shortPostings = new Map<string, Uint32Array>();
  private readonly idf: Float64Array;
  private readonly deletions = new Map<string, number[]>();
  private readonly synonyms: Synonym[];
  private readonly alphabetical: number[];
  private readonly usage: Float64Array;
  // Scratch space reused by every query: per document, which terms of the pass it holds, and
  // per term, the weight it gave each document (read only where the mask says it was written).
  private readonly masks: Int32Array;
  private readonly weights: Float64Array[] = [];
  /** Per term of the pass, one weight for every document it matches (a short prefix), else 0. */
  private readonly uniform = new Float64Array(32);
  /** Per vocabulary word, the terms of the current pass that match it (reset after each pass). */
  private readonly termsOfWord: Int32Array;
  /** Documents the pass touched, then those it fully / partly matched (lists as long as the catalogue, so never grown). */
  private readonly touched: Int32Array;
  private readonly whole: Int32Array;
  private readonly partial: Int32Array;

  constructor(docs: readonly SearchDoc[], synonyms: readonly SynonymEntry[], usage: ReadonlyMap<string, number> = new Map()) {
    this.docs = docs;
    this.names = docs.map((d) => foldedTokens(d.name.normalize('NFC')));
    this.titleFillers = this.names.map((tokens) => Uint8Array.from(foldedFillers(tokens.map((t) => t.text)), Number));
    this.phraseWords = this.titleFillers.map((filler) => Int32Array.from(filler.keys()).filter((i) => !filler[i]));
    this.phraseNames = this.names.map((tokens, doc) => ` ${[...this.phraseWords[doc]!].map((i) => tokens[i]!.text).join(' ')} `);
    this.phraseStarts = this.names.map((tokens, doc) => {
      let at = 1;
      return Int32Array.from(this.phraseWords[doc]!, (i) => (at += tokens[i]!.text.length + 1) - tokens[i]!.text.length - 1);
    });
    this.foldedCodes = docs.map((d) => d.code.toLowerCase());
    this.bareCodes = this.foldedCodes.map((c) => c.replace(/[.]/g, ''));
    const order = (codes: string[]) => codes.map((_c, i) => i).sort((a, b) => (codes[a]! < codes[b]! ? -1 : codes[a]! > codes[b]! ? 1 : 0));
    this.byCode = order(this.foldedCodes);
    this.byBareCode = order(this.bareCodes);
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
    this.titleWords = this.names.map((tokens) => Int32Array.from(tokens, (t) => this.wordIds.get(t.text)!));
    this.termsOfWord = new Int32Array(this.words.length);
    this.postings = lists.map((l) => Uint32Array.from(l));
    const shortLists = new Map<string, number[]>();
    this.names.forEach((tokens, doc) => {
      for (const { text } of tokens) {
        for (let n = 1; n <= Math.min(maxShortPrefix, text.length); n++) {
          const prefix = text.slice(0, n);
          const list = shortLists.get(prefix) ?? shortLists.set(prefix, []).get(prefix)!;
          if (list[list.length - 1] !== doc) list.push(doc);
        }
      }
    });
    for (const [prefix, list] of shortLists) this.shortPostings.set(prefix, Uint32Array.from(list));
    this.idf = Float64Array.from(lists, (l) => 1 + Math.log(docs.length / l.length));
    this.leadIdf = this.titleWords.map((ids) => {
      const sums = new Float64Array(ids.length + 1);
      ids.forEach((id, i) => (sums[i + 1] = sums[i]! + this.idf[id]!));
      return sums;
    });
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
      .map((s) => ({ phrase: fold(s.phrase).split(' ').filter(Boolean), means: s.means.map(meaningful) }))
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

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 50));
    const allowed = this.filterMask(options);
    const raw = query.slice(0, maxQueryChars).normalize('NFC');
    const typed = foldedTokens(raw).slice(0, maxQueryWords);
    if (typed.length === 0) return { ...this.browse(limit, allowed), complete: true, unmatched: [] };
    const tokens = typed.map((t) => t.text);
    // Fillers are left out of the words to match (a query of fillers only is kept whole).
    const filler = typedFillers(typed.map((t) => raw.slice(t.start, t.end).toLowerCase()));
    const keep = filler.every(Boolean) ? filler.map(() => true) : filler.map((f) => !f);

    const best = new Map<number, Ranked>();
    let total = 0;
    const codes = this.codeMatches(raw.trim().toLowerCase(), allowed);
    for (const doc of codes) best.set(doc.doc, doc);
    let complete = codes.length > 0;
    // Which words of the query as typed (the first variant, always in the first pass) some title holds.
    let held = 0;
    const all = passes(this.variants(tokens, keep));
    all.forEach((pass, i) => {
      const r = this.rank(pass, allowed, limit);
      total = Math.max(total, r.matched);
      complete ||= r.whole;
      if (i === 0) held = r.held;
      for (const ranked of r.ranked) {
        const prior = best.get(ranked.doc);
        if (!prior || this.compare(ranked, prior) < 0) best.set(ranked.doc, ranked);
      }
    });
    const hits = [...best.values()].sort((a, b) => this.compare(a, b)).slice(0, limit);
    const first = all[0]!.variants[0]!;
    // Typed word i is word termAt[i] of the first variant, the query less its fillers.
    const termAt = keep.map((k, i) => (k ? keep.slice(0, i).filter(Boolean).length : -1));
    return {
      hits: hits.map((r) => this.hit(r, first.tokens)),
      total: Math.max(total, hits.length),
      complete,
      unmatched: complete ? [] : runs(raw, typed, (i) => termAt[i]! >= 0 && (held & (1 << first.terms[termAt[i]!]!)) === 0),
    };
  }

  /**
   * The query itself, the query with each everyday phrase replaced by what it means, and, when
   * it holds several everyday phrases ("cap lai GCN HKD"), with all of them replaced at once.
   */
  private variants(tokens: string[], keep: readonly boolean[]): string[][] {
    // The typed words from..to that are matched: fillers left out.
    const kept = (from: number, to = tokens.length) => tokens.slice(from, to).filter((_t, i) => keep[from + i]);
    const out = [kept(0)];
    const found: { at: number; synonym: Synonym }[] = [];
    for (const s of this.synonyms) {
      const at = indexOfRun(tokens, s.phrase);
      if (at < 0) continue;
      found.push({ at, synonym: s });
      for (const meaning of s.means) {
        out.push([...kept(0, at), ...meaning, ...kept(at + s.phrase.length)].slice(0, maxQueryWords));
      }
      if (out.length >= 8) break;
    }
    const all = found.length > 1 ? replaceAll(tokens, keep, found) : null;
    if (all) out.push(all.slice(0, maxQueryWords));
    return out;
  }

  /**
   * Ranks every variant of a pass in one walk of the postings. Expansions share most words with
   * the query ("doi bang lai xe het han" and "doi giay phep lai xe het han"), so each distinct
   * word's postings are read once and each variant is then scored per document from the mask of
   * words that document holds. Scores, tiers and counts are those of ranking each variant alone.
   * Returns each document's best variant (earliest on a tie), for the `limit` best documents:
   * a document outside them in its best pass is outside the overall `limit` too.
   * Also says whether some document holds every word of a variant (`whole`), and which terms
   * some allowed document holds (`held`, one bit per term).
   */
  private rank(pass: Pass, allowed: Uint8Array | null, limit: number): { ranked: Ranked[]; matched: number; whole: boolean; held: number } {
    const { masks, postings, idf, touched, whole, partial, termsOfWord } = this;
    let touchedCount = 0;
    const matchedWordIds: number[] = [];
    this.uniform.fill(0);
    const bestIdf = pass.terms.map(({ token, typing }, t) => {
      const weights = (this.weights[t] ??= new Float64Array(this.docs.length));
      const matches = this.wordMatches(token, typing);
      if (typing && token.length <= maxShortPrefix && matches.length) {
        // One weight for every title the prefix starts a word of, from how many titles that is.
        const list = this.shortPostings.get(token)!;
        let documents = list.length;
        if (allowed) for (const doc of list) documents -= 1 - allowed[doc]!;
        const weight = quality.prefix * (1 + Math.log(this.docs.length / Math.max(documents, 1)));
        for (const m of matches) {
          if (termsOfWord[m.word] === 0) matchedWordIds.push(m.word);
          termsOfWord[m.word]! |= 1 << t;
        }
        touchedCount = walk(list, weight, 1 << t, weights, masks, allowed, touched, touchedCount);
        this.uniform[t] = weight;
        return weight;
      }
      // What a full match of the term is worth: the best weight a document can get from it. The
      // word itself, when a title holds it, is a full match: a rarer word it only starts or
      // resembles never weighs more.
      let most = matches.length ? 0 : 1;
      const exact = matches[0]?.quality === quality.exact ? idf[matches[0].word]! : Infinity;
      // A document takes the weight of the first (best) title word that matches the term.
      for (const m of matches) {
        const weight = Math.min(m.quality * idf[m.word]!, exact);
        if (weight > most) most = weight;
        if (termsOfWord[m.word] === 0) matchedWordIds.push(m.word);
        termsOfWord[m.word]! |= 1 << t;
        touchedCount = walk(postings[m.word]!, weight, 1 << t, weights, masks, allowed, touched, touchedCount);
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
    let held = 0;
    for (let d = 0; d < touchedCount; d++) {
      const mask = masks[touched[d]!]!;
      held |= mask;
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
    for (const word of matchedWordIds) termsOfWord[word] = 0;
    return { ranked: top, matched: Math.max(...matched), whole: wholeCount > 0, held };
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
      const at = whole && v.phrase !== null ? this.phraseNames[doc]!.indexOf(v.phrase) : -1;
      const tier = whole ? (at >= 0 ? tierWeight.phrase : tierWeight.all) : tierWeight.some;
      if (tier + 100 < floor) continue;
      let sum = 0;
      for (const t of v.terms) if (mask & (1 << t)) sum += this.uniform[t]! || this.weights[t]![doc]!;
      let relevance = (100 * sum) / v.possible;
      if (rounded(tier + relevance) < floor) continue;
      // A partial match also counts by how much of the title the words found explain: "bao tu cho
      // ong" is "Đăng ký khai tử", not a longer title that also holds "cho" in "cho người …".
      if (!whole) relevance *= 1 - titleShareWeight + titleShareWeight * this.titleShare(doc, v.all);
      const score = rounded(tier + relevance);
      if (score < floor) continue;
      const ranked = { doc, score, tokens: v.tokens, words, extra: 0 };
      if (whole) {
        const lead = this.leadWords(doc, v, at);
        ranked.extra = rounded2(this.leadIdf[doc]![lead]!);
        // The words after the query's only add to `extra`: a title that cannot enter a full top
        // without them cannot with them, and most of a common query's titles are such.
        if (top.length === limit && this.compare(ranked, top[limit - 1]!) >= 0) continue;
        ranked.extra = rounded2(this.leadIdf[doc]![lead]! + qualifierWeight * this.qualifiers(doc, v, lead));
      }
      if (!pick || this.compare(ranked, pick) < 0) pick = ranked;
    }
    if (pick) insertTop(top, pick, limit, (a, b) => this.compare(a, b));
  }

  /** The share of the title's weight (IDF) in the words the variant's terms (`all`) match. */
  private titleShare(doc: number, all: number): number {
    const ids = this.titleWords[doc]!;
    let held = 0;
    for (let i = 0; i < ids.length; i++) if (this.termsOfWord[ids[i]!]! & all) held += this.idf[ids[i]!]!;
    return held / this.leadIdf[doc]![ids.length]!;
  }

  /**
   * How many title words come before the query's words: before the phrase, or before the first
   * title word the variant's terms match.
   * They make the title's `extra`, how much it says beyond the query, with the words after:
   * the IDF of the words before, and `qualifierWeight` for each word after that the query does
   * not explain, fillers aside (qualifiers()).
   * Vietnamese titles lead with the action; the base procedure's action is a common word
   * ("Cấp", "Đăng ký thành lập"), a variant's a rarer qualifier ("Gia hạn", "Chấm dứt hoạt
   * động"), so the base weighs least. Words after the query's are who or what case the variant
   * is for ("… cho người nước ngoài", "… trong trường hợp bị mất, hỏng"): the base procedure
   * needs none, so each counts, but for less than any action word (whose IDF is at least 1):
   * "Cấp lại giấy phép xây dựng" still comes after "Cấp giấy phép xây dựng đối với nhà ở riêng
   * lẻ". Derived from the catalogue's own word counts, not from a list of qualifiers.
   */
  private leadWords(doc: number, v: VariantRule, phraseAt: number): number {
    const ids = this.titleWords[doc]!;
    let words = 0;
    if (phraseAt >= 0) {
      // The phrase starts with a space: its first word starts one further.
      const starts = this.phraseStarts[doc]!;
      let kept = 0;
      while (kept < starts.length && starts[kept]! <= phraseAt) kept++;
      words = this.phraseWords[doc]![kept] ?? ids.length;
    } else {
      while (words < ids.length && (this.termsOfWord[ids[words]!]! & v.all) === 0) words++;
    }
    return words;
  }

  /** How many words from `from` on the title has that are neither the variant's nor fillers. */
  private qualifiers(doc: number, v: VariantRule, from: number): number {
    const ids = this.titleWords[doc]!;
    const filler = this.titleFillers[doc]!;
    let after = 0;
    for (let i = from; i < ids.length; i++) if (filler[i] === 0 && (this.termsOfWord[ids[i]!]! & v.all) === 0) after++;
    return after;
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
    return lowerBound(this.sortedWords.length, (i) => this.words[this.sortedWords[i]!]! < token);
  }

  /**
   * A query that looks like a procedure code ("1.001193", "2.0004") finds it first; so do its
   * digits typed without the dot ("2000488", "20004"), which a keypad or a scanner often gives.
   */
  private codeMatches(query: string, allowed: Uint8Array | null): Ranked[] {
    const dotted = /^[0-9][0-9a-z._-]*$/.test(query) && query.includes('.');
    const bare = query.length >= minBareCodeDigits && /^[0-9]+$/.test(query);
    if (!dotted && !bare) return [];
    const codes = bare ? this.bareCodes : this.foldedCodes;
    const order = bare ? this.byBareCode : this.byCode;
    const out: Ranked[] = [];
    for (let i = lowerBound(order.length, (j) => codes[order[j]!]! < query); i < order.length; i++) {
      const doc = order[i]!;
      const code = codes[doc]!;
      if (!code.startsWith(query)) break;
      if (allowed && !allowed[doc]) continue;
      out.push({ doc, score: code === query ? 10_000 : 5_000, tokens: [], words: 0, extra: 0 });
    }
    return out;
  }

  private browse(limit: number, allowed: Uint8Array | null): { hits: Hit[]; total: number } {
    const order = allowed ? this.alphabetical.filter((d) => allowed[d]) : this.alphabetical;
    // Most used first, then alphabetical (a stable sort keeps the collation order among equals).
    const picked = [...order].sort((a, b) => this.usage[b]! - this.usage[a]!).slice(0, limit);
    return { hits: picked.map((doc) => this.hit({ doc, score: 0, tokens: [], words: 0, extra: 0 }, [])), total: order.length };
  }

  /**
   * Score; then the more words matched (an everyday phrase whose official wording the title
   * holds in full beats a title that only holds the everyday words); then this counter's use
   * of the procedure; then the base procedure before its variants (the lighter qualifying words,
   * see leadWords()); then the shorter title (the query covers more of it).
   */
  private compare(a: Ranked, b: Ranked): number {
    return (
      b.score - a.score ||
      b.words - a.words ||
      this.usage[b.doc]! - this.usage[a.doc]! ||
      a.extra - b.extra ||
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
    const names = this.names[r.doc]!;
    const matches = (t: FoldedToken, q: string, last: boolean) =>
      t.text === q || (t.text.startsWith(q) && (last || q.length >= 2)) || (q.length >= minFuzzyLength && withinOneEdit(q, t.text));
    const mark = (words: string[]) => {
      // A short word being typed marks one title word: the first it starts after the other words' matches.
      const short = typingShort(words) ? words[words.length - 1]! : null;
      const rest = short === null ? words : words.slice(0, -1);
      const marked = names.map((t) => rest.some((q, i) => matches(t, q, i === words.length - 1)));
      if (short !== null) {
        const after = marked.lastIndexOf(true) + 1;
        const at = [...names.keys()].find((i) => i >= after && names[i]!.text.startsWith(short)) ?? names.findIndex((t) => t.text.startsWith(short));
        if (at >= 0) marked[at] = true;
      }
      return names.filter((_t, i) => marked[i]).map((t): [number, number] => [t.start, t.end]);
    };
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
    phrase: phraseOf(v.tokens),
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

/** The variant's words as a phrase to find in `phraseNames`, fillers left out as there. */
function phraseOf(tokens: readonly string[]): string | null {
  // A word of one or two letters being typed starts too many words to make a phrase of.
  const words = typingShort(tokens) ? tokens.slice(0, -1) : tokens;
  const filler = foldedFillers(words);
  const kept = words.filter((_w, i) => !filler[i]);
  return kept.length ? ` ${kept.join(' ')}` : null;
}

/** An everyday phrase's meaning as words to match: its fillers left out, as the query's are. */
function meaningful(meaning: string): string[] {
  const nfc = meaning.normalize('NFC');
  const tokens = foldedTokens(nfc);
  const filler = typedFillers(tokens.map((t) => nfc.slice(t.start, t.end).toLowerCase()));
  const kept = tokens.filter((_t, i) => !filler[i]);
  return (kept.length ? kept : tokens).map((t) => t.text);
}

function typingShort(tokens: readonly string[]): boolean {
  return tokens.length > 1 && tokens[tokens.length - 1]!.length <= maxShortPrefix;
}

/**
 * The query with the everyday phrases that together cover most of its words (no two
 * overlapping) each replaced by its first meaning: "giấy phép kinh doanh" + "hộ cá thể" rather
 * than the longer "giấy phép kinh doanh hộ" alone. Null unless two or more are replaced.
 */
function replaceAll(tokens: readonly string[], keep: readonly boolean[], found: readonly { at: number; synonym: Synonym }[]): string[] | null {
  // cover[i]: most words coverable from word i on, and the phrase to take at i (if any) for it.
  const cover = new Array<{ words: number; take: Synonym | null }>(tokens.length + 1);
  cover[tokens.length] = { words: 0, take: null };
  for (let i = tokens.length - 1; i >= 0; i--) {
    cover[i] = { words: cover[i + 1]!.words, take: null };
    for (const { at, synonym } of found) {
      if (at !== i) continue;
      const words = synonym.phrase.length + cover[at + synonym.phrase.length]!.words;
      if (words > cover[i]!.words) cover[i] = { words, take: synonym };
    }
  }
  const out: string[] = [];
  let replaced = 0;
  for (let i = 0; i < tokens.length; ) {
    const take = cover[i]!.take;
    if (take) {
      out.push(...take.means[0]!);
      i += take.phrase.length;
      replaced++;
    } else {
      if (keep[i]) out.push(tokens[i]!);
      i++;
    }
  }
  // One phrase replaced is a variant the query has already.
  return replaced > 1 ? out : null;
}

/** The typed words that pass `pick`, consecutive ones joined, as they were typed ("căn cước"). */
function runs(typedText: string, typed: readonly FoldedToken[], pick: (i: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < typed.length; i++) {
    if (!pick(i)) continue;
    let j = i;
    while (j + 1 < typed.length && pick(j + 1)) j++;
    out.push(typedText.slice(typed[i]!.start, typed[j]!.end));
    i = j;
  }
  return out;
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

/** `extra` rounded, so that near-equal weights tie and the later tie-breaks decide. */
function rounded2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A score with its relevance (0..100) rounded, so that near-equal matches tie and the tie-breaks decide. */
function rounded(score: number): number {
  return Math.round(score * 10) / 10;
}

/** The first index in [0, n) for which `before` is false (it must be true, then false). */
function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps `top` sorted and at most `keep` long. */
function insertTop<T>(top: T[], item: T, keep: number, compare: (a: T, b: T) => number): void {
  if (top.length === keep && compare(item, top[keep - 1]!) >= 0) return;
  let i = top.length;
  while (i > 0 && compare(item, top[i - 1]!) < 0) i--;
  top.splice(i, 0, item);
  if (top.length > keep) top.pop();
}
