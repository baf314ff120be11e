// A figure of the report that opens the entries behind it on click or Enter (a real button, so
// Tab reaches it and Enter/Space press it). Its name says what it is and what pressing does.
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../../shared/contract/day';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { useDrill } from './drill-context';

export function FigureButton(props: { figure: Figure; label: string; day: string; show?: 'vnd' | 'count' }) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const drill = useDrill();
  const text = props.show === 'count' ? String(props.figure.count) : formatVnd(props.figure.vnd, lang);
  return (
    <button
      type="button"
      className="eod-figure"
      title={props.label}
      onClick={() => drill({ label: props.label, drill: props.figure.drill, day: props.day })}
    >
      {text}
    </button>
  );
}
