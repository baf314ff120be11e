// `counter scale read`: the technician's check of a scale on a port, without the ledger: the
// same serial link, parsers and stability rule as the counter, printing what arrives.
import type { ScaleProtocolId, ScaleSettings } from '../../shared/contract/fields';
import { scaleLinkProblemLabels } from '../../shared/contract/messages';
import { scaleProtocols } from '../services/scale/protocols';
import { SerialLink } from '../services/scale/serial-link';
import { StabilityRule } from '../services/scale/stability';
import { pollingFor } from '../services/scale/scale-service';

const giveUpMs = 5000;

export interface ScaleReadOptions {
  port: string;
  protocol: ScaleProtocolId;
  baud?: number | undefined;
  count: number;
  json: boolean;
}

export async function readScale(o: ScaleReadOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const protocol = scaleProtocols[o.protocol];
  const settings: ScaleSettings = {
    path: o.port,
    protocol: o.protocol,
    ...(protocol.serialDefaults as Pick<ScaleSettings, 'baudRate' | 'dataBits' | 'parity' | 'stopBits'>),
    ...(o.baud ? { baudRate: o.baud as ScaleSettings['baudRate'] } : {}),
    stableCount: 3,
    stableWindowMs: 1000,
  };
  const rule = new StabilityRule({ hasStabilityFlag: protocol.hasStabilityFlag });
  let printed = 0;
  let opened = false;
  return new Promise<number>((resolve) => {
    const finish = (code: number, message?: string) => {
      clearTimeout(timer);
      if (message) err(message);
      void link.stop().then(() => resolve(code));
    };
    const timer = setTimeout(
      () => finish(1, `Không nhận được khối lượng hợp lệ nào trong ${giveUpMs / 1000} giây từ ${o.port} (${o.protocol}). / No valid weight within ${giveUpMs / 1000} s.`),
      giveUpMs,
    );
    const link = new SerialLink(settings, protocol, pollingFor(o.protocol), {
      connection: (state, problem, detail) => {
        if (state === 'connected') opened = true;
        if (state === 'disconnected' && !opened) {
          const why = problem ? scaleLinkProblemLabels[problem] : { vi: 'không rõ lỗi', en: 'unknown error' };
          finish(1, `Không mở được cổng ${o.port}: ${why.vi} / cannot open the port: ${why.en}${detail ? ` (${detail})` : ''}`);
        }
        if (state === 'disconnected' && opened) finish(1, `Cân ${o.port} đã mất kết nối. / The scale disconnected.`);
      },
      frame: (result, atMs) => {
        if (result.kind === 'ack') return;
        if (result.kind === 'refused') {
          rule.reset();
          if (!o.json) err(`bỏ qua (${result.reason}): ${JSON.stringify(result.raw)}`);
          return;
        }
        const { usable } = rule.feed(result.reading, atMs);
        const line = { grams: result.reading.grams, stable: usable, raw: result.reading.raw };
        out(o.json ? JSON.stringify(line) : `${line.grams} g  ${usable ? 'ổn định' : 'đang dao động'}  ${JSON.stringify(line.raw)}`);
        printed += 1;
        if (printed >= o.count) finish(0);
      },
    });
    link.start();
  });
}
