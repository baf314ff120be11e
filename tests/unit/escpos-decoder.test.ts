// The test rig's ESC/POS decoder, checked against bytes from an independent builder
// (node-thermal-printer's Epson driver) and a hand-made GS v 0 raster.
import { connect } from 'node:net';
import { ThermalPrinter, PrinterTypes } from 'node-thermal-printer';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCode128Data, decodeEscPos, EscPosParser, itemsOf, splitDocuments, stitchDocument, type DecodedItem } from '../support/escpos-decoder';
import { statusReply, VirtualPrinter } from '../support/virtual-printer';

const builder = () => new ThermalPrinter({ type: PrinterTypes.EPSON, interface: 'tcp://127.0.0.1:9' });
const types = (items: DecodedItem[]) => items.map((i) => i.type);

/** GS v 0 m xL xH yL yH: a 16×3 checkerboard-ish image. */
const raster = Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x02, 0x00, 0x03, 0x00, 0b10000000, 0b00000001, 0xff, 0xff, 0x00, 0x0f]);

describe('decodeEscPos', () => {
  it('reads text with its style, Code128, QR and cuts from node-thermal-printer bytes', () => {
    const p = builder();
    p.alignCenter();
    p.bold(true);
    p.println('PHIEU GUI HO SO');
    p.bold(false);
    p.alignLeft();
    p.println('So phieu: 360000-3-0001');
    p.code128('HS-360000-0001', { height: 80 } as never);
    p.printQR('https://dichvucong.gov.vn/tra-cuu?ma=HS-360000-0001', { cellSize: 6, correction: 'M', model: 2 });
    p.cut();
    p.println('copy 2');
    p.partialCut();
    const job = decodeEscPos(p.getBuffer());

    expect(itemsOf(job.items, 'unknown')).toEqual([]);
    const texts = itemsOf(job.items, 'text');
    expect(texts.map((t) => [t.text, t.bold, t.align])).toEqual([
      ['PHIEU GUI HO SO', true, 'center'],
      ['So phieu: 360000-3-0001', false, 'left'],
      ['copy 2', false, 'left'],
    ]);
    expect(itemsOf(job.items, 'code128')).toMatchObject([{ data: 'HS-360000-0001', height: 80, moduleWidth: 3 }]);
    expect(itemsOf(job.items, 'qr')).toMatchObject([{ data: 'https://dichvucong.gov.vn/tra-cuu?ma=HS-360000-0001', moduleSize: 6, ecc: 'M', model: 2 }]);
    expect(itemsOf(job.items, 'qr-print')).toEqual([{ type: 'qr-print', data: 'https://dichvucong.gov.vn/tra-cuu?ma=HS-360000-0001' }]);
    expect(itemsOf(job.items, 'cut')).toEqual([
      { type: 'cut', partial: false, feed: 0 },
      { type: 'cut', partial: true, feed: 0 },
    ]);
    // cut() feeds with ESC d 4 twice before cutting.
    expect(itemsOf(job.items, 'feed').filter((f) => f.lines === 4)).toHaveLength(4);

    const docs = splitDocuments(job);
    expect(docs.map((d) => [d.cut, types(d.items).filter((t) => t !== 'feed')])).toEqual([
      [true, ['text', 'text', 'code128', 'qr', 'qr-print', 'cut']],
      [true, ['text', 'cut']],
    ]);
  });

  it('lists settings on request and applies ESC ! and ESC @', () => {
    const bytes = Buffer.concat([
      Buffer.from([0x1b, 0x21, 0x38]), // bold, double height, double width
      Buffer.from('BIG\n'),
      Buffer.from([0x1b, 0x40]),
      Buffer.from('small\n'),
    ]);
    const job = decodeEscPos(bytes, { includeSettings: true });
    expect(job.items).toMatchObject([
      { type: 'setting', command: 'ESC !', params: [0x38] },
      { type: 'text', text: 'BIG', bold: true, doubleHeight: true, doubleWidth: true },
      { type: 'setting', command: 'ESC @' },
      { type: 'text', text: 'small', bold: false, doubleHeight: false },
    ]);
  });

  it('decodes a GS v 0 raster to bits and a PNG', () => {
    const [item] = decodeEscPos(raster).items;
    expect(item).toMatchObject({ type: 'raster', width: 16, height: 3, bytesPerRow: 2, scale: { x: 1, y: 1 } });
    if (item?.type !== 'raster') throw new Error('no raster');
    const row = (y: number) => [...item.bits.subarray(y * 16, y * 16 + 16)].join('');
    expect([row(0), row(1), row(2)]).toEqual(['1000000000000001', '1111111111111111', '0000000000001111']);
    const png = PNG.sync.read(item.png);
    expect([png.width, png.height]).toEqual([16, 3]);
    expect([...png.data.subarray(0, 4)]).toEqual([0, 0, 0, 255]); // top-left black
    expect([...png.data.subarray(4, 8)]).toEqual([255, 255, 255, 255]);
  });

  it('reads the raster node-thermal-printer makes from a PNG', async () => {
    const image = new PNG({ width: 24, height: 10 });
    for (let y = 0; y < 10; y++) {
      for (let x = 0; x < 24; x++) {
        const black = x < 8 || y === 9;
        image.data.set(black ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * 24 + x) * 4);
      }
    }
    const p = builder();
    await p.printImageBuffer(PNG.sync.write(image));
    const [item] = decodeEscPos(p.getBuffer()).items;
    if (item?.type !== 'raster') throw new Error(`expected a raster, got ${item?.type}`);
    expect([item.width, item.height]).toEqual([24, 10]);
    expect([...item.bits.subarray(0, 24)].join('')).toBe('111111110000000000000000');
    expect([...item.bits.subarray(9 * 24, 10 * 24)].every((b) => b === 1)).toBe(true);
  });

  it('reports status requests, stray bytes and a command cut short', () => {
    const job = decodeEscPos(Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x04, 0x07, 0x1b, 0xff, 0x1d, 0x76, 0x30, 0x00, 0x02]));
    expect(job.items).toMatchObject([
      { type: 'status-request', n: 1 },
      { type: 'status-request', n: 4 },
      { type: 'unknown', bytes: Buffer.from([0x07, 0x1b, 0xff]), offset: 6, truncated: false },
      { type: 'unknown', bytes: Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x02]), truncated: true },
    ]);
  });

  it('decodes Code128 code sets and escaped braces', () => {
    expect(decodeCode128Data(Buffer.from('{Ba{{b'))).toBe('a{b');
    expect(decodeCode128Data(Buffer.from([0x7b, 0x43, 12, 34, 5, 0x7b, 0x42, 0x58]))).toBe('123405X');
  });

  it('gives the same items when fed in pieces', () => {
    const p = builder();
    p.println('Xin chao');
    p.code128('ABC-123');
    p.printQR('QR data');
    p.cut();
    const bytes = Buffer.concat([p.getBuffer(), raster]);
    const parser = new EscPosParser();
    const pieces: DecodedItem[] = [];
    for (let i = 0; i < bytes.length; i += 3) pieces.push(...parser.push(bytes.subarray(i, i + 3)));
    pieces.push(...parser.end());
    const whole = decodeEscPos(bytes).items;
    expect(types(pieces)).toEqual(types(whole));
    expect(itemsOf(pieces, 'text')[0]?.text).toBe('Xin chao');
  });

  it('stitches a document into one picture with its barcodes drawn', () => {
    const p = builder();
    p.code128('HS-1');
    p.printQR('hello');
    p.cut();
    const [doc] = splitDocuments(decodeEscPos(Buffer.concat([raster, p.getBuffer()])));
    const image = stitchDocument(doc!.items, { paperDots: 576 });
    expect(image.width).toBe(576);
    expect(image.height).toBeGreaterThan(3 + 162);
    expect(PNG.sync.read(image.png).height).toBe(image.height);
  });
});

describe('VirtualPrinter', () => {
  let printer: VirtualPrinter | undefined;
  afterEach(async () => {
    await printer?.close();
    printer = undefined;
  });

  it('answers DLE EOT with the Epson status bytes', () => {
    expect([1, 2, 3, 4].map((n) => statusReply('ready', n))).toEqual([0x12, 0x12, 0x12, 0x12]);
    expect([1, 2, 4].map((n) => statusReply('paperOut', n))).toEqual([0x1a, 0x32, 0x7e]);
    expect([1, 2, 4].map((n) => statusReply('coverOpen', n))).toEqual([0x1a, 0x16, 0x12]);
    expect([1, 2].map((n) => statusReply('offline', n))).toEqual([0x1a, 0x52]);
    expect(statusReply('ready', 4, true)).toBe(0x1e);
  });

  const talk = (uri: string, bytes: Buffer, expectReplies: number) =>
    new Promise<Buffer>((resolve, reject) => {
      const port = Number(uri.split(':').pop());
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(bytes);
        if (expectReplies === 0) socket.end();
      });
      const replies: Buffer[] = [];
      socket.on('data', (d: Buffer) => {
        replies.push(d);
        if (Buffer.concat(replies).length >= expectReplies) socket.end();
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(replies)));
    });

  it('records a printed job and answers status in it; discards print data while out of paper', async () => {
    printer = await VirtualPrinter.start();
    expect(printer.uri).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const p = builder();
    p.println('hello');
    p.cut();
    const status = Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);
    expect([...(await talk(printer.uri, Buffer.concat([status, p.getBuffer(), status.subarray(0, 3)]), 4))]).toEqual([0x12, 0x12, 0x12, 0x12]);
    const [job] = await printer.waitForJobs(1);
    expect(itemsOf(job!.decoded.items, 'text')[0]?.text).toBe('hello');
    expect(job!.documents).toHaveLength(1);

    printer.setMode('paperOut');
    expect([...(await talk(printer.uri, Buffer.concat([status, p.getBuffer()]), 3))]).toEqual([0x1a, 0x32, 0x7e]);
    await printer.waitFor(() => printer!.connections.length === 2);
    expect(printer.connections[1]?.outcome).toBe('discarded');
    expect(printer.jobs).toHaveLength(1);
  });

  it('drops a job mid-way once, refuses connections while down, and comes back on the same port', async () => {
    printer = await VirtualPrinter.start();
    const port = printer.port;
    printer.dropMidJob(20);
    await talk(printer.uri, Buffer.concat([raster, raster]), 0);
    await printer.waitFor(() => printer!.connections.length === 1);
    expect(printer.connections[0]).toMatchObject({ outcome: 'dropped' });
    expect(printer.connections[0]!.raw).toHaveLength(20);
    await printer.down();
    await expect(talk(printer.uri, raster, 0)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await printer.up();
    expect(printer.port).toBe(port);
    await talk(printer.uri, raster, 0);
    expect(await printer.waitForJobs(1)).toHaveLength(1);
  });
});
