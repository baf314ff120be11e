// How the citizen hears that the result is back. The counter sends nothing itself today: the
// clerk phones and records it (results.notified). A future SMS gateway (e.g. the post's own
// Brandname SMS service) implements this port and is given to ResultsService in counter-app.ts;
// it is told after the notice is committed, so a gateway that fails never loses the record, and
// it should de-duplicate by `seq`, since a retried command may tell it twice.

/** One invitation to collect a result, as recorded in the ledger. */
export interface Invitation {
  slipNumber: string;
  applicantName: string;
  phone: string;
  /** 1 for the first invitation, 2 for the second… (the rules count them). */
  number: number;
  /** The `result.notified` entry that recorded it. */
  seq: number;
}

export interface NotificationPort {
  invited(invitation: Invitation): void;
}

/** No gateway: the clerk has already told the citizen; nothing leaves the counter. */
export const noNotificationGateway: NotificationPort = { invited: () => undefined };
