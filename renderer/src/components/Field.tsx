// A labelled input with its hint and its error, wired for screen readers: the label gives the
// accessible name, the hint and the error are the description, aria-invalid marks a refusal.
import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

export function Field(props: {
  label: string;
  hint?: string | undefined;
  /** The counter's message about this field, shown under it. */
  issue?: string | undefined;
  /** Marked invalid although the message is elsewhere (the form's alert, given as `alertId`). */
  invalid?: boolean | undefined;
  alertId?: string | undefined;
  className?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const issueId = `${id}-issue`;
  const invalid = props.invalid || props.issue !== undefined;
  const describedBy = [
    props.hint ? hintId : null,
    props.issue !== undefined ? issueId : invalid && props.alertId ? props.alertId : null,
  ].filter(Boolean);
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-invalid': invalid ? true : undefined,
        'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
      })}
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.issue !== undefined && (
        <p className="field__issue" id={issueId}>
          {props.issue}
        </p>
      )}
    </div>
  );
}
