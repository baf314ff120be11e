// One dossier's page: what its receipt says (applicant, procedure, papers, money, weight), its
// status with the national code, and the timeline of every ledger entry about it — who, when,
// on which counter device, worded by kind (shared/contract/entry-kinds.ts), never as JSON.
// Actions on it (reprint, PDF, correct, void) are DossierActions'.
//
// To open a dossier page from another screen: `const { openDossier } = useOpenDossier();` (from
// ./open-dossier) then `openDossier(slipNumberOrS10)`; `findDossier()` opens the search. Both
// work anywhere inside the shell (DossierRegisterLayer provides them).
import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DossierDetail, TimelineEntry } from '../../../../shared/contract/dossier-register';
import { entryKindLabel } from '../../../../shared/contract/entry-kinds';
import { dossierStatusLabels, type Lang } from '../../../../shared/contract/messages';
import { formatDayVi } from '../../../../shared/calendar/day';
import { formatDateTime, formatVnd } from '../../../../shared/format';
import { Facts } from '../../components/Facts';
import { ErrorAlert } from '../../components/Notice';
import { useQuery } from '../../hooks/use-query';
import { currentLanguage } from '../../i18n';
import { DossierActions } from './DossierActions';

export function DossierPage(props: { dossierRef: string; onBack: () => void }) {
  const { t } = useTranslation();
  const shown = useQuery('dossiers.show', { ref: props.dossierRef }, { onLedgerAppended: true });
  const heading = useRef<HTMLHeadingElement>(null);
  const d = shown.data?.dossier;

  // The cursor starts on the title, so a screen reader announces which dossier opened.
  useEffect(() => heading.current?.focus(), [d?.slipNumber]);

  return (
    <section
      className="register"
      aria-labelledby="dossier-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onBack();
        }
      }}
    >
      <div className="register__head">
        <h2 id="dossier-title" ref={heading} tabIndex={-1}>
          {t('register.page.title', { slip: d?.slipNumber ?? props.dossierRef })}
        </h2>
        <button type="button" onClick={props.onBack}>
          {t('register.back')} <kbd>Esc</kbd>
        </button>
      </div>
      <ErrorAlert message={shown.error} />
      {!d && !shown.error && <p>{t('register.loading')}</p>}
      {d && <DossierRecord dossier={d} onChanged={shown.reload} />}
    </section>
  );
}

function DossierRecord({ dossier: d, onChanged }: { dossier: DossierDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const status = dossierStatusLabels[d.status][lang];
  // A value changed since intake says so; the corrections' history is under the actions.
  const marked = (field: DossierDetail['corrected'][number], value: string) => (d.corrected.includes(field) ? t('register.page.corrected', { value }) : value);
  return (
    <>
      <Facts
        className="register__facts"
        rows={[
          [t('register.page.status'), d.nationalCode === null ? status : t('register.page.nationalCode', { status, code: d.nationalCode })],
          ['S10', d.s10],
          [t('register.page.applicant'), marked('applicantName', d.applicant.name)],
          [t('register.page.idNumber'), `${d.applicant.idKind.toUpperCase()} ${d.applicant.idNumber}`],
          [t('register.page.phone'), marked('phone', d.applicant.phone)],
          [t('register.page.address'), marked('address', d.applicant.address)],
          [t('register.page.procedure'), `${d.procedure.code} — ${d.procedure.name} (${d.procedure.caseName})`],
          [t('register.page.agency'), d.procedure.agency],
          [
            t('register.page.returnMethod'),
            marked('returnMethod', d.returnMethod.kind === 'home' ? t('register.page.atHome', { address: d.returnMethod.address ?? '' }) : t('register.page.atCounter')),
          ],
          [t('register.page.received'), t('register.page.receivedBy', { when: formatDateTime(d.receivedAt, lang), clerk: d.clerkName })],
          [t('register.page.dueDate'), formatDayVi(d.dueDate)],
          [t('register.page.weight'), d.weight.manual ? t('register.page.weightManual', { grams: d.weight.grams }) : `${d.weight.grams} g`],
        ]}
      />
      {d.readyAtAgency && (
        <p role="status" className="notice">
          {t('agencyResults.pageLine', { when: formatDateTime(d.readyAtAgency.readyAt, lang) })}
          {d.readyAtAgency.resultPapers.length > 0 && (
            <>
              <br />
              {t('agencyResults.pagePapers', { papers: d.readyAtAgency.resultPapers.join('; ') })}
            </>
          )}
        </p>
      )}
      <DossierActions dossier={d} onChanged={onChanged} />
      <h3>{t('register.page.papers')}</h3>
      <table className="register__table">
        <thead>
          <tr>
            <th scope="col">{t('register.page.paper')}</th>
            <th scope="col">{t('register.page.originals')}</th>
            <th scope="col">{t('register.page.copies')}</th>
          </tr>
        </thead>
        <tbody>
          {d.papers.map((p) => (
            <tr key={p.name}>
              <td>{p.name}</td>
              <td>{p.originals}</td>
              <td>{p.copies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('register.page.money')}</h3>
      <Facts
        rows={[
          ...d.fees.lines.map((l, i): [string, string] => [`${t('register.page.fees')} ${i + 1}: ${l.label}`, formatVnd(l.vnd, lang)]),
          [t('register.page.fees'), formatVnd(d.fees.totalVnd, lang)],
          ...d.postal.lines.map((l, i): [string, string] => [`${t('register.page.postal')} ${i + 1}: ${l.label}`, formatVnd(l.vnd, lang)]),
          [t('register.page.postal'), formatVnd(d.postal.totalVnd, lang)],
          [t('register.page.total'), formatVnd(d.totalVnd, lang)],
        ]}
      />
      <h3>{t('register.page.timeline')}</h3>
      <table className="register__table register__timeline">
        <thead>
          <tr>
            <th scope="col">{t('register.page.when')}</th>
            <th scope="col">{t('register.page.what')}</th>
            <th scope="col">{t('register.page.who')}</th>
            <th scope="col">{t('register.page.device')}</th>
            <th scope="col">{t('register.page.details')}</th>
          </tr>
        </thead>
        <tbody>
          {d.timeline.map((e) => (
            <tr key={e.seq}>
              <td>{formatDateTime(e.at, lang)}</td>
              <td>{entryKindLabel(e.kind, lang)}</td>
              <td>{who(e, t)}</td>
              <td>{e.deviceId}</td>
              <td>{details(e, lang, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}


/** A user by name; otherwise who acted (the system, the console, the centre), worded. */
function who(e: TimelineEntry, t: TFunction): string {
  if (e.actorName) return e.actorName;
  if (e.actorKind === 'console') return t('register.page.console');
  return e.actorKind === 'centre' ? t('register.page.centre') : t('register.page.system');
}

function details(e: TimelineEntry, lang: Lang, t: TFunction): string {
  const parts: string[] = [];
  if (e.move) parts.push(t('register.page.moved', { status: dossierStatusLabels[e.move.to][lang] }));
  if (e.reason) parts.push(t('register.page.reason', { reason: e.reason }));
  return parts.join('; ');
}
