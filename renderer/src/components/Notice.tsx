// The two kinds of message a screen shows after an action: a refusal (role=alert, read out at
// once) and a confirmation (role=status, read out politely). Rendered only when there is text.
export function ErrorAlert(props: { message: string | null | undefined; id?: string }) {
  if (!props.message) return null;
  return (
    <p role="alert" className="notice notice--error" id={props.id}>
      {props.message}
    </p>
  );
}

export function SuccessStatus(props: { message: string | null | undefined; tone?: 'ok' | 'info' }) {
  if (!props.message) return null;
  return (
    <p role="status" className={`notice notice--${props.tone ?? 'ok'}`}>
      {props.message}
    </p>
  );
}
