// The kind of identity paper someone shows, for a Field: the kinds offered depend on who shows it
// (a proxy is a person, never a tax code), the words are the intake form's.
import { useTranslation } from 'react-i18next';
import type { IdKind } from '../../../shared/identity/identity-number';
import type { FieldControlProps } from './Field';

/** K is the kinds offered; the value and the setter follow them rather than widen them. */
export function IdKindSelect<K extends IdKind>(props: { control: FieldControlProps; name: string; kinds: readonly K[]; value: NoInfer<K>; onChange(kind: NoInfer<K>): void }) {
  const { t } = useTranslation();
  return (
    <select {...props.control} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value as K)}>
      {props.kinds.map((k) => (
        <option key={k} value={k}>
          {t(`intake.applicant.idKinds.${k}`)}
        </option>
      ))}
    </select>
  );
}
