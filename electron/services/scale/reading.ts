// What a scale frame means once parsed. Pure: the parsers, the stability rule and the tests
// share it without a serial port.

export interface ScaleReading {
  /** Whole grams, whatever unit the scale sent. */
  grams: number;
  /** The protocol itself marked the weight stable (always false where it has no such flag). */
  stable: boolean;
  /** The frame as received, kept as evidence. */
  raw: string;
}

export type RefusalReason = 'motion' | 'overload' | 'underload' | 'negative' | 'busy' | 'error' | 'unit' | 'garbage';

export type FrameResult =
  | { kind: 'reading'; reading: ScaleReading }
  | { kind: 'refused'; reason: RefusalReason; raw: string }
  | { kind: 'ack'; raw: string };

export type WeightUnit = 'g' | 'kg' | 'lb' | 'oz';

// Exact by definition (international yard and pound agreement, 1959).
const gramsPer = new Map<string, number>([
  ['g', 1],
  ['kg', 1000],
  ['lb', 453.59237],
  ['oz', 28.349523125],
] satisfies [WeightUnit, number][]);

/**
 * The one unit rule: a value in g, kg, lb or oz (any case) becomes whole grams, rounded half
 * up; any other unit gives null. The product is first cut to 12 significant digits so that
 * binary floating point cannot turn 0.5005 kg into 500.4999… g and round it the wrong way.
 */
export function toGrams(value: number, unit: string): number | null {
  const factor = gramsPer.get(unit.trim().toLowerCase());
  if (factor === undefined || !Number.isFinite(value)) return null;
  return Math.round(Number((value * factor).toPrecision(12)));
}

export const refused = (reason: RefusalReason, raw: string): FrameResult => ({ kind: 'refused', reason, raw });
