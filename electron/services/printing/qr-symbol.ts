// The QR symbol a payload makes at error correction M, as the printer's own encoder would make
// it: the PDF draws its modules, and the thermal layout uses it to size (or, for bytes the
// printer command cannot carry, to draw) the symbol.
import { create } from 'qrcode';
import { Bitmap } from './bitmap';

export function qrSymbol(data: string): Bitmap {
  const { modules } = create(data, { errorCorrectionLevel: 'M' });
  const out = new Bitmap(modules.size, modules.size);
  out.data.set(modules.data);
  return out;
}
