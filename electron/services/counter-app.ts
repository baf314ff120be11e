// Assembles one counter's services over its ledger file. Each host opens exactly one.
import { DossierCorrections } from './dossiers/dossier-corrections';
import { DossierMoves } from './dossiers/dossier-moves';
import { DossierVoiding } from './dossiers/dossier-void';
import { Drafts } from './drafts';
import { join } from 'node:path';
import { Sessions } from './auth/sessions';
import { SignIn } from './auth/sign-in';
import { Users } from './auth/users';
import { PinHasher } from './auth/pin-hash';
import { defaultSecretDir, PinKeyFile, type Sealer } from './auth/pin-key';
import { systemClock, type Clock } from './clock';
import { CounterSettings } from './counter-settings';
import { ledgerFileName } from './data-dir';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { openDatabase } from './db/open-database';
import { createDispatcher, type Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import { createHandlers, type Resources, type Services } from './handlers';
import { Catalogue } from './catalogue/catalogue';
import { PostalTariff } from './postal-tariff';
import { WorkingCalendarService } from './working-calendar-service';
import { ScaleService } from './scale/scale-service';
import { PrintService } from './printing/print-service';
import type { PrintWorkerOptions } from './printing/print-worker';
import type { PrintJobSpec } from './printing/print-queue';
import type { ReceiptDocument } from '../../shared/receipt/receipt-document';
import { Ledger } from './ledger/ledger';
import { AnswerRetention } from './ledger/answer-retention';
import { IntakeService } from './intake/intake-service';
import { intakePorts } from './intake/intake-ports';
import { AgencyDirectory } from './agencies/agency-directory';
import { ResultsService } from './results/results-service';
import { noNotificationGateway } from './results/notification-port';
import { HandoverService } from './handover/handover-service';
import { HomeDelivery } from './dossiers/home-delivery';
import { OverdueLists } from './dossiers/overdue-lists';
import { SyncService, type SyncOptions } from './sync/sync-service';
import { SyncSecretFile } from './sync/sync-secret';
import type { YearOverrides } from '../../shared/calendar/overrides';
import { tariffFile } from '../../shared/tariff/tariff';

export interface CounterApp {
  dispatch: Dispatch;
  events: EventBus;
  services: Services;
  ledgerFile: string;
  /**
   * Takes the data folder's lock, then opens the counter's devices (the receipt printer's
   * worker, the scale). Hosts with screens call it; the console does not. Throws
   * DataDirInUseError, before starting anything, when another process runs this folder's devices.
   */
  startDevices(): Promise<void>;
  close(): void;
}

/** resources/ of this checkout; the Electron shell passes the packaged app's own. */
export const defaultResourcesDir = join(process.cwd(), 'resources');

export function resourcesIn(dir: string): Resources {
  return {
    sampleCatalogue: join(dir, 'catalogue', 'sample-catalogue.json'),
    agencies: join(dir, 'agencies', 'sample-agencies.json'),
    synonyms: join(dir, 'catalogue', 'synonyms.json'),
    fonts: join(dir, 'fonts'),
    tariff: join(dir, 'tariff', 'sample-tariff.json'),
    calendar: join(dir, 'calendar', 'overrides.json'),
    transit: join(dir, 'calendar', 'transit-times.json'),
  };
}

/** The papers of a print job, drawn by the service that owns what it prints. */
function documentsOf(services: Services, job: PrintJobSpec): ReceiptDocument[] {
  switch (job.kind) {
    case 'resultHandover':
      return [services.results.handoverSlip(job.reference)];
    case 'handoverSummary':
      return [services.handover.summaryDocument(job.reference, job.reprint)];
    case 'receipt':
    case 'reprint':
      return services.intake.printDocuments(job);
  }
}

export function openCounterApp(options: {
  dataDir: string;
  clock?: Clock;
  resourcesDir?: string;
  /** Printer worker timings (tests shorten them). */
  printing?: Omit<PrintWorkerOptions, 'fontsDir'>;
  /** Where the PIN pepper's key file lives, outside the data folder (default: defaultSecretDir()). */
  secretDir?: string;
  /** The OS keychain's encryption (Electron's safeStorage), when the host has one: the key file is then sealed with it. */
  sealer?: Sealer;
  /** Sync timings (tests shorten them). */
  sync?: Partial<SyncOptions>;
}): CounterApp {
  const clock = options.clock ?? systemClock;
  const resources = resourcesIn(options.resourcesDir ?? defaultResourcesDir);
  const ledgerFile = join(options.dataDir, ledgerFileName);
  const db = openDatabase(ledgerFile);
  const events = new EventBus();
  const ledger = new Ledger(db, clock, (e) => events.emit('ledger.appended', { seq: e.seq, kind: e.kind, at: e.at }));
  const pins = new PinHasher(db, new PinKeyFile(options.secretDir ?? defaultSecretDir(), ledger.deviceId, options.sealer));
  const users = new Users(db, ledger, clock, pins);
  const services: Services = {
    resources,
    scale: new ScaleService(db, ledger, clock, events),
    printing: new PrintService(db, ledger, clock, events, (job) => documentsOf(services, job), { ...options.printing, fontsDir: resources.fonts }, () => services.counter.get()?.officeName ?? null),
    tariff: new PostalTariff(resources.tariff, () => {
      const published = db.prepare('SELECT tariff FROM centre_tariff WHERE id = 1').pluck().get() as string | undefined;
      return published ? tariffFile.parse(JSON.parse(published)) : null;
    }),
    calendar: new WorkingCalendarService({ overrides: resources.calendar, transit: resources.transit }, () =>
      (db.prepare('SELECT overrides FROM centre_calendar_years ORDER BY year').pluck().all() as string[]).map((t) => JSON.parse(t) as YearOverrides),
    ),
    catalogue: new Catalogue(db, ledger, resources.synonyms),
    db,
    clock,
    ledger,
    users,
    signIn: new SignIn(db, ledger, users, clock, pins),
    sessions: new Sessions(),
    counter: new CounterSettings(db, ledger, users),
    intake: new IntakeService(intakePorts({ db, ledger, clock, fontsDir: resources.fonts }, () => services)),
    agencies: new AgencyDirectory(db, ledger, () => services.catalogue.filters().agencies),
    results: new ResultsService(db, ledger, clock, (job) => services.printing.enqueue(job)),
    notifications: noNotificationGateway,
    handover: new HandoverService({ db, ledger, clock, counter: () => services.counter.require(), agency: (name) => services.agencies.contact(name), print: (job) => services.printing.enqueue(job) }),
    corrections: new DossierCorrections(db, ledger),
    voiding: new DossierVoiding(db, ledger, new DossierMoves(db), clock),
    drafts: new Drafts(db, clock),
    delivery: new HomeDelivery(db, ledger, clock, () => services.calendar.workingDays()),
    overdue: new OverdueLists(db, clock),
    sync: new SyncService(
      { db, ledger, clock, events, services: () => services, secret: new SyncSecretFile(options.secretDir ?? defaultSecretDir(), ledger.deviceId, options.sealer) },
      options.sync,
    ),
  };
  let lock: DataDirLock | undefined;
  const retention = new AnswerRetention(ledger, clock, () => db.open);
  retention.start();
  return {
    dispatch: createDispatcher(services, createHandlers(services)),
    events,
    services,
    ledgerFile,
    startDevices: async () => {
      // Never two print workers on one ledger: the lock first, then the devices.
      lock ??= lockDataDir(options.dataDir);
      services.printing.start();
      await services.scale.start();
      // One sync loop per data folder, like the print worker: behind the same lock.
      services.sync.start();
    },
    close: () => {
      retention.stop();
      services.sync.stop();
      void services.scale.stop();
      // Synchronous part first: the worker writes nothing once stop() has begun.
      void services.printing.stop();
      db.close();
      lock?.release();
    },
  };
}
