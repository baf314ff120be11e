// The rule lives in shared/ so the province hub hashes entries exactly as the counter does.
export { canonicalJson } from '../../../shared/ledger/canonical-json';
