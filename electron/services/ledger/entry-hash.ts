import { createHash } from 'node:crypto';
import { entryHashInput, type HashedFields } from '../../../shared/ledger/entry-hash-input';

export { genesisHash, type HashedFields } from '../../../shared/ledger/entry-hash-input';

/** SHA-256 (hex) of the text shared/ledger/entry-hash-input.ts defines for this entry. */
export function entryHash(e: HashedFields): string {
  return createHash('sha256').update(entryHashInput(e), 'utf8').digest('hex');
}
