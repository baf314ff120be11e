// A manager's approval typed on the clerk's own screen (voiding a dossier, closing a drawer
// beyond the tolerance): which manager, then their PIN. The counter checks the PIN; the screen
// only collects it, and the form that sends it clears it afterwards, right or wrong.
import { useEffect, useState } from 'react';
import type { SessionUser } from '../../../shared/contract/commands';
import { useApi } from '../api/api-context';
import { Field } from './Field';

/** The post office's managers, to choose from and to name whoever approved. */
export function useManagers(): SessionUser[] {
  const api = useApi();
  const [managers, setManagers] = useState<SessionUser[]>([]);
  useEffect(() => {
    void api.call('auth.signInOptions', {}).then((r) => {
      if (r.ok) setManagers(r.value.users.filter((u) => u.role === 'manager'));
    });
  }, [api]);
  return managers;
}

export function ManagerApprovalFields(props: {
  managers: SessionUser[];
  managerId: string;
  onManagerId(id: string): void;
  pin: string;
  onPin(pin: string): void;
  labels: { manager: string; none: string; pin: string; hint?: string };
  /** The form fields' names, kept for the browser's form handling. */
  names: { manager: string; pin: string };
  issues: { manager?: string | undefined; pin?: string | undefined };
  /** The PIN box appears only once a manager is chosen (where approval is optional). */
  pinOnceChosen?: boolean;
}) {
  return (
    <>
      <Field label={props.labels.manager} hint={props.labels.hint} issue={props.issues.manager}>
        {(c) => (
          <select {...c} name={props.names.manager} value={props.managerId} onChange={(e) => props.onManagerId(e.target.value)}>
            <option value="">{props.labels.none}</option>
            {props.managers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(!props.pinOnceChosen || props.managerId !== '') && (
        <Field label={props.labels.pin} issue={props.issues.pin}>
          {(c) => <input {...c} name={props.names.pin} type="password" inputMode="numeric" autoComplete="off" value={props.pin} onChange={(e) => props.onPin(e.target.value)} />}
        </Field>
      )}
    </>
  );
}
