// `npm run bench [-- name…]`: prints figures, and ratios against peers measured in the same run.
// Benchmarks never assert timings; tests never measure them.
import { intakeBench } from './intake-bench';
import { ledgerBench } from './ledger-bench';
import { scaleBench } from './scale-bench';
import { searchBench } from './search-bench';

const benches: Record<string, () => Promise<void> | void> = {
  ledger: ledgerBench,
  search: searchBench,
  scale: scaleBench,
  intake: intakeBench,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((n) => !(n in benches));
if (unknown.length) {
  console.error(`Không có benchmark / unknown benchmark: ${unknown.join(', ')}. Có / available: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  console.log(`\n== ${name} ==`);
  await benches[name]!();
}
