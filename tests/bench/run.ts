// `npm run bench [-- name…]`: prints figures, and ratios against peers measured in the same run.
// Benchmarks never assert timings; tests never measure them.
import { dayBench } from './day-bench';
import { growthBench } from './growth-bench';
import { intakeBench } from './intake-bench';
import { ledgerBench } from './ledger-bench';
import { registerBench } from './register-bench';
import { scaleBench } from './scale-bench';
import { searchBench } from './search-bench';
import { syncBench } from './sync-bench';

const benches: Record<string, () => Promise<void> | void> = {
  ledger: ledgerBench,
  search: searchBench,
  scale: scaleBench,
  intake: intakeBench,
  growth: growthBench,
  register: registerBench,
  sync: syncBench,
  day: dayBench,
};
/** Long runs, only when named (`npm run bench -- growth`). */
const onlyWhenNamed = new Set(['growth', 'register', 'sync', 'day']);

// Names, then options with their values (`--max 100000`), which the benches read themselves.
const args = process.argv.slice(2);
const wanted = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const unknown = wanted.filter((n) => !(n in benches));
if (unknown.length) {
  console.error(`Không có benchmark / unknown benchmark: ${unknown.join(', ')}. Có / available: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(benches).filter((n) => !onlyWhenNamed.has(n))) {
  console.log(`\n== ${name} ==`);
  await benches[name]!();
}
