// The scale settings as the form holds them (text, as typed) and as the contract takes them.
import type { CommandOutput } from '../../../../shared/contract/commands';
import type { ScaleProtocolId, ScaleSettings } from '../../../../shared/contract/fields';

export type ProtocolChoice = CommandOutput<'devices.scale.get'>['protocols'][number];

export const baudRates = [1200, 2400, 4800, 9600, 19200, 38400] as const;
export const dataBitsChoices = [7, 8] as const;
export const parities = ['none', 'even', 'odd'] as const;
export const stopBitsChoices = [1, 2] as const;

export interface ScaleFormValues {
  path: string;
  /** Empty until the technician chooses one. */
  protocol: ScaleProtocolId | '';
  baudRate: string;
  dataBits: string;
  parity: ScaleSettings['parity'];
  stopBits: string;
  stableCount: string;
  stableWindowMs: string;
}

/** The form's starting values: the saved settings, else the usual serial settings and the 3-in-1000 ms rule. */
export function formValues(settings: ScaleSettings | null): ScaleFormValues {
  if (!settings) {
    return { path: '', protocol: '', baudRate: '9600', dataBits: '8', parity: 'none', stopBits: '1', stableCount: '3', stableWindowMs: '1000' };
  }
  return {
    path: settings.path,
    protocol: settings.protocol,
    baudRate: String(settings.baudRate),
    dataBits: String(settings.dataBits),
    parity: settings.parity,
    stopBits: String(settings.stopBits),
    stableCount: String(settings.stableCount),
    stableWindowMs: String(settings.stableWindowMs),
  };
}

/** Choosing a protocol fills in its usual serial settings. */
export function withProtocol(values: ScaleFormValues, protocol: ProtocolChoice | undefined, id: ScaleProtocolId | ''): ScaleFormValues {
  if (!protocol) return { ...values, protocol: id };
  const d = protocol.defaults;
  return { ...values, protocol: id, baudRate: String(d.baudRate), dataBits: String(d.dataBits), parity: d.parity, stopBits: String(d.stopBits) };
}

/** A whole number as typed; anything else goes as NaN so the counter names the field. */
const whole = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** What the form sends. The counter checks every value; the casts only carry the choices across. */
export function toSettings(values: ScaleFormValues & { protocol: ScaleProtocolId }): ScaleSettings {
  return {
    path: values.path,
    protocol: values.protocol,
    baudRate: Number(values.baudRate) as ScaleSettings['baudRate'],
    dataBits: Number(values.dataBits) as ScaleSettings['dataBits'],
    parity: values.parity,
    stopBits: Number(values.stopBits) as ScaleSettings['stopBits'],
    stableCount: whole(values.stableCount),
    stableWindowMs: whole(values.stableWindowMs),
  };
}
