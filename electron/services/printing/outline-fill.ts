// Fills a glyph outline into a 1-bit bitmap: curves flattened to line segments, each pixel row
// sampled on several sub-scanlines with exact horizontal coverage, nonzero winding (TrueType
// contours overlap in composite glyphs such as stacked Vietnamese marks), then thresholded.
// A thermal head has no grey, so the threshold decides how thin strokes survive.
import type { PathCommand } from 'opentype.js';
import { Bitmap } from './bitmap';

/** A glyph's ink as runs (see Bitmap.runs) and where its top-left dot sits relative to the pen on the baseline. */
export interface GlyphBitmap {
  runs: Int32Array;
  left: number;
  top: number;
}

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  dir: 1 | -1;
}

const subScanlines = 5;
/** Share of a dot the outline must cover to print it; below one half keeps hairlines of small marks. */
const inkThreshold = 0.42;

/** Commands in font units (y up), scaled to dots (y down) around the pen at (0, 0). */
function flatten(commands: PathCommand[], scale: number): Edge[] {
  const edges: Edge[] = [];
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  const line = (x: number, y: number) => {
    if (y !== cy) edges.push(y > cy ? { x0: cx, y0: cy, x1: x, y1: y, dir: 1 } : { x0: x, y0: y, x1: cx, y1: cy, dir: -1 });
    cx = x;
    cy = y;
  };
  // Enough segments that the chord never strays more than a fraction of a dot from the curve.
  const steps = (hull: number) => Math.min(32, Math.max(1, Math.ceil(Math.sqrt(hull) * 1.5)));
  for (const c of commands) {
    switch (c.type) {
      case 'M':
        if (cx !== sx || cy !== sy) line(sx, sy);
        sx = cx = c.x * scale;
        sy = cy = -c.y * scale;
        break;
      case 'L':
        line(c.x * scale, -c.y * scale);
        break;
      case 'Q': {
        const [x0, y0, x1, y1, x2, y2] = [cx, cy, c.x1 * scale, -c.y1 * scale, c.x * scale, -c.y * scale];
        const n = steps(Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          line(u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2);
        }
        break;
      }
      case 'C': {
        const [x0, y0, x1, y1, x2, y2, x3, y3] = [cx, cy, c.x1 * scale, -c.y1 * scale, c.x2 * scale, -c.y2 * scale, c.x * scale, -c.y * scale];
        const n = steps(Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1) + Math.hypot(x3 - x2, y3 - y2));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          line(u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3);
        }
        break;
      }
      case 'Z':
        line(sx, sy);
        break;
    }
  }
  line(sx, sy);
  return edges;
}

export function fillOutline(commands: PathCommand[], scale: number): GlyphBitmap {
  const edges = flatten(commands, scale);
  if (edges.length === 0) return { runs: new Int32Array(0), left: 0, top: 0 };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const e of edges) {
    minX = Math.min(minX, e.x0, e.x1);
    maxX = Math.max(maxX, e.x0, e.x1);
    minY = Math.min(minY, e.y0);
    maxY = Math.max(maxY, e.y1);
  }
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.ceil(maxX) - left + 1;
  const height = Math.ceil(maxY) - top;
  const bitmap = new Bitmap(width, height);
  const coverage = new Float32Array(width + 1);
  const crossings: { x: number; dir: number }[] = [];

  for (let row = 0; row < height; row++) {
    coverage.fill(0);
    for (let s = 0; s < subScanlines; s++) {
      const y = top + row + (s + 0.5) / subScanlines;
      crossings.length = 0;
      for (const e of edges) {
        if (y < e.y0 || y >= e.y1) continue;
        crossings.push({ x: e.x0 + ((y - e.y0) / (e.y1 - e.y0)) * (e.x1 - e.x0) - left, dir: e.dir });
      }
      crossings.sort((a, b) => a.x - b.x);
      let winding = 0;
      for (let i = 0; i < crossings.length - 1; i++) {
        winding += crossings[i]!.dir;
        if (winding !== 0) addSpan(coverage, crossings[i]!.x, crossings[i + 1]!.x);
      }
    }
    const base = row * width;
    for (let x = 0; x < width; x++) if (coverage[x]! >= inkThreshold * subScanlines) bitmap.data[base + x] = 1;
  }
  return { runs: bitmap.runs(), left, top };
}

/** Adds the covered share of each dot between xa and xb (one sub-scanline's worth, at most 1 a dot). */
function addSpan(coverage: Float32Array, xa: number, xb: number): void {
  if (xb <= xa) return;
  const ia = Math.floor(xa);
  const ib = Math.floor(xb);
  if (ia === ib) {
    coverage[ia]! += xb - xa;
    return;
  }
  coverage[ia]! += ia + 1 - xa;
  for (let i = ia + 1; i < ib; i++) coverage[i]! += 1;
  if (ib < coverage.length) coverage[ib]! += xb - ib;
}
