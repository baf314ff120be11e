// Reads what a PDF draws: its content streams inflated, and the filled rectangles in them, so a
// test can check that a chart is vector paths (not a picture) and that its bars are to scale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /\/Filter \/FlateDecode[^]*?>>\s*stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Font programs and the like end in padding zlib complains about; they hold no drawing.
    }
  }
  return out;
}

export interface FilledRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rectangles filled in the given colour (pdfkit writes `x y w h re`, the colour as `r g b scn`, then `f`), in pdfkit's top-down page units. */
export function filledRects(pdf: Buffer, rgb: readonly [number, number, number]): FilledRect[] {
  const rects: FilledRect[] = [];
  for (const stream of contentStreams(pdf)) {
    const ops = /([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re\s+\/DeviceRGB cs\s+((?:[-\d.]+ ){3})scn\s+f\b/g;
    for (let m = ops.exec(stream); m; m = ops.exec(stream)) {
      const colour = m[5]!.trim().split(' ').map(Number);
      if (colour.every((c, i) => Math.abs(c - rgb[i]!) < 0.01)) rects.push({ x: +m[1]!, y: +m[2]!, width: +m[3]!, height: +m[4]! });
    }
  }
  return rects;
}

/** The PDF's text as pdftotext (poppler) reads it, in reading layout. */
export function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-text-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

/** How many raster images the PDF holds (poppler's pdfimages). */
export function imageCount(pdf: Buffer): number {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-images-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
}
