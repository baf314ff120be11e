// When a weight may be charged. A protocol that marks stable weights is believed; for one
// that does not (Toledo 8217), N identical readings within T ms stand in for the flag. The
// polling interval must therefore be at most T / (N - 1). Whatever the protocol, a weight
// below the minimum or above the scale's capacity is never used.
import type { ScaleReading } from './reading';

export interface StabilityOptions {
  hasStabilityFlag: boolean;
  /** N: identical readings that make a weight stable where the protocol has no flag. */
  identicalReadings?: number;
  /** T: the window those readings must fall in, in ms. */
  windowMs?: number;
  /** The lightest weight that may be charged, in whole grams (at least 1). */
  minimumGrams?: number;
  /** The scale's capacity in grams; heavier readings are refused. */
  capacityGrams?: number;
}

export type StabilityState = 'stable' | 'moving' | 'refused';

export interface StabilityVerdict {
  usable: boolean;
  state: StabilityState;
}

export class StabilityRule {
  private readonly hasFlag: boolean;
  private readonly needed: number;
  private readonly windowMs: number;
  private readonly minimumGrams: number;
  private readonly capacityGrams: number;
  /** Arrival times of the current run of identical readings, oldest first. */
  private run: number[] = [];
  private runGrams: number | null = null;

  constructor(options: StabilityOptions) {
    this.hasFlag = options.hasStabilityFlag;
    this.needed = options.identicalReadings ?? 3;
    this.windowMs = options.windowMs ?? 1000;
    this.minimumGrams = options.minimumGrams ?? 1;
    this.capacityGrams = options.capacityGrams ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isInteger(this.needed) || this.needed < 1) throw new RangeError(`identicalReadings must be a whole number ≥ 1: ${this.needed}`);
    if (!(this.windowMs >= 0)) throw new RangeError(`windowMs must be ≥ 0: ${this.windowMs}`);
    if (!Number.isInteger(this.minimumGrams) || this.minimumGrams < 1) throw new RangeError(`minimumGrams must be a whole number ≥ 1: ${this.minimumGrams}`);
    if (!(this.capacityGrams >= this.minimumGrams)) throw new RangeError(`capacityGrams must be ≥ minimumGrams: ${this.capacityGrams}`);
  }

  feed(reading: ScaleReading, atMs: number): StabilityVerdict {
    if (!this.hasFlag) this.track(reading.grams, atMs);
    const { grams } = reading;
    if (!Number.isSafeInteger(grams) || grams < this.minimumGrams || grams > this.capacityGrams) return { usable: false, state: 'refused' };
    const stable = this.hasFlag ? reading.stable : this.run.length >= this.needed;
    return stable ? { usable: true, state: 'stable' } : { usable: false, state: 'moving' };
  }

  /** A refusal (motion, overload…) or a lost connection between readings breaks the run. */
  reset(): void {
    this.run = [];
    this.runGrams = null;
  }

  private track(grams: number, atMs: number): void {
    const last = this.run.at(-1);
    // A clock that went backwards cannot vouch for a window: start again.
    if (grams !== this.runGrams || last === undefined || atMs < last) {
      this.run = [];
      this.runGrams = grams;
    }
    this.run.push(atMs);
    this.run = this.run.filter((t) => t >= atMs - this.windowMs);
  }
}
