// The value axis of the end-of-day charts, on screen and on the A4 report alike: a round top
// (1, 2 or 5 × 10ⁿ per step) at or above the largest bar, so the gridlines read as plain numbers
// ("200.000 ₫", "10 hồ sơ") rather than odd fractions, and the paper matches the screen.

/** The axis top and its gridline values (from 0, `steps` equal parts). */
export function roundAxis(largest: number, steps = 4): { top: number; ticks: number[] } {
  if (!(largest > 0)) return { top: steps, ticks: Array.from({ length: steps + 1 }, (_, i) => i) };
  const rough = largest / steps;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  // A count axis never shows a fraction of a dossier.
  const whole = Math.max(1, Math.ceil(step));
  return { top: whole * steps, ticks: Array.from({ length: steps + 1 }, (_, i) => i * whole) };
}
