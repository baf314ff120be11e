// The postal charge for one dossier: a pure function of the tariff and the request, in whole
// VND with integer arithmetic only. It names the tariff version it used, and refuses what the
// tariff does not cover instead of guessing.
import { serviceIds, type ServiceId, type Tariff, type WeightTier } from './tariff';

export interface QuoteRequest {
  /** Whole grams, as the scale or the clerk gave them. */
  grams: number;
  service: string;
  route: string;
  applicantCategory?: string;
}

export interface QuoteLine {
  label: string;
  /** Negative for an exemption. */
  vnd: number;
}

export type QuoteErrorCode = 'WEIGHT_OUT_OF_RANGE' | 'UNKNOWN_SERVICE' | 'UNKNOWN_ROUTE';

export type Quote =
  | { ok: true; chargeVnd: number; tariffVersion: string; breakdown: QuoteLine[] }
  | { ok: false; code: QuoteErrorCode; message: string };

const fail = (code: QuoteErrorCode, message: string): Quote => ({ ok: false, code, message });
const isService = (s: string): s is ServiceId => (serviceIds as readonly string[]).includes(s);

export function quoteCharge(tariff: Tariff, request: QuoteRequest): Quote {
  const { grams, service } = request;
  if (!isService(service)) {
    return fail('UNKNOWN_SERVICE', `Biểu cước ${tariff.version} không có dịch vụ "${service}". Dịch vụ có: ${serviceIds.join(', ')}.`);
  }
  const route = tariff.routes.find((r) => r.id === request.route);
  if (!route) {
    return fail('UNKNOWN_ROUTE', `Biểu cước ${tariff.version} không có tuyến "${request.route}". Tuyến có: ${tariff.routes.map((r) => r.id).join(', ')}.`);
  }
  if (!Number.isSafeInteger(grams) || grams < 1) {
    return fail('WEIGHT_OUT_OF_RANGE', `Khối lượng phải là số gam nguyên, từ 1 g trở lên (nhận được: ${grams}).`);
  }

  const legs: ('send' | 'return')[] = service === 'both' ? ['send', 'return'] : service === 'forwardFee' ? [] : [service];
  const lines: QuoteLine[] = [];
  for (const leg of legs) {
    const { name, tiers } = tariff.services[leg];
    // The schema guarantees a tier for every declared route.
    const tier = tiers[route.id]!;
    if (grams > tier.maxGrams) {
      return fail('WEIGHT_OUT_OF_RANGE', `Khối lượng ${grams} g vượt mức tối đa ${tier.maxGrams} g của biểu cước ${tariff.version} (${name}, ${route.name}).`);
    }
    lines.push(...weightLines(`${name}, ${route.name}`, tier, grams));
  }
  if (service === 'forwardFee') {
    lines.push({ label: `${tariff.services.forwardFee.name} (mỗi hồ sơ)`, vnd: tariff.services.forwardFee.vndPerDossier });
  }

  const subtotal = lines.reduce((sum, l) => sum + l.vnd, 0);
  const exemption = tariff.exemptions.find((e) => e.category === request.applicantCategory && e.services.includes(service));
  if (exemption && exemption.percent > 0) {
    // Whole đồng, half rounded up: (a·p + 50) div 100.
    const off = Math.floor((subtotal * exemption.percent + 50) / 100);
    lines.push({ label: `Miễn giảm ${exemption.percent}%: ${exemption.name}`, vnd: -off });
  }
  return { ok: true, chargeVnd: lines.reduce((sum, l) => sum + l.vnd, 0), tariffVersion: tariff.version, breakdown: lines };
}

function weightLines(prefix: string, tier: WeightTier, grams: number): QuoteLine[] {
  const lines = [{ label: `${prefix}: đến ${tier.firstGrams} g`, vnd: tier.firstVnd }];
  const extra = grams - tier.firstGrams;
  if (extra > 0) {
    const steps = Math.floor((extra + tier.stepGrams - 1) / tier.stepGrams);
    lines.push({ label: `${prefix}: mỗi ${tier.stepGrams} g tiếp theo × ${steps}`, vnd: steps * tier.stepVnd });
  }
  return lines;
}
