// What a section needs to know about one of its fields after a refusal: the counter's message
// for it (if it still applies to what is on screen) and whether it is marked invalid.

export interface FieldCheck {
  issue: string | undefined;
  invalid: boolean;
  /** The form's alert, which describes an invalid field whose message is only there. */
  alertId: string | undefined;
}

export type Check = (path: string) => FieldCheck;

/** The counter's message first; else the same rule checked here, once the field has been left or a save tried. */
export function withLocal(check: FieldCheck, local: string | undefined, show: boolean): FieldCheck {
  if (check.invalid || !show || local === undefined) return check;
  return { issue: local, invalid: true, alertId: check.alertId };
}
