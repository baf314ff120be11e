// The scale settings for a clerk: what is configured, without the means to change it.
import { useTranslation } from 'react-i18next';
import type { ScaleSettings } from '../../../../shared/contract/fields';
import type { ProtocolChoice } from './scale-form';
import { Facts } from '../../components/Facts';

export function ScaleSettingsView(props: { settings: ScaleSettings | null; protocols: ProtocolChoice[] }) {
  const { t } = useTranslation();
  const s = props.settings;
  if (!s) return <p className="notice">{t('devices.scale.notConfigured')}</p>;
  const protocol = props.protocols.find((p) => p.id === s.protocol);
  const rows: [string, string][] = [
    [t('devices.scale.path'), s.path],
    [t('devices.scale.protocol'), t(`devices.scale.protocolName.${s.protocol}`)],
    [t('devices.scale.baudRate'), String(s.baudRate)],
    [t('devices.scale.dataBits'), String(s.dataBits)],
    [t('devices.scale.parity'), t(`devices.scale.parityOption.${s.parity}`)],
    [t('devices.scale.stopBits'), String(s.stopBits)],
  ];
  if (!protocol?.hasStabilityFlag) {
    rows.push([t('devices.scale.stabilityLegend'), t('devices.scale.stability', { count: s.stableCount, ms: s.stableWindowMs })]);
  }
  return (
    <>
      <p className="section-intro">{t('devices.scale.readOnly')}</p>
      <Facts rows={rows} className="scale-facts" />
    </>
  );
}
