// The postal charge a clerk quotes: the sample tariff's figures at every tier boundary, the
// weights it must refuse, "both" as send plus return, the flat fee-forwarding charge and
// exemptions, always in whole VND and naming the tariff version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteCharge, type Quote } from '../../shared/tariff/quote';
import { tariffFile, type Tariff } from '../../shared/tariff/tariff';

const samplePath = join(__dirname, '..', '..', 'resources', 'tariff', 'sample-tariff.json');
const sampleJson = JSON.parse(readFileSync(samplePath, 'utf8')) as Record<string, unknown>;
const sample = tariffFile.parse(sampleJson);

const charge = (q: Quote) => (q.ok ? q.chargeVnd : q.code);

describe('the sample tariff file', () => {
  it('validates, is marked sample, and says which figures are assumptions', () => {
    expect(sample.sample).toBe(true);
    expect(sample.currency).toBe('VND');
    expect(sample.description).toMatch(/MẪU/);
    expect(sample.description).toMatch(/GIẢ ĐỊNH/);
    expect(sample.description).toMatch(/01\/7\/2025/);
    expect(sample.routes.map((r) => r.id)).toEqual(['same-commune', 'within-province', 'inter-province']);
  });

  it('carries the public figures: 26,000 / 30,000 / 31,500 VND up to 100 g, 8,000 VND to forward a fee', () => {
    for (const service of ['send', 'return'] as const) {
      const tiers = sample.services[service].tiers;
      expect([tiers['same-commune']!.firstVnd, tiers['within-province']!.firstVnd, tiers['inter-province']!.firstVnd]).toEqual([26000, 30000, 31500]);
      expect(Object.values(tiers).every((t) => t.firstGrams === 100 && t.maxGrams === 2000)).toBe(true);
    }
    expect(sample.services.forwardFee.vndPerDossier).toBe(8000);
    expect(sample.exemptions.map((e) => [e.category, e.percent])).toEqual([
      ['nguoi-co-cong', 100],
      ['ho-ngheo', 100],
    ]);
  });
});

describe('weight tiers', () => {
  // [grams, same-commune, within-province, inter-province] for sending one dossier.
  it.each([
    [1, 26000, 30000, 31500],
    [100, 26000, 30000, 31500],
    [101, 28000, 32500, 35500],
    [200, 28000, 32500, 35500],
    [201, 30000, 35000, 39500],
    [1999, 64000, 77500, 107500],
    [2000, 64000, 77500, 107500],
  ])('%i g costs %i / %i / %i VND by route', (grams, sameCommune, withinProvince, interProvince) => {
    expect(charge(quoteCharge(sample, { grams, service: 'send', route: 'same-commune' }))).toBe(sameCommune);
    expect(charge(quoteCharge(sample, { grams, service: 'send', route: 'within-province' }))).toBe(withinProvince);
    expect(charge(quoteCharge(sample, { grams, service: 'return', route: 'inter-province' }))).toBe(interProvince);
  });

  it('shows the first step and the further steps on separate lines, and records the tariff version', () => {
    expect(quoteCharge(sample, { grams: 201, service: 'send', route: 'inter-province' })).toEqual({
      ok: true,
      chargeVnd: 39500,
      tariffVersion: 'sample-2026.1',
      breakdown: [
        { label: 'Gửi hồ sơ, Liên tỉnh: đến 100 g', vnd: 31500 },
        { label: 'Gửi hồ sơ, Liên tỉnh: mỗi 100 g tiếp theo × 2', vnd: 8000 },
      ],
    });
  });

  it.each([
    [2001, /2001 g vượt mức tối đa 2000 g/],
    [0, /số gam nguyên, từ 1 g/],
    [-5, /số gam nguyên, từ 1 g/],
    [100.5, /nhận được: 100\.5/],
    [Number.NaN, /số gam nguyên/],
    [Number.POSITIVE_INFINITY, /số gam nguyên/],
  ])('refuses %s g with a clear message', (grams, message) => {
    for (const service of ['send', 'return', 'both', 'forwardFee']) {
      const q = quoteCharge(sample, { grams, service, route: 'within-province' });
      if (service === 'forwardFee' && grams === 2001) {
        // Forwarding a fee is not priced by weight: any whole, positive weight will do.
        expect(charge(q)).toBe(8000);
        continue;
      }
      expect(q).toMatchObject({ ok: false, code: 'WEIGHT_OUT_OF_RANGE', message: expect.stringMatching(message) });
    }
  });
});

describe('services', () => {
  it('prices "both" as the send charge plus the return charge at the same weight', () => {
    const q = quoteCharge(sample, { grams: 250, service: 'both', route: 'within-province' });
    expect(q.ok && q.breakdown).toEqual([
      { label: 'Gửi hồ sơ, Giữa các xã, phường, đặc khu trong tỉnh: đến 100 g', vnd: 30000 },
      { label: 'Gửi hồ sơ, Giữa các xã, phường, đặc khu trong tỉnh: mỗi 100 g tiếp theo × 2', vnd: 5000 },
      { label: 'Trả kết quả, Giữa các xã, phường, đặc khu trong tỉnh: đến 100 g', vnd: 30000 },
      { label: 'Trả kết quả, Giữa các xã, phường, đặc khu trong tỉnh: mỗi 100 g tiếp theo × 2', vnd: 5000 },
    ]);
    expect(charge(q)).toBe(70000);
  });

  it('charges 8,000 VND per dossier to forward a fee payment, whatever the route', () => {
    for (const route of ['same-commune', 'inter-province']) {
      expect(quoteCharge(sample, { grams: 1500, service: 'forwardFee', route })).toMatchObject({
        ok: true,
        chargeVnd: 8000,
        breakdown: [{ label: 'Chuyển phí, lệ phí (mỗi hồ sơ)', vnd: 8000 }],
      });
    }
  });

  it('refuses a service or route the tariff does not have, naming it and the valid ones', () => {
    expect(quoteCharge(sample, { grams: 50, service: 'express', route: 'same-commune' })).toEqual({
      ok: false,
      code: 'UNKNOWN_SERVICE',
      message: 'Biểu cước sample-2026.1 không có dịch vụ "express". Dịch vụ có: send, return, both, forwardFee.',
    });
    expect(quoteCharge(sample, { grams: 50, service: 'send', route: 'same-district' })).toEqual({
      ok: false,
      code: 'UNKNOWN_ROUTE',
      message: 'Biểu cước sample-2026.1 không có tuyến "same-district". Tuyến có: same-commune, within-province, inter-province.',
    });
  });
});

describe('exemptions', () => {
  it('exempts a person with meritorious service and a poor household in full, showing the exemption', () => {
    const q = quoteCharge(sample, { grams: 150, service: 'both', route: 'inter-province', applicantCategory: 'nguoi-co-cong' });
    expect(q.ok && q.breakdown.at(-1)).toEqual({ label: 'Miễn giảm 100%: Người có công với cách mạng (mẫu)', vnd: -71000 });
    expect(charge(q)).toBe(0);
    expect(charge(quoteCharge(sample, { grams: 80, service: 'send', route: 'same-commune', applicantCategory: 'ho-ngheo' }))).toBe(0);
  });

  it('charges in full an applicant of another category, or a service the exemption does not cover', () => {
    expect(charge(quoteCharge(sample, { grams: 80, service: 'send', route: 'same-commune', applicantCategory: 'cong-dan' }))).toBe(26000);
    expect(charge(quoteCharge(sample, { grams: 80, service: 'forwardFee', route: 'same-commune', applicantCategory: 'ho-ngheo' }))).toBe(8000);
  });

  it('rounds a partial exemption to whole đồng, half up, so the charge is the sum of its lines', () => {
    const tariff: Tariff = tariffFile.parse({
      ...sampleJson,
      services: {
        ...(sampleJson.services as object),
        send: {
          name: 'Gửi hồ sơ',
          tiers: Object.fromEntries(
            ['same-commune', 'within-province', 'inter-province'].map((r) => [r, { firstGrams: 100, firstVnd: 26001, stepGrams: 100, stepVnd: 2000, maxGrams: 2000 }]),
          ),
        },
      },
      exemptions: [{ category: 'nguoi-cao-tuoi', name: 'Người cao tuổi', services: ['send'], percent: 50 }],
    });
    const q = quoteCharge(tariff, { grams: 100, service: 'send', route: 'same-commune', applicantCategory: 'nguoi-cao-tuoi' });
    expect(q.ok && q.breakdown.at(-1)?.vnd).toBe(-13001);
    expect(charge(q)).toBe(13000);
    expect(q.ok && q.breakdown.reduce((s, l) => s + l.vnd, 0)).toBe(13000);
  });
});

describe('tariff file checks', () => {
  const withSend = (tiers: unknown) => ({ ...sampleJson, services: { ...(sampleJson.services as object), send: { name: 'Gửi hồ sơ', tiers } } });
  const tier = { firstGrams: 100, firstVnd: 26000, stepGrams: 100, stepVnd: 2000, maxGrams: 2000 };

  it.each([
    ['a price with a fraction of a đồng', withSend({ 'same-commune': { ...tier, firstVnd: 26000.5 }, 'within-province': tier, 'inter-province': tier }), 'services.send.tiers.same-commune.firstVnd'],
    ['a route without a price', withSend({ 'same-commune': tier, 'within-province': tier }), 'services.send.tiers'],
    ['a price for an undeclared route', withSend({ 'same-commune': tier, 'within-province': tier, 'inter-province': tier, 'same-district': tier }), 'services.send.tiers.same-district'],
    ['a maximum below the first step', withSend({ 'same-commune': { ...tier, maxGrams: 50 }, 'within-province': tier, 'inter-province': tier }), 'services.send.tiers.same-commune.maxGrams'],
    ['another currency', { ...sampleJson, currency: 'USD' }, 'currency'],
    ['an exemption over 100 %', { ...sampleJson, exemptions: [{ category: 'x', name: 'X', services: ['send'], percent: 101 }] }, 'exemptions.0.percent'],
    ['an exemption for an unknown service', { ...sampleJson, exemptions: [{ category: 'x', name: 'X', services: ['express'], percent: 100 }] }, 'exemptions.0.services.0'],
    ['a route declared twice', { ...sampleJson, routes: [...(sampleJson.routes as object[]), { id: 'same-commune', name: 'Lặp' }] }, 'routes.3.id'],
    ['no version', { ...sampleJson, version: '' }, 'version'],
    ['an unknown field', { ...sampleJson, discount: 5 }, ''],
  ])('refuses %s, naming where', (_label, file, path) => {
    const result = tariffFile.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
