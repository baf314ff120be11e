import type { Procedure } from '../procedure';
import type { SearchDoc } from './types';

/** What the search indexes of a procedure: its title, and its first field, agency and level for filters. */
export function searchDoc(p: Procedure): SearchDoc {
  return {
    code: p.code,
    name: p.name,
    fieldCode: p.fields[0]?.code ?? '',
    field: p.fields[0]?.name ?? '',
    agency: p.agencies[0] ?? '',
    level: p.levels[0] ?? '',
  };
}
