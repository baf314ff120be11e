// Danh bạ cơ quan: the address, phone and unit code printed on receipts for each competent
// agency. A new counter has the sample directory; the manager corrects it here until the
// province's sync fills it. A slip already given keeps what it printed.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRow } from '../../../../shared/contract/commands';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { TableStateRow } from '../../components/TableStateRow';
import { issueFor, useAction, useFocusFirstInvalid } from '../../hooks/use-action';
import { useQuery } from '../../hooks/use-query';

interface EditDraft {
  name: string;
  unitCode: string;
  address: string;
  phone: string;
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

export function AgenciesSection() {
  const { t } = useTranslation();
  const agencies = useQuery('agencies.list', {}, { onLedgerAppended: true });
  const action = useAction('agencies.update');
  const [edit, setEdit] = useState<EditDraft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const alertId = useId();
  useFocusFirstInvalid(form, action.error);

  function start(a: AgencyRow) {
    setSaved(null);
    action.setError(null);
    setEdit({ name: a.name, unitCode: a.unitCode ?? '', address: a.address ?? '', phone: a.phone ?? '' });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!edit) return;
    const result = await action.run({ name: edit.name, unitCode: orNull(edit.unitCode), address: orNull(edit.address), phone: orNull(edit.phone) });
    if (result?.ok) {
      setSaved(edit.name);
      setEdit(null);
      agencies.reload();
    }
  }

  const state = (a: AgencyRow) => (!a.listed ? t('admin.agencies.missing') : a.sample ? t('admin.agencies.sample') : t(`admin.agencies.source.${a.source ?? 'manager'}`));

  return (
    <Section title={t('admin.agencies.title')}>
      {(headingId) => (
        <>
          <p>{t('admin.agencies.intro')}</p>
          <ErrorAlert message={agencies.error} />
          <SuccessStatus message={saved && t('admin.agencies.saved', { name: saved })} />
          {edit && (
            <form ref={form} onSubmit={submit} noValidate aria-busy={action.pending} aria-label={t('admin.agencies.editing', { name: edit.name })}>
              <p className="agency-edit__name">{t('admin.agencies.editing', { name: edit.name })}</p>
              <div className="form-grid">
                <Field label={t('admin.agencies.unitCode')} hint={t('admin.agencies.unitCodeHint')} issue={issueFor(action.error, 'unitCode')} alertId={alertId}>
                  {(c) => <input {...c} name="unitCode" autoComplete="off" value={edit.unitCode} onChange={(e) => setEdit({ ...edit, unitCode: e.target.value })} />}
                </Field>
                <Field label={t('admin.agencies.phone')} issue={issueFor(action.error, 'phone')} alertId={alertId}>
                  {(c) => <input {...c} name="phone" type="tel" autoComplete="off" value={edit.phone} onChange={(e) => setEdit({ ...edit, phone: e.target.value })} />}
                </Field>
                <Field label={t('admin.agencies.address')} className="span-2" issue={issueFor(action.error, 'address')} alertId={alertId}>
                  {(c) => <input {...c} name="address" autoComplete="off" value={edit.address} onChange={(e) => setEdit({ ...edit, address: e.target.value })} />}
                </Field>
              </div>
              <div className="actions">
                <button type="submit" className="button button--primary">
                  {t('admin.agencies.save')}
                </button>
                <button type="button" className="button" onClick={() => setEdit(null)}>
                  {t('admin.agencies.cancel')}
                </button>
              </div>
              <ErrorAlert id={alertId} message={action.error?.message} />
            </form>
          )}
          <div className="table-wrap">
            <table className="table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.agencies.name')}</th>
                  <th scope="col">{t('admin.agencies.unitCode')}</th>
                  <th scope="col">{t('admin.agencies.address')}</th>
                  <th scope="col">{t('admin.agencies.phone')}</th>
                  <th scope="col">{t('admin.agencies.state')}</th>
                  <th scope="col">{t('admin.users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {agencies.data?.agencies.map((a) => (
                  <tr key={a.name}>
                    <th scope="row">{a.name}</th>
                    <td>{a.unitCode ?? '—'}</td>
                    <td>{a.address ?? '—'}</td>
                    <td>{a.phone ?? '—'}</td>
                    <td>
                      <span className={`badge badge--${a.listed && !a.sample ? 'on' : 'warn'}`}>{state(a)}</span>
                    </td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => start(a)}>
                        {t('admin.agencies.edit')}
                        <span className="visually-hidden"> {a.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
                <TableStateRow
                  columns={6}
                  loading={!agencies.data && !agencies.error}
                  empty={agencies.data?.agencies.length === 0}
                  loadingText={t('admin.users.loading')}
                  emptyText={t('admin.agencies.empty')}
                />
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
