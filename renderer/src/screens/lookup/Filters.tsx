// Narrowing the results by field, handling agency and level, from the catalogue's own values.
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { Field } from '../../components/Field';
import type { SearchParams } from './search-state';

type FilterValues = CommandOutput<'catalogue.filters'>;
type FilterKey = 'field' | 'agency' | 'level';

export function Filters(props: {
  values: FilterValues | null;
  chosen: SearchParams;
  onChange: (key: FilterKey, value: string) => void;
}) {
  const { t } = useTranslation();
  const v = props.values;
  const lists: { key: FilterKey; label: string; options: { value: string; name: string; count: number }[] }[] = [
    { key: 'field', label: t('lookup.field'), options: (v?.fields ?? []).map((f) => ({ value: f.code, name: f.name, count: f.count })) },
    { key: 'agency', label: t('lookup.agency'), options: (v?.agencies ?? []).map((a) => ({ value: a.name, name: a.name, count: a.count })) },
    { key: 'level', label: t('lookup.level'), options: (v?.levels ?? []).map((l) => ({ value: l.name, name: l.name, count: l.count })) },
  ];
  return (
    <div className="lookup__filters" role="group" aria-label={t('lookup.filtersLabel')}>
      {lists.map((list) => (
        <Field key={list.key} label={list.label} className="lookup__filter">
          {(control) => (
            <select {...control} value={props.chosen[list.key]} onChange={(e) => props.onChange(list.key, e.target.value)}>
              <option value="">{t('lookup.all')}</option>
              {list.options
                .filter((o) => o.value !== '')
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {t('lookup.filterOption', { name: o.name, count: o.count })}
                  </option>
                ))}
              {/* A filter kept from before the catalogue changed stays choosable until cleared. */}
              {props.chosen[list.key] !== '' && !list.options.some((o) => o.value === props.chosen[list.key]) && (
                <option value={props.chosen[list.key]}>{props.chosen[list.key]}</option>
              )}
            </select>
          )}
        </Field>
      ))}
    </div>
  );
}
