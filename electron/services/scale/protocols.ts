// The protocols a counter can choose, by the id used in settings and on the command line.
import * as andContinuous from './and-continuous';
import * as mtSics from './mt-sics';
import type { ScaleProtocol } from './protocol';
import * as toledo8217 from './toledo-8217';

export const scaleProtocols = {
  'mt-sics': mtSics,
  'toledo-8217': toledo8217,
  ad: andContinuous,
} satisfies Record<string, ScaleProtocol>;

export type ScaleProtocolId = keyof typeof scaleProtocols;
