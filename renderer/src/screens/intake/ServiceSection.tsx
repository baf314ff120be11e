// Dịch vụ: send the dossier only, bring back only the result of a dossier the citizen filed at the
// agency (with the agency's dossier code and result day from their appointment slip), or both —
// the result at the counter or to an address — and the route, which sets the transit days.
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { dossierServiceIds } from '../../../../shared/tariff/tariff';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import type { Check } from './field-check';
import { returnAddress, type IntakeDraft } from './intake-draft';

type Settings = CommandOutput<'intake.settings'>;

export function ServiceSection(props: {
  draft: IntakeDraft;
  onChange: (patch: Partial<IntakeDraft>) => void;
  settings: Settings | null;
  route: string;
  check: Check;
}) {
  const { t } = useTranslation();
  const d = props.draft;
  const routes = props.settings?.routes ?? [];
  return (
    <Section title={t('intake.service.title')} className="intake-section intake-service">
      {() => (
        <>
          <fieldset className="radio-group">
            <legend>{t('intake.service.kind')}</legend>
            {dossierServiceIds.map((service) => (
              <label key={service} className="radio">
                <input type="radio" name="service" value={service} checked={d.service === service} onChange={() => props.onChange({ service })} />
                {t(`intake.service.${service}`)}
              </label>
            ))}
          </fieldset>
          {d.service !== 'send' && (
            <fieldset className="radio-group">
              <legend>{t('intake.service.returnKind')}</legend>
              {(['counter', 'home'] as const).map((kind) => (
                <label key={kind} className="radio">
                  <input type="radio" name="returnKind" value={kind} checked={d.returnKind === kind} onChange={() => props.onChange({ returnKind: kind })} />
                  {t(`intake.service.${kind}`)}
                </label>
              ))}
            </fieldset>
          )}
          <div className="form-grid">
            {d.service === 'return' && (
              <>
                <Field label={t('intake.service.agencyDossierCode')} hint={t('intake.service.agencyDossierCodeHint')} {...props.check('agencyFiling.dossierCode')}>
                  {(c) => (
                    <input
                      {...c}
                      name="agencyDossierCode"
                      autoComplete="off"
                      value={d.agencyDossierCode ?? ''}
                      onChange={(e) => props.onChange({ agencyDossierCode: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('intake.service.appointmentDay')} hint={t('intake.service.appointmentDayHint')} {...props.check('agencyFiling.appointmentDay')}>
                  {(c) => (
                    <input
                      {...c}
                      name="appointmentDay"
                      type="date"
                      value={d.appointmentDay ?? ''}
                      onChange={(e) => props.onChange({ appointmentDay: e.target.value })}
                    />
                  )}
                </Field>
              </>
            )}
            {d.service !== 'send' && d.returnKind === 'home' && (
              <Field
                label={t('intake.service.returnAddress')}
                hint={t('intake.service.returnAddressHint')}
                className="span-2"
                {...props.check('returnMethod')}
              >
                {(c) => (
                  <input
                    {...c}
                    name="returnAddress"
                    autoComplete="off"
                    value={returnAddress(d)}
                    onChange={(e) => props.onChange({ returnAddress: e.target.value })}
                  />
                )}
              </Field>
            )}
            <Field label={t('intake.service.route')} className="span-2" {...props.check('route')}>
              {(c) => (
                <select {...c} name="route" value={props.route} onChange={(e) => props.onChange({ route: e.target.value })}>
                  {routes.map((r) => (
                    <option key={r.id} value={r.id}>
                      {t('intake.service.routeOption', { name: r.name, count: r.transitDays })}
                    </option>
                  ))}
                  {props.route !== '' && !routes.some((r) => r.id === props.route) && <option value={props.route}>{props.route}</option>}
                </select>
              )}
            </Field>
          </div>
        </>
      )}
    </Section>
  );
}
