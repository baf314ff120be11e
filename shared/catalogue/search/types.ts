// The search's inputs and outputs. The engine is pure (no Node, no DOM) so it can run in the
// main process today and in the screens later if that ever pays.

/** One procedure as the search sees it. */
export interface SearchDoc {
  code: string;
  name: string;
  fieldCode: string;
  field: string;
  agency: string;
  level: string;
}

/** An everyday word or abbreviation and what it means ("GPLX" → "giấy phép lái xe"). */
export interface SynonymEntry {
  phrase: string;
  means: string[];
}

export interface SearchFilters {
  field?: string | undefined;
  agency?: string | undefined;
  level?: string | undefined;
}

export interface SearchOptions extends SearchFilters {
  limit?: number | undefined;
}

export interface Hit {
  code: string;
  name: string;
  field: string;
  agency: string;
  level: string;
  score: number;
  highlights: [number, number][];
}

/** What a search answers: the best hits, how many titles matched, and whether any held every word. */
export interface SearchResult {
  hits: Hit[];
  total: number;
  /**
   * True when some title holds every word of the query (or of an everyday phrase's official
   * wording), or the query is a procedure code; false when the hits only hold some of the words.
   */
  complete: boolean;
  /** When not complete: the typed words (runs of them, as typed) that no title holds at all. */
  unmatched: string[];
}
