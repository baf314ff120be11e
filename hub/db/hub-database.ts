// The one interface the hub's code talks to, whether the data lives in PostgreSQL (pg) or in
// embedded PGlite: parameterised SQL and transactions. Both speak the same SQL, so nothing
// above this line knows which one it has.

export interface HubQueryable {
  /** Rows of one statement; parameters are $1, $2, … */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements, without parameters, as it is written (a migration step). */
  exec(sql: string): Promise<void>;
}

export interface HubDatabase extends HubQueryable {
  readonly engine: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: HubQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
