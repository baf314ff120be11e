// Thiết bị: the counter's scale — the live weight, its settings (changed by a manager), and
// recording a weight with the postal charge it gives — the receipt printer and the S10 item
// number range.
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/contract/fields';
import { ErrorAlert } from '../../components/Notice';
import { Section } from '../../components/Section';
import { LiveWeight } from './LiveWeight';
import { PrinterSection } from './PrinterSection';
import { S10RangeSection } from './S10RangeSection';
import { ScaleSettingsForm } from './ScaleSettingsForm';
import { ScaleSettingsView } from './ScaleSettingsView';
import { useScale } from './use-scale';
import { WeighSection } from './WeighSection';

export function DevicesArea(props: { role: Role }) {
  const { t } = useTranslation();
  const { scale, status } = useScale();
  const data = scale.data;
  return (
    <div className="devices">
      <Section title={t('devices.scale.title')} className="scale">
        {() => (
          <>
            <LiveWeight status={status} />
            <ErrorAlert message={scale.error} />
            <h3 className="scale__settings-title">{t('devices.scale.settings')}</h3>
            {data &&
              (props.role === 'manager' ? (
                <ScaleSettingsForm settings={data.settings} protocols={data.protocols} onSaved={scale.reload} />
              ) : (
                <ScaleSettingsView settings={data.settings} protocols={data.protocols} />
              ))}
          </>
        )}
      </Section>
      <WeighSection status={status} />
      <PrinterSection role={props.role} />
      <S10RangeSection role={props.role} />
    </div>
  );
}
