// The single handler table: what each contract command does. Every host (Electron IPC, the
// browser host, the command line) reaches these through `dispatch`, never directly.
import type { CommandArgs, CommandName, CommandOutput } from '../../shared/contract/commands';
import type { SessionUser } from '../../shared/contract/commands';
import type { Clock } from './clock';
import type { Sessions } from './auth/sessions';
import type { SignIn } from './auth/sign-in';
import type { Users } from './auth/users';
import type { CounterSettings } from './counter-settings';
import { existsSync } from 'node:fs';
import type { Catalogue } from './catalogue/catalogue';
import type { PostalTariff } from './postal-tariff';
import type { WorkingCalendarService } from './working-calendar-service';
import type { ScaleService } from './scale/scale-service';
import type { PrintService } from './printing/print-service';
import { guidanceSlipFileName, renderGuidanceSlip } from './catalogue/guidance-slip-pdf';
import { CounterError } from './counter-error';
import { backupDatabase } from './db/backup';
import type { Db } from './db/open-database';
import type { Actor, Ledger } from './ledger/ledger';
import type { IntakeService } from './intake/intake-service';
import type { AgencyDirectory } from './agencies/agency-directory';
import { receiptPdfFileName } from './intake/receipt-file-name';
import type { ResultsService } from './results/results-service';
import type { NotificationPort } from './results/notification-port';
import { renderReceiptPdf } from './printing/receipt-pdf';
import type { HandoverService } from './handover/handover-service';
import type { HomeDelivery } from './dossiers/home-delivery';
import type { OverdueLists } from './dossiers/overdue-lists';
import { handoverPdfFileName, renderHandoverRecord } from './handover/handover-pdf';
import type { DossierCorrections } from './dossiers/dossier-corrections';
import type { DossierVoiding } from './dossiers/dossier-void';
import type { Drafts } from './drafts';
import { DossierRegister } from './dossiers/dossier-register';
import type { SyncService } from './sync/sync-service';
import { syncHandlers } from './sync/sync-handlers';
import { DayBook, dayHandlers } from './day/day-handlers';
import { dayOutputHandlers } from './day/output-handlers';

/** Files shipped beside the app (resources/): the sample catalogue, synonyms, fonts. */
export interface Resources {
  sampleCatalogue: string;
  /** The agency directory a new counter starts with (resources/agencies/sample-agencies.json). */
  agencies: string;
  synonyms: string;
  fonts: string;
  tariff: string;
  /** Published holiday decisions (resources/calendar/overrides.json). */
  calendar: string;
  /** Transit times per route (resources/calendar/transit-times.json). */
  transit: string;
}

export interface Services {
  resources: Resources;
  scale: ScaleService;
  /** The receipt printer: settings, queue and worker. */
  printing: PrintService;
  tariff: PostalTariff;
  calendar: WorkingCalendarService;
  catalogue: Catalogue;
  db: Db;
  clock: Clock;
  ledger: Ledger;
  users: Users;
  signIn: SignIn;
  sessions: Sessions;
  counter: CounterSettings;
  intake: IntakeService;
  agencies: AgencyDirectory;
  results: ResultsService;
  /** Told of each invitation once it is recorded (no SMS gateway yet: see results/notification-port.ts). */
  notifications: NotificationPort;
  handover: HandoverService;
  corrections: DossierCorrections;
  voiding: DossierVoiding;
  drafts: Drafts;
  delivery: HomeDelivery;
  overdue: OverdueLists;
  /** The sync with the province hub (sync/sync-service.ts). */
  sync: SyncService;
}

/** What a handler knows about its caller once the dispatcher has checked access. */
export interface Caller {
  actor: Actor;
  user: SessionUser | null;
  /** The screen the call came from; null for the command line. */
  sessionId: string | null;
  /** Runs the state change once per idempotency key (see Ledger.once). */
  once<T>(work: () => T): T;
}

type Handler<N extends CommandName> = (args: CommandArgs<N>, caller: Caller) => CommandOutput<N> | Promise<CommandOutput<N>>;
export type HandlerTable = { [N in CommandName]: Handler<N> };

export function createHandlers(s: Services): HandlerTable {
  const register = new DossierRegister(s.db, s.corrections);
  const day = new DayBook(s);
  const bindSession = (caller: Caller, user: SessionUser) => {
    if (caller.sessionId) s.sessions.bind(caller.sessionId, user.id, s.clock.now());
  };
  return {
    ...syncHandlers(s),
    ...dayHandlers(s, day),
    ...dayOutputHandlers(s, (d) => day.report(d)),
    'app.status': (_args, caller) => {
      const session = caller.sessionId ? s.sessions.get(caller.sessionId) : undefined;
      const user = session ? s.users.get(session.userId) : undefined;
      return {
        initialized: s.counter.get() !== null,
        counter: s.counter.get(),
        session: session && user ? { id: user.id, name: user.name, role: user.role, locked: session.locked } : null,
        ledgerEntries: s.ledger.count(),
      };
    },
    'setup.initialize': (args, caller) => {
      // A repeated key answers from the stored result, which holds no PIN: only the call that
      // really set the counter up signs its screen in, or a replay would be a sign-in without one.
      let fresh = false;
      const { manager, deviceId } = caller.once(() => {
        fresh = true;
        const done = s.counter.initialize(args, caller.sessionId ? 'screen' : 'console');
        // A new counter starts with the sample catalogue, so the lookup works from the first day.
        if (existsSync(s.resources.sampleCatalogue)) {
          s.catalogue.importFile(s.resources.sampleCatalogue, done.actor, `${args.idempotencyKey}#catalogue`);
        }
        if (existsSync(s.resources.agencies)) s.agencies.loadFile(s.resources.agencies, done.actor, `${args.idempotencyKey}#agency`);
        return done;
      });
      if (fresh) bindSession(caller, manager);
      return { manager, deviceId };
    },
    'auth.signInOptions': () => ({ users: s.users.signInOptions() }),
    'auth.signIn': (args, caller) => {
      // Not through `caller.once`: see SignIn.attempt.
      const user = s.signIn.attempt(args.userId, args.pin, args.idempotencyKey);
      bindSession(caller, user);
      return { user };
    },
    'auth.signOut': (args, caller) => {
      caller.once(() =>
        s.ledger.post({ kind: 'auth.signed_out', payload: {}, actor: caller.actor, idempotencyKey: args.idempotencyKey }),
      );
      if (caller.sessionId) s.sessions.end(caller.sessionId);
      return {};
    },
    'auth.lock': (_args, caller) => {
      if (caller.sessionId) s.sessions.lock(caller.sessionId);
      return {};
    },
    // The dispatcher records the activity; there is nothing else to do.
    'auth.heartbeat': () => ({}),
    'users.list': () => ({ users: s.users.list() }),
    'users.add': (args, caller) => {
      // The console makes a manager only at first set-up; afterwards an existing manager
      // confirms with their PIN there, and the entry is theirs, made through the console.
      if (caller.actor.kind !== 'console' || args.role !== 'manager') {
        return caller.once(() => ({ user: s.users.add(args, caller.actor, args.idempotencyKey) }));
      }
      const { byManagerId, byManagerPin } = args;
      if (!byManagerId || byManagerPin === undefined) throw new CounterError('MANAGER_PIN_REQUIRED');
      const manager = s.signIn.confirmManager(byManagerId, byManagerPin, `${args.idempotencyKey}#confirm`);
      return caller.once(() => ({ user: s.users.add(args, { kind: 'console', userId: manager.id }, args.idempotencyKey) }));
    },
    'users.unlock': (args, caller) =>
      caller.once(() => ({ user: s.users.unlock(args.userId, args.reason, caller.actor, args.idempotencyKey) })),
    'users.update': (args, caller) => caller.once(() => s.users.update(args, caller.actor, args.idempotencyKey)),
    'settings.update': (args, caller) =>
      caller.once(() => ({ idleLockMinutes: s.counter.updateIdleLock(args.idleLockMinutes, caller.actor, args.idempotencyKey) })),
    'settings.province': (args, caller) => caller.once(() => s.counter.updateProvince(args.province, caller.actor, args.idempotencyKey)),
    'ledger.verify': (args) => s.ledger.verify(args.expectHead),
    'ledger.entries': (args) => ({ entries: s.ledger.entries(args) }),
    'db.backup': (args) => backupDatabase(s.db, args.out),
    'devices.scale.get': () => ({ settings: s.scale.settings(), status: s.scale.current(), protocols: s.scale.protocols() }),
    'devices.scale.configure': async (args, caller) => {
      const settings = caller.once(() => s.scale.configure(args.settings, caller.actor, args.idempotencyKey));
      await s.scale.restart();
      return { settings };
    },
    'scale.capture': (args, caller) => caller.once(() => s.scale.capture(caller.actor, args.idempotencyKey)),
    'scale.manualWeight': (args, caller) =>
      caller.once(() => s.scale.enterManually(args.grams, args.reason, caller.actor, args.idempotencyKey)),
    'scale.adjust': (args) => {
      s.scale.adjust(args.action);
      return {};
    },
    'tariff.quote': (args) => s.tariff.quote(args),
    'tariff.info': () => s.tariff.info(),
    'devices.printer.get': () => ({ settings: s.printing.settings(), status: s.printing.status() }),
    'devices.printer.configure': (args, caller) => {
      const settings = caller.once(() => s.printing.configure(args.settings, caller.actor, args.idempotencyKey));
      s.printing.kick();
      return { settings };
    },
    'printer.test': (args) => s.printing.printTestPage(args),
    'print.jobs': (args) => ({ jobs: s.printing.jobs(args.limit) }),
    'calendar.holidays': (args) => s.calendar.holidays(args.year),
    'calendar.due': (args) =>
      s.calendar.due({
        receivedAt: args.receivedAt,
        processing: s.catalogue.show(args.procedureCode).procedure.processing,
        route: args.route ?? s.calendar.defaultRoute,
        service: args.service,
      }),
    'intake.settings': () => s.intake.settings(),
    'intake.configure': (args, caller) => caller.once(() => ({ s10: s.intake.configure(args.s10, caller.actor, args.idempotencyKey) })),
    'intake.quote': (args, caller) => s.intake.quote(args, caller.user?.name ?? ''),
    'intake.commit': (args, caller) => {
      const user = caller.user!;
      const done = caller.once(() => s.intake.commit(args, { actor: caller.actor, name: user.name, userId: user.id }, args.idempotencyKey));
      s.printing.kick();
      // Drawn from the record, not stored with the answer: a repeat gets the same receipts.
      return { ...done, receipts: s.intake.receipts(done.dossier.slipNumber) };
    },
    'intake.get': (args) => s.intake.get(args.slipNumber),
    'agencies.list': () => ({ agencies: s.agencies.list() }),
    'dossiers.find': (args) => register.find(args),
    'dossiers.show': (args) => ({ dossier: register.show(args.ref) }),
    'agencies.update': (args, caller) =>
      caller.once(() => ({ agency: s.agencies.update({ name: args.name, unitCode: args.unitCode, address: args.address, phone: args.phone }, caller.actor, args.idempotencyKey) })),
    'intake.recent': (args) => s.intake.recent(args.limit),
    'intake.reprint': (args, caller) => {
      const done = caller.once(() => s.intake.reprint(args.slipNumber, args.reason, caller.actor, args.idempotencyKey));
      s.printing.kick();
      return done;
    },
    'results.checkIn': (args, caller) => caller.once(() => s.results.checkIn(args, caller.actor, args.idempotencyKey)),
    'results.checkInRecord': async (args) => {
      const doc = s.results.checkInRecord(args.session, s.counter.require().officeName);
      const pdf = await renderReceiptPdf([doc], s.resources.fonts);
      return { fileName: `bien-ban-nhan-ket-qua-${args.session}.pdf`, pdfBase64: pdf.toString('base64') };
    },
    'results.notifyList': () => ({ results: s.results.toNotify() }),
    'results.notified': (args, caller) => {
      const done = caller.once(() => s.results.notified(args, caller.actor, args.idempotencyKey));
      s.notifications.invited({ slipNumber: done.slipNumber, applicantName: done.applicantName, phone: done.phone, number: done.notices, seq: done.seq });
      return { slipNumber: done.slipNumber, notices: done.notices, seq: done.seq };
    },
    'results.find': (args) => ({ result: s.results.find(args.scan) }),
    'results.return': async (args, caller) => {
      const done = caller.once(() => s.results.returnResult(args, caller.actor, args.idempotencyKey));
      s.printing.kick();
      // Drawn from the return entry, so a repeated press gets the same slip and records nothing more.
      const pdf = await renderReceiptPdf([s.results.handoverSlip(done.slipNumber)], s.resources.fonts);
      return { ...done, fileName: `phieu-ban-giao-ket-qua-${done.slipNumber}.pdf`, pdfBase64: pdf.toString('base64') };
    },
    'results.pending': () => ({ results: s.results.pending() }),
    'results.readyAtAgency': (args) => s.results.readyAtAgency.list(args),
    'intake.receiptPdf': async (args, caller) => {
      const issued = caller.once(() => s.intake.issuePdf(args.slipNumber, caller.actor, args.idempotencyKey));
      const pdf = await s.intake.renderPdf(issued.documents);
      return { fileName: receiptPdfFileName(issued.slipNumber), pdfBase64: pdf.toString('base64') };
    },
    'dossiers.correct': (args, caller) => caller.once(() => s.corrections.correct(args, caller.actor, args.idempotencyKey)),
    'dossiers.corrections': (args) => s.corrections.corrections(args.slipNumber),
    // All inside `once`, so a repeat gets the first answer (not "already voided"). A wrong PIN
    // is a recorded failure: its entry is kept and the key's answer is that refusal.
    'dossiers.void': (args, caller) =>
      caller.once(() => {
        const user = caller.user!;
        let approvedBy: string | null = null;
        if (s.voiding.needsManager(args.slipNumber, user)) {
          if (!args.managerId || args.managerPin === undefined) throw new CounterError('VOID_NEEDS_MANAGER');
          approvedBy = s.signIn.confirmManager(args.managerId, args.managerPin, `${args.idempotencyKey}#confirm`, { kind: 'user', userId: user.id }).id;
        }
        return s.voiding.void(args, approvedBy, caller.actor, args.idempotencyKey);
      }),
    'drafts.save': (args, caller) => {
      s.drafts.save(caller.user!.id, args.name, args.body);
      return {};
    },
    'drafts.get': (args, caller) => s.drafts.get(caller.user!.id, args.name),
    'drafts.clear': (args, caller) => {
      s.drafts.clear(caller.user!.id, args.name);
      return {};
    },
    'handover.list': () => s.handover.list(),
    'handover.show': (args) => s.handover.show(args.batchNumber),
    'handover.add': (args, caller) => caller.once(() => s.handover.add(args.batchNumber, args.scan, caller.actor, args.idempotencyKey)),
    'handover.remove': (args, caller) => caller.once(() => s.handover.remove(args.batchNumber, args.scan, caller.actor, args.idempotencyKey)),
    'handover.sign': (args, caller) => {
      const done = caller.once(() => s.handover.sign(args.batchNumber, args.receiverName, caller.actor, args.idempotencyKey));
      s.printing.kick();
      return done;
    },
    'handover.reprintSummary': (args, caller) => {
      const done = caller.once(() => s.handover.reprintSummary(args.batchNumber, args.reason, caller.actor, args.idempotencyKey));
      s.printing.kick();
      return done;
    },
    'handover.backfill': (args, caller) => caller.once(() => s.handover.backfill(args.scan, args.outcome, caller.actor, args.idempotencyKey)),
    'handover.pdf': async (args) => {
      const pdf = await renderHandoverRecord(s.handover.show(args.batchNumber), s.resources.fonts);
      return { fileName: handoverPdfFileName(args.batchNumber), pdfBase64: pdf.toString('base64') };
    },
    'delivery.assign': (args, caller) => caller.once(() => s.delivery.assign(args, caller.actor, args.idempotencyKey)),
    'delivery.attempt': (args, caller) => caller.once(() => s.delivery.attempt(args, caller.actor, args.idempotencyKey)),
    'delivery.giveBack': (args, caller) => caller.once(() => s.delivery.giveBack(args, caller.actor, args.idempotencyKey)),
    'delivery.list': () => s.delivery.list(),
    'dossiers.overdue': (args) => s.overdue.overdue(args),
    'catalogue.search': (args) => s.catalogue.search(args.query, args),
    'catalogue.show': (args) => s.catalogue.show(args.code, args.versionId),
    'catalogue.filters': () => s.catalogue.filters(),
    'catalogue.import': (args, caller) => caller.once(() => s.catalogue.importFile(args.path, caller.actor, args.idempotencyKey)),
    'catalogue.guidanceSlip': async (args, caller) => {
      const counter = s.counter.require();
      const slip = caller.once(() => {
        const { procedure, snapshotHash, catalogue } = s.catalogue.show(args.code);
        const theCase = procedure.cases[args.caseIndex];
        if (!theCase) throw new CounterError('CASE_NOT_FOUND', { index: args.caseIndex + 1 });
        const unknown = args.missing.find((m) => !theCase.papers.some((p) => p.name === m || p.code === m));
        if (unknown !== undefined) throw new CounterError('PAPER_NOT_IN_CHECKLIST', { name: unknown });
        const papers = args.missing.length ? theCase.papers.filter((p) => args.missing.includes(p.name) || args.missing.includes(p.code ?? '')) : theCase.papers;
        const entry = s.ledger.post({
          kind: 'catalogue.guidance_slip_printed',
          payload: { code: args.code, snapshotHash, caseIndex: args.caseIndex, papers: papers.map((p) => p.name), applicantName: args.applicantName },
          actor: caller.actor,
          idempotencyKey: args.idempotencyKey,
        });
        s.catalogue.recordUse(args.code);
        return { seq: entry.seq, at: entry.at, snapshotHash, sample: catalogue.sample, papers };
      });
      const at = new Date(slip.at);
      const pdf = await renderGuidanceSlip(
        {
          procedure: s.catalogue.snapshot(slip.snapshotHash)!,
          caseIndex: args.caseIndex,
          papers: slip.papers,
          onlyMissing: args.missing.length > 0,
          officeName: counter.officeName,
          counterNumber: counter.counterNumber,
          clerkName: caller.user?.name ?? '',
          applicantName: args.applicantName ?? null,
          at,
          sample: slip.sample,
          reference: `HD-${slip.seq}`,
        },
        s.resources.fonts,
      );
      return { fileName: guidanceSlipFileName(args.code, at), pdfBase64: pdf.toString('base64') };
    },
  };
}
