// When a weight may be charged: believed when the protocol says stable, earned by N identical
// readings within T ms when it cannot say, and never for weights out of range.
import { describe, expect, it } from 'vitest';
import type { ScaleReading } from '../../electron/services/scale/reading';
import { StabilityRule, type StabilityOptions } from '../../electron/services/scale/stability';

const reading = (grams: number, stable = false): ScaleReading => ({ grams, stable, raw: `${grams}` });
const usable = { usable: true, state: 'stable' };
const moving = { usable: false, state: 'moving' };
const refused = { usable: false, state: 'refused' };

/** Feeds [grams, atMs] pairs and returns the verdicts. */
function feedAll(rule: StabilityRule, readings: [grams: number, atMs: number][]) {
  return readings.map(([g, t]) => rule.feed(reading(g), t));
}

describe('protocol with a stability flag (MT-SICS, A&D)', () => {
  const rule = (o: Partial<StabilityOptions> = {}) => new StabilityRule({ hasStabilityFlag: true, ...o });

  it('uses a weight the scale marks stable, at once, and never one it marks moving', () => {
    const r = rule();
    expect(r.feed(reading(754, false), 0)).toEqual(moving);
    expect(r.feed(reading(754, true), 10)).toEqual(usable);
    expect(r.feed(reading(754, false), 20)).toEqual(moving);
  });

  it('does not make unflagged identical readings stable', () => {
    const r = rule();
    expect(feedAll(r, [[754, 0], [754, 100], [754, 200], [754, 300]]).map((v) => v.usable)).toEqual([false, false, false, false]);
  });

  it('refuses an empty pan, a weight under the minimum and one over capacity, even when stable', () => {
    const r = rule({ minimumGrams: 5, capacityGrams: 3000 });
    expect(r.feed(reading(0, true), 0)).toEqual(refused);
    expect(r.feed(reading(4, true), 0)).toEqual(refused);
    expect(r.feed(reading(5, true), 0)).toEqual(usable);
    expect(r.feed(reading(3000, true), 0)).toEqual(usable);
    expect(r.feed(reading(3001, true), 0)).toEqual(refused);
  });

  it('takes 1 g as the default minimum', () => {
    expect(rule().feed(reading(1, true), 0)).toEqual(usable);
    expect(rule().feed(reading(0, true), 0)).toEqual(refused);
  });

  it('refuses negative and fractional grams however they got here', () => {
    expect(rule().feed(reading(-12, true), 0)).toEqual(refused);
    expect(rule().feed(reading(12.5, true), 0)).toEqual(refused);
    expect(rule().feed(reading(Number.NaN, true), 0)).toEqual(refused);
  });
});

describe('protocol without a flag (Toledo 8217): 3 identical readings within 1000 ms by default', () => {
  const rule = (o: Partial<StabilityOptions> = {}) => new StabilityRule({ hasStabilityFlag: false, ...o });

  it('becomes stable on the third identical reading and stays stable while they keep coming', () => {
    expect(feedAll(rule(), [[754, 0], [754, 300], [754, 600], [754, 900]])).toEqual([moving, moving, usable, usable]);
  });

  it('counts the window inclusively: readings 0, 500 and 1000 ms apart are enough, 0, 600 and 1200 are not', () => {
    expect(feedAll(rule(), [[754, 0], [754, 500], [754, 1000]]).at(-1)).toEqual(usable);
    expect(feedAll(rule(), [[754, 0], [754, 600], [754, 1200]]).at(-1)).toEqual(moving);
  });

  it('slides the window: a slow run becomes stable once three readings fall within it', () => {
    expect(feedAll(rule(), [[754, 0], [754, 600], [754, 1200], [754, 1500]]).map((v) => v.state)).toEqual(['moving', 'moving', 'moving', 'stable']);
  });

  it('starts again when the weight changes, even by one gram', () => {
    expect(feedAll(rule(), [[754, 0], [754, 100], [755, 200], [754, 300], [754, 400]]).map((v) => v.usable)).toEqual([false, false, false, false, false]);
    expect(feedAll(rule(), [[754, 0], [755, 100], [755, 200], [755, 300]]).map((v) => v.usable)).toEqual([false, false, false, true]);
  });

  it('ignores a stable flag a reading could not have had', () => {
    expect(rule().feed(reading(754, true), 0)).toEqual(moving);
  });

  it('starts again after a reset (a motion status or a lost connection in between)', () => {
    const r = rule();
    feedAll(r, [[754, 0], [754, 100]]);
    r.reset();
    expect(feedAll(r, [[754, 200], [754, 300], [754, 400]])).toEqual([moving, moving, usable]);
  });

  it('starts again if the clock goes backwards', () => {
    expect(feedAll(rule(), [[754, 1000], [754, 1100], [754, 900]]).at(-1)).toEqual(moving);
  });

  it('takes N and T from the settings', () => {
    expect(feedAll(rule({ identicalReadings: 2, windowMs: 300 }), [[754, 0], [754, 300]])).toEqual([moving, usable]);
    expect(feedAll(rule({ identicalReadings: 2, windowMs: 300 }), [[754, 0], [754, 301]])).toEqual([moving, moving]);
    expect(feedAll(rule({ identicalReadings: 5 }), [[754, 0], [754, 100], [754, 200], [754, 300], [754, 400]]).map((v) => v.usable)).toEqual([false, false, false, false, true]);
  });

  it('never makes an out-of-range weight usable, however long it holds', () => {
    expect(feedAll(rule(), [[0, 0], [0, 100], [0, 200], [0, 300]]).at(-1)).toEqual(refused);
    expect(feedAll(rule({ capacityGrams: 6000 }), [[6001, 0], [6001, 100], [6001, 200]]).at(-1)).toEqual(refused);
  });
});

describe('settings', () => {
  it.each([
    [{ identicalReadings: 0 }, /identicalReadings/],
    [{ identicalReadings: 2.5 }, /identicalReadings/],
    [{ windowMs: -1 }, /windowMs/],
    [{ minimumGrams: 0 }, /minimumGrams/],
    [{ minimumGrams: 10, capacityGrams: 5 }, /capacityGrams/],
  ])('refuses %j', (options, message) => {
    expect(() => new StabilityRule({ hasStabilityFlag: false, ...options })).toThrow(message);
  });
});
