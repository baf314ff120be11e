// Thiết bị → máy in: the receipt printer's state and queue as the worker reports them, its
// settings (a manager changes them; saving is a ledger entry), and the test page.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterStatus } from '../../../../shared/contract/commands';
import type { PrinterSettings, Role } from '../../../../shared/contract/fields';
import type { CommandError } from '../../../../shared/contract/result';
import { useApi } from '../../api/api-context';
import { isSessionLoss } from '../../api/guarded-client';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { fieldInvalid, issueFor, useAction, useFocusFirstInvalid } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { printerStateText } from './printer-text';
import { usePrinter } from './use-printer';
import { Facts } from '../../components/Facts';

export function PrinterSection(props: { role: Role }) {
  const { t } = useTranslation();
  const { printer, status } = usePrinter();
  const data = printer.data;
  return (
    <Section title={t('devices.printer.title')} className="printer">
      {() => (
        <>
          <PrinterState status={status} />
          <ErrorAlert message={printer.error} />
          <h3 className="scale__settings-title">{t('devices.printer.settings')}</h3>
          {data &&
            (props.role === 'manager' ? (
              <PrinterSettingsForm settings={data.settings} onSaved={printer.reload} />
            ) : (
              <PrinterSettingsView settings={data.settings} />
            ))}
        </>
      )}
    </Section>
  );
}

function PrinterState(props: { status: PrinterStatus | null }) {
  const { t } = useTranslation();
  const view = printerStateText(t, props.status);
  const pending = props.status?.pending ?? 0;
  return (
    <div role="status" aria-label={t('devices.printer.live')} className={`printer-state printer-state--${view.tone}`}>
      <span className="printer-state__text">
        {view.tone === 'alert' && <span aria-hidden="true">⚠ </span>}
        {view.text}
      </span>
      {pending > 0 && <span className="printer-state__pending">{t('devices.printer.pending', { count: pending })}</span>}
    </div>
  );
}

interface PrinterFormValues {
  uri: string;
  paperWidth: '80' | '58';
  copies: string;
}

const formValues = (s: PrinterSettings | null): PrinterFormValues =>
  s ? { uri: s.uri, paperWidth: String(s.paperWidth) as '80' | '58', copies: String(s.copies) } : { uri: '', paperWidth: '80', copies: '2' };

function PrinterSettingsForm(props: { settings: PrinterSettings | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction('devices.printer.configure');
  const [values, setValues] = useDraft<PrinterFormValues>('devices.printerSettings', () => formValues(props.settings));
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState(false);
  const [tested, setTested] = useState<string | null>(null);
  const [testError, setTestError] = useState<CommandError | null>(null);
  const alertId = useId();
  const form = useRef<HTMLFormElement>(null);
  const error = action.error ?? testError;
  useFocusFirstInvalid(form, error);

  const set = (patch: Partial<PrinterFormValues>) => {
    setSaved(false);
    setTested(null);
    setValues((v) => ({ ...v, ...patch }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    setTested(null);
    setTestError(null);
    const copies = values.copies.trim() === '' ? Number.NaN : Number(values.copies);
    const result = await action.run({
      settings: { uri: values.uri, paperWidth: Number(values.paperWidth) as 80 | 58, copies },
    });
    if (result?.ok) {
      setValues(formValues(result.value.settings));
      setSaved(true);
      props.onSaved();
    }
  }

  /** Not a ledger entry: one call, its answer shown. Uses what is typed, saved or not. */
  async function printTest() {
    if (testing) return;
    setTesting(true);
    setSaved(false);
    setTested(null);
    setTestError(null);
    action.setError(null);
    const uri = values.uri.trim();
    const result = await api.call('printer.test', { ...(uri ? { uri } : {}), paperWidth: Number(values.paperWidth) as 80 | 58 });
    setTesting(false);
    if (result.ok) setTested(result.value.uri);
    else if (!isSessionLoss(result.error)) setTestError(result.error);
  }

  const field = (name: keyof PrinterFormValues) => ({
    issue: issueFor(action.error, `settings.${name}`) ?? issueFor(testError, name),
    invalid: fieldInvalid(action.error, `settings.${name}`) || fieldInvalid(testError, name),
    alertId,
  });
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={action.pending || testing} className="printer-settings">
      <div className="form-grid form-grid--3">
        <Field label={t('devices.printer.uri')} hint={t('devices.printer.uriHint')} {...field('uri')}>
          {(c) => (
            <input {...c} name="uri" autoComplete="off" spellCheck={false} placeholder={t('devices.printer.uriPlaceholder')}
              value={values.uri} onChange={(e) => set({ uri: e.target.value })} />
          )}
        </Field>
        <Field label={t('devices.printer.paperWidth')} {...field('paperWidth')}>
          {(c) => (
            <select {...c} name="paperWidth" value={values.paperWidth} onChange={(e) => set({ paperWidth: e.target.value as '80' | '58' })}>
              <option value="80">{t('devices.printer.paperWidthOption.mm80')}</option>
              <option value="58">{t('devices.printer.paperWidthOption.mm58')}</option>
            </select>
          )}
        </Field>
        <Field label={t('devices.printer.copies')} hint={t('devices.printer.copiesHint')} {...field('copies')}>
          {(c) => (
            <input {...c} name="copies" type="number" inputMode="numeric" min={1} max={5} step={1} className="input--short"
              value={values.copies} onChange={(e) => set({ copies: e.target.value })} />
          )}
        </Field>
      </div>
      <ErrorAlert id={alertId} message={error?.message} />
      <SuccessStatus message={saved ? t('devices.printer.saved') : tested ? t('devices.printer.testPrinted', { uri: tested }) : null} />
      <div className="actions actions--start">
        <button type="submit" className="button button--primary">
          {t('devices.printer.save')}
        </button>
        <button type="button" className="button" aria-busy={testing} aria-describedby={`${alertId}-test-hint`} onClick={() => void printTest()}>
          {t('devices.printer.test')}
        </button>
      </div>
      <p className="field__hint" id={`${alertId}-test-hint`}>
        {t('devices.printer.testHint')}
      </p>
    </form>
  );
}

function PrinterSettingsView(props: { settings: PrinterSettings | null }) {
  const { t } = useTranslation();
  const s = props.settings;
  if (!s) return <p className="notice">{t('devices.printer.notConfigured')}</p>;
  const rows: [string, string][] = [
    [t('devices.printer.uri'), s.uri],
    [t('devices.printer.paperWidth'), t(s.paperWidth === 80 ? 'devices.printer.paperWidthOption.mm80' : 'devices.printer.paperWidthOption.mm58')],
    [t('devices.printer.copies'), String(s.copies)],
  ];
  return (
    <>
      <p className="section-intro">{t('devices.printer.readOnly')}</p>
      <Facts rows={rows} className="scale-facts" />
    </>
  );
}
