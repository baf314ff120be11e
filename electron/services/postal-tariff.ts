// The postal tariff in force at this counter: read from resources/ (sync will replace it), checked
// against the schema, and used through the pure quote function in shared/tariff.
import { readFileSync } from 'node:fs';
import { quoteCharge } from '../../shared/tariff/quote';
import { tariffFile, type Tariff } from '../../shared/tariff/tariff';
import type { CommandArgs, CommandOutput } from '../../shared/contract/commands';
import { CounterError } from './counter-error';

export class PostalTariff {
  private tariff: Tariff | null = null;

  constructor(
    private readonly file: string,
    /** The tariff the province published last (sync/apply-directive.ts), in force instead of the file; null before any. */
    private readonly published: () => Tariff | null = () => null,
  ) {}

  /** Reads the tariff again on next use: the centre published a version. */
  reload(): void {
    this.tariff = null;
  }

  info(): CommandOutput<'tariff.info'> {
    const t = this.load();
    return {
      version: t.version,
      sample: t.sample,
      services: Object.entries(t.services).map(([id, s]) => ({ id, name: s.name })),
      routes: t.routes.map((r) => ({ id: r.id, name: r.name })),
      exemptions: t.exemptions.map((e) => ({ category: e.category, name: e.name })),
    };
  }

  quote(args: CommandArgs<'tariff.quote'>): CommandOutput<'tariff.quote'> {
    const t = this.load();
    const q = quoteCharge(t, args);
    if (!q.ok) throw new CounterError('TARIFF_REFUSED', { message: q.message });
    return { chargeVnd: q.chargeVnd, tariffVersion: q.tariffVersion, sample: t.sample, breakdown: q.breakdown };
  }

  private load(): Tariff {
    if (this.tariff) return this.tariff;
    this.tariff = this.published();
    if (this.tariff) return this.tariff;
    try {
      this.tariff = tariffFile.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch (e) {
      throw new CounterError('TARIFF_MISSING', { path: this.file, reason: (e as Error).message.slice(0, 300) });
    }
    return this.tariff;
  }
}
