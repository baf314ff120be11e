// Assembles one counter's services over its ledger file. Each host opens exactly one.
import { join } from 'node:path';
import { Sessions } from './auth/sessions';
import { SignIn } from './auth/sign-in';
import { Users } from './auth/users';
import { systemClock, type Clock } from './clock';
import { CounterSettings } from './counter-settings';
import { ledgerFileName } from './data-dir';
import { openDatabase } from './db/open-database';
import { createDispatcher, type Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import { createHandlers, type Services } from './handlers';
import { Ledger } from './ledger/ledger';

export interface CounterApp {
  dispatch: Dispatch;
  events: EventBus;
  services: Services;
  ledgerFile: string;
  close(): void;
}

export function openCounterApp(options: { dataDir: string; clock?: Clock }): CounterApp {
  const clock = options.clock ?? systemClock;
  const ledgerFile = join(options.dataDir, ledgerFileName);
  const db = openDatabase(ledgerFile);
  const events = new EventBus();
  const ledger = new Ledger(db, clock, (e) => events.emit('ledger.appended', { seq: e.seq, kind: e.kind, at: e.at }));
  const users = new Users(db, ledger, clock);
  const services: Services = {
    db,
    clock,
    ledger,
    users,
    signIn: new SignIn(db, ledger, users, clock),
    sessions: new Sessions(),
    counter: new CounterSettings(db, ledger, users),
  };
  return {
    dispatch: createDispatcher(services, createHandlers(services)),
    events,
    services,
    ledgerFile,
    close: () => db.close(),
  };
}
