// Names on the wire between the Electron preload and the main process. Kept free of zod so the
// sandboxed preload bundle stays small.

/** Every command name of the contract; commands.ts must define exactly these (checked by the compiler). */
export const commandNameList = [
  'app.status',
  'setup.initialize',
  'auth.signInOptions',
  'auth.signIn',
  'auth.signOut',
  'auth.lock',
  'auth.heartbeat',
  'users.list',
  'users.add',
  'users.update',
  'users.unlock',
  'settings.update',
  'settings.province',
  'ledger.verify',
  'ledger.entries',
  'db.backup',
  'catalogue.search',
  'catalogue.show',
  'catalogue.filters',
  'catalogue.import',
  'catalogue.guidanceSlip',
  'devices.scale.get',
  'devices.scale.configure',
  'scale.capture',
  'scale.manualWeight',
  'scale.adjust',
  'tariff.quote',
  'tariff.info',
  'calendar.holidays',
  'calendar.due',
  'devices.printer.get',
  'devices.printer.configure',
  'printer.test',
  'print.jobs',
  'intake.settings',
  'intake.configure',
  'intake.quote',
  'intake.commit',
  'intake.get',
  'intake.recent',
  'intake.reprint',
  'intake.receiptPdf',
  'agencies.list',
  'agencies.update',
] as const;

export type CommandName = (typeof commandNameList)[number];

export const commandChannel = (name: string) => `counter:command:${name}`;
export const eventChannel = 'counter:event';
