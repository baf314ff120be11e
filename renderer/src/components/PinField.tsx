// The PIN box of the sign-in and lock screens: masked, numeric keypad on touch screens, and
// marked for the browser's password handling as the current PIN.
import type { RefObject } from 'react';
import { Field } from './Field';

export function PinField(props: {
  label: string;
  invalid: boolean;
  alertId: string;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  return (
    <Field label={props.label} invalid={props.invalid} alertId={props.alertId}>
      {(c) => (
        <input
          {...c}
          ref={props.inputRef}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
