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
