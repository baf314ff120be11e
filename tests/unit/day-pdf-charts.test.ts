import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawBarChart, drawColumnChart } from '../../electron/services/day/pdf-charts';
import { openA5Pdf } from '../../electron/services/printing/a5-pdf';
import { filledRects, imageCount, pdfText } from '../support/pdf-content';
import { roundAxis } from '../../shared/report/chart-axis';

const fontsDir = join(__dirname, '..', '..', 'resources', 'fonts');
const barColour = [0x4a / 255, 0x6f / 255, 0xa5 / 255] as const;

async function chartPdf(draw: (doc: Parameters<typeof drawColumnChart>[0]) => void): Promise<Buffer> {
  const { doc, done } = openA5Pdf(fontsDir, { margin: 40, size: 'A4', info: {} });
  draw(doc);
  doc.end();
  return done;
}

describe('charts drawn in the Z report PDF', () => {
  it('draws dossiers per hour as vector columns to scale, with hours and counts as text, and no picture', async () => {
    const hours = [
      { label: '7h', value: 2 },
      { label: '8h', value: 5 },
      { label: '9h', value: 0 },
      { label: '10h', value: 3 },
    ];
    const pdf = await chartPdf((doc) => drawColumnChart(doc, { x: 40, y: 40, width: 400, height: 160 }, 'Hồ sơ tiếp nhận theo giờ', hours, String));
    expect(imageCount(pdf)).toBe(0);
    const columns = filledRects(pdf, barColour);
    // One column per hour that had a dossier; the empty hour draws none.
    expect(columns).toHaveLength(3);
    const [two, five, three] = columns.map((c) => c.height);
    expect(five! / two!).toBeCloseTo(5 / 2, 5);
    expect(three! / two!).toBeCloseTo(3 / 2, 5);
    // Left to right in hour order, all standing on the same baseline.
    expect(columns.map((c) => c.x)).toEqual([...columns.map((c) => c.x)].sort((a, b) => a - b));
    expect(new Set(columns.map((c) => (c.y + c.height).toFixed(3))).size).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('Hồ sơ tiếp nhận theo giờ');
    for (const h of ['7h', '8h', '9h', '10h']) expect(text).toMatch(new RegExp(`\\b${h}\\b`));
    expect(text).toMatch(/\b5\b/);
  });

  it('draws money per agency as horizontal bars to scale, with the full names and amounts as text', async () => {
    const agencies = [
      { label: 'Sở Tư pháp tỉnh Sơn La', value: 100_000 },
      { label: 'UBND huyện Mai Sơn', value: 250_000 },
    ];
    const pdf = await chartPdf((doc) => drawBarChart(doc, { x: 40, y: 40, width: 500 }, 'Thu hộ phí, lệ phí theo cơ quan', agencies, (n) => `${n} đ`));
    expect(imageCount(pdf)).toBe(0);
    const bars = filledRects(pdf, barColour);
    expect(bars).toHaveLength(2);
    expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(2.5, 5);
    const text = pdfText(pdf);
    expect(text).toMatch(/Sở Tư pháp tỉnh Sơn La\s+100000 đ/);
    expect(text).toMatch(/UBND huyện Mai Sơn\s+250000 đ/);
  });

  it('says so when there is nothing to draw', async () => {
    const pdf = await chartPdf((doc) => drawBarChart(doc, { x: 40, y: 40, width: 500 }, 'Doanh thu cước theo dịch vụ', [], String));
    expect(filledRects(pdf, barColour)).toHaveLength(0);
    expect(pdfText(pdf)).toContain('Không có số liệu');
  });

  it('ends the value axis on a round figure at or above the largest bar', () => {
    expect(roundAxis(5)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(roundAxis(250_000)).toEqual({ top: 400_000, ticks: [0, 100_000, 200_000, 300_000, 400_000] });
    expect(roundAxis(0).top).toBeGreaterThan(0);
  });
});
