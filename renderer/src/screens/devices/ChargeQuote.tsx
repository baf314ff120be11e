// The postal charge for the recorded weight: service, route and exemption chosen from the
// tariff in force, the charge and its breakdown from `tariff.quote`, and the tariff version.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput, WeightRecord } from '../../../../shared/contract/commands';
import { formatVnd } from '../../../../shared/format';
import { useApi } from '../../api/api-context';
import { isSessionLoss } from '../../api/guarded-client';
import { Field } from '../../components/Field';
import { ErrorAlert } from '../../components/Notice';
import { useDraft } from '../../hooks/use-draft';
import { useQuery } from '../../hooks/use-query';
import { currentLanguage } from '../../i18n';

type Quote = CommandOutput<'tariff.quote'>;
type TariffInfo = CommandOutput<'tariff.info'>;

/** The clerk's choices; empty service or route means the tariff's usual one. */
interface Choice {
  service: string;
  route: string;
  category: string;
}

const preferred = (ids: { id: string }[], wanted: string) => (ids.some((i) => i.id === wanted) ? wanted : (ids[0]?.id ?? ''));

function resolve(choice: Choice, info: TariffInfo | null): Choice {
  if (!info) return choice;
  const known = (ids: { id: string }[], id: string) => ids.some((i) => i.id === id);
  return {
    service: known(info.services, choice.service) ? choice.service : preferred(info.services, 'send'),
    route: known(info.routes, choice.route) ? choice.route : preferred(info.routes, 'within-province'),
    category: info.exemptions.some((e) => e.category === choice.category) ? choice.category : '',
  };
}

export function ChargeQuote(props: { weight: WeightRecord | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const info = useQuery('tariff.info', {});
  const [kept, setChoice] = useDraft<Choice>('devices.charge', { service: '', route: '', category: '' });
  const choice = resolve(kept, info.data);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const latest = useRef(0);
  const grams = props.weight?.grams ?? null;
  const ready = info.data !== null && grams !== null && choice.service !== '' && choice.route !== '';

  useEffect(() => {
    const ticket = ++latest.current;
    setQuote(null);
    setRefusal(null);
    setPending(ready);
    if (!ready || grams === null) return;
    const input = { grams, service: choice.service, route: choice.route, ...(choice.category ? { applicantCategory: choice.category } : {}) };
    void api.call('tariff.quote', input).then((result) => {
      if (ticket !== latest.current) return; // a newer choice is being quoted
      setPending(false);
      if (result.ok) setQuote(result.value);
      else if (!isSessionLoss(result.error)) setRefusal(result.error.message);
    });
  }, [api, ready, grams, choice.service, choice.route, choice.category]);

  const set = (patch: Partial<Choice>) => setChoice({ ...choice, ...patch });
  return (
    <div className="charge">
      <ErrorAlert message={info.error} />
      <div className="charge__choices">
        <Field label={t('devices.weigh.service')}>
          {(c) => (
            <select {...c} name="service" value={choice.service} onChange={(e) => set({ service: e.target.value })}>
              {info.data?.services.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('devices.weigh.route')}>
          {(c) => (
            <select {...c} name="route" value={choice.route} onChange={(e) => set({ route: e.target.value })}>
              {info.data?.routes.map((r) => (
                <option key={r.id} value={r.id}>{r.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('devices.weigh.exemption')}>
          {(c) => (
            <select {...c} name="applicantCategory" value={choice.category} onChange={(e) => set({ category: e.target.value })}>
              <option value="">{t('devices.weigh.noExemption')}</option>
              {info.data?.exemptions.map((x) => (
                <option key={x.category} value={x.category}>{x.name}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div role="status" aria-label={t('devices.weigh.quote')} aria-busy={pending} className="charge__quote">
        {grams === null && <p className="charge__none">{t('devices.weigh.noWeight')}</p>}
        {quote && (
          <>
            <p className="charge__total">{t('devices.weigh.charge', { amount: formatVnd(quote.chargeVnd, lang) })}</p>
            <ul className="charge__lines">
              {quote.breakdown.map((line, i) => (
                <li key={i}>
                  <span>{line.label}</span>
                  <span className="charge__amount">{formatVnd(line.vnd, lang)}</span>
                </li>
              ))}
            </ul>
            <p className="charge__tariff">
              {t('devices.weigh.tariff', { version: quote.tariffVersion })}
              {quote.sample && <strong className="charge__sample"> {t('devices.weigh.sample')}</strong>}
            </p>
          </>
        )}
      </div>
      <ErrorAlert message={refusal} />
    </div>
  );
}
