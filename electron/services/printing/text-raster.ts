// Vietnamese text as dots, drawn from the bundled Be Vietnam Pro font. Receipt printers' code
// pages cannot be trusted with Vietnamese (see shared/domain.md §8), so every letter reaches the
// paper as part of a raster image. Fonts are parsed once per file and glyph rasters are cached
// per size, so a whole receipt lays out in a few milliseconds after the first one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as opentypeModule from 'opentype.js';
import type { Font, Glyph } from 'opentype.js';
import { Bitmap } from './bitmap';
import { fillOutline, type GlyphBitmap } from './outline-fill';
import { fontFiles } from './receipt-fonts';

// opentype.js ships a UMD bundle: Node's ESM loader (tsx, vitest) hands its exports over as the
// default export, esbuild's CommonJS bundle as the namespace itself.
const opentype: typeof opentypeModule = (opentypeModule as { default?: typeof opentypeModule }).default ?? opentypeModule;

export type Weight = 'regular' | 'bold';
export type Align = 'left' | 'center' | 'right';

/** `size` is the em in dots. */
export interface TextStyle {
  weight: Weight;
  size: number;
}

/** Shaped lines kept per font; past this the cache starts over (names and addresses come and go). */
const maxShapes = 20_000;

interface PlacedGlyph {
  glyph: Glyph;
  /** Pen position in font units. */
  x: number;
  /** Raise, in font units (marks placed over a tall base). */
  rise: number;
}

class RasterFont {
  private readonly glyphs = new Map<string, GlyphBitmap>();
  private readonly kerning = new Map<number, number>();
  private readonly shapes = new Map<string, { placed: PlacedGlyph[]; advance: number }>();
  private readonly clusters = new Map<string, { glyphs: { glyph: Glyph; dx: number; rise: number }[]; advance: number }>();
  private readonly xHeight: number;

  constructor(readonly font: Font) {
    this.xHeight = font.charToGlyph('x').getBoundingBox().y2;
  }

  /** A line's glyphs at their pen positions, in font units (so one shaping serves every size). */
  shape(text: string): { placed: PlacedGlyph[]; advance: number } {
    let shaped = this.shapes.get(text);
    if (shaped) return shaped;
    const placed: PlacedGlyph[] = [];
    let pen = 0;
    let previous: Glyph | null = null;
    for (const ch of letters(text)) {
      const c = this.cluster(ch);
      const first = c.glyphs[0]!.glyph;
      if (previous) pen += this.kern(previous, first);
      for (const g of c.glyphs) placed.push({ glyph: g.glyph, x: pen + g.dx, rise: g.rise });
      pen += c.advance;
      previous = first;
    }
    shaped = { placed, advance: pen };
    if (this.shapes.size >= maxShapes) this.shapes.clear();
    this.shapes.set(text, shaped);
    return shaped;
  }

  raster(glyph: Glyph, size: number): GlyphBitmap {
    const key = `${glyph.index}@${size}`;
    let r = this.glyphs.get(key);
    if (!r) {
      r = fillOutline(glyph.path.commands, size / this.font.unitsPerEm);
      this.glyphs.set(key, r);
    }
    return r;
  }

  kern(left: Glyph, right: Glyph): number {
    const key = left.index * 65536 + right.index;
    let k = this.kerning.get(key);
    if (k === undefined) {
      k = this.font.getKerningValue(left, right);
      this.kerning.set(key, k);
    }
    return k;
  }

  /**
   * One letter's glyphs (a base and its combining marks). Input is NFC and the font has every
   * precomposed Vietnamese letter; a letter it lacks is decomposed (NFD) and its marks centred
   * over the base, raised by as much as the base stands above the x-height — enough without
   * the font's mark positioning.
   */
  cluster(ch: string) {
    let c = this.clusters.get(ch);
    if (c) return c;
    const direct = [...ch].length === 1 ? this.font.charToGlyphIndex(ch) : 0;
    if (direct !== 0 || [...ch.normalize('NFD')].length === 1) {
      const glyph = this.font.glyphs.get(direct);
      c = { glyphs: [{ glyph, dx: 0, rise: 0 }], advance: glyph.advanceWidth ?? 0 };
    } else {
      const [base, ...marks] = [...ch.normalize('NFD')].map((part) => this.font.charToGlyph(part));
      const box = base!.getBoundingBox();
      let rise = Math.max(0, box.y2 - this.xHeight);
      const glyphs = [{ glyph: base!, dx: 0, rise: 0 }];
      for (const mark of marks) {
        const m = mark.getBoundingBox();
        const above = m.y1 >= 0;
        glyphs.push({ glyph: mark, dx: (box.x1 + box.x2) / 2 - (m.x1 + m.x2) / 2, rise: above ? rise : 0 });
        if (above) rise += m.y2 - m.y1;
      }
      c = { glyphs, advance: base!.advanceWidth ?? 0 };
    }
    this.clusters.set(ch, c);
    return c;
  }
}

/** A base character with the combining marks after it, so a mark never lands apart from its letter. */
function letters(text: string): string[] {
  return text.normalize('NFC').match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

const fonts = new Map<string, RasterFont>();

function rasterFont(path: string): RasterFont {
  let f = fonts.get(path);
  if (!f) {
    const bytes = readFileSync(path);
    f = new RasterFont(opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    fonts.set(path, f);
  }
  return f;
}

export class TextRaster {
  private readonly loaded: Partial<Record<Weight, RasterFont>> = {};

  constructor(private readonly fontsDir: string) {}

  private font(weight: Weight): RasterFont {
    return (this.loaded[weight] ??= rasterFont(join(this.fontsDir, fontFiles[weight])));
  }

  /** Line pitch in dots: room for a capital with a stacked mark (Ễ) and a descender. */
  lineHeight(style: TextStyle): number {
    return Math.round(style.size * 1.42);
  }

  /** From a line's top to its baseline. */
  ascent(style: TextStyle): number {
    return Math.round(style.size * 1.15);
  }

  /** Advance width in dots. */
  measure(text: string, style: TextStyle): number {
    const f = this.font(style.weight);
    return (f.shape(text).advance * style.size) / f.font.unitsPerEm;
  }

  /** Draws one line with its baseline at `baseline`. */
  draw(target: Bitmap, text: string, x: number, baseline: number, style: TextStyle): void {
    const f = this.font(style.weight);
    const scale = style.size / f.font.unitsPerEm;
    for (const p of f.shape(text).placed) {
      const r = f.raster(p.glyph, style.size);
      target.paintRuns(r.runs, Math.round(x + p.x * scale) + r.left, baseline - Math.round(p.rise * scale) + r.top);
    }
  }

  /**
   * Lines no wider than `width` dots, broken between words or after a hyphen (slip numbers are
   * long hyphenated words); inside a word only if a piece alone is too wide.
   */
  wrap(text: string, style: TextStyle, width: number): string[] {
    const lines: string[] = [];
    const space = this.measure(' ', style);
    for (const paragraph of text.normalize('NFC').split('\n')) {
      let line = '';
      let lineWidth = 0;
      const place = (piece: string, joined: boolean) => {
        const gap = joined ? 0 : space;
        const w = this.measure(piece, style);
        if (line && lineWidth + gap + w <= width) {
          line += joined ? piece : ` ${piece}`;
          lineWidth += gap + w;
        } else {
          if (line) lines.push(line);
          line = piece;
          lineWidth = w;
        }
      };
      for (const word of paragraph.split(/ +/).filter(Boolean)) {
        word.split(/(?<=-)/).forEach((part, i) => this.splitLongWord(part, style, width).forEach((piece, j) => place(piece, i + j > 0)));
      }
      lines.push(line);
    }
    return lines;
  }

  private splitLongWord(word: string, style: TextStyle, width: number): string[] {
    if (this.measure(word, style) <= width) return [word];
    const pieces: string[] = [];
    let piece = '';
    for (const ch of letters(word)) {
      if (piece && this.measure(piece + ch, style) > width) {
        pieces.push(piece);
        piece = '';
      }
      piece += ch;
    }
    return [...pieces, piece];
  }

  /** Wrapped text as a bitmap `width` dots wide, each line aligned. */
  paragraph(text: string, style: TextStyle, width: number, align: Align = 'left'): Bitmap {
    const lines = this.wrap(text, style, width);
    const pitch = this.lineHeight(style);
    const out = new Bitmap(width, lines.length * pitch);
    lines.forEach((line, i) => {
      const free = width - this.measure(line, style);
      const x = align === 'left' ? 0 : align === 'center' ? Math.round(free / 2) : Math.round(free);
      this.draw(out, line, x, i * pitch + this.ascent(style), style);
    });
    return out;
  }
}

const rasters = new Map<string, TextRaster>();

/** The text rasteriser for a fonts folder (resources/fonts), shared by every print. */
export function textRaster(fontsDir: string): TextRaster {
  let r = rasters.get(fontsDir);
  if (!r) {
    r = new TextRaster(fontsDir);
    rasters.set(fontsDir, r);
  }
  return r;
}
