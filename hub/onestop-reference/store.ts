// The reference one-stop system's own state, in one JSON file in its data folder. Every change is
// written to a new file, flushed and renamed over the old one before the reply is sent, so a reply
// lost after the write is a real "committed but the caller never heard" and a crash never leaves
// half a file. A demo system holds hundreds of dossiers, not millions: a whole-file write is fine.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DossierItemStored, ProgressUpdate, TrangThai } from '../../shared/onestop/convention';

/** The demo credentials, made once per data folder (never a password written in the code). */
export interface ReferenceAccount {
  username: string;
  password: string;
  dstcode: string;
  madonvi: string;
}

/** One status the dossier took, by whom: the caller (post office) or the scripted agency. */
export interface StatusEvent {
  TrangThai: TrangThai;
  at: string;
  by: 'caller' | 'agency';
}

export interface StoredDossier {
  /** The item as the caller last sent it. */
  item: DossierItemStored;
  /** How many DongBoHoSoMC calls created it (exactly-once tests expect 1) and updated it. */
  created: number;
  updates: number;
  status: TrangThai;
  history: StatusEvent[];
  /** Set by the agency: its appointment day, results, supplement request, end of processing. */
  agency: {
    NgayHenTra: string | null;
    NgayKetThucXuLy: string | null;
    DanhSachGiayToKetQua: DossierItemStored['DanhSachGiayToKetQua'];
    DanhSachHoSoBoSung: NonNullable<DossierItemStored['DanhSachHoSoBoSung']>;
  };
  /** Progress the agency reported, in CapNhatTienDoHoSoMC's shape (TraCuuHoSo returns it). */
  agencyProgress: ProgressUpdate[];
}

/** Every CapNhatTienDoHoSoMC item received, in order, so tests can count duplicates. */
export interface ReceivedProgress {
  update: ProgressUpdate;
  receivedAt: string;
}

export interface ReferenceState {
  account: ReferenceAccount;
  dossiers: Record<string, StoredDossier>;
  progress: ReceivedProgress[];
  /** LayThuTuc / LayDanhSachTTHC records by MaTTHC, with a version that changes with any edit. */
  procedures: Record<string, Record<string, unknown>>;
  procedureVersion: number;
}

const stateFile = 'onestop-state.json';

export class ReferenceStore {
  readonly state: ReferenceState;

  private constructor(
    private readonly dir: string,
    state: ReferenceState,
  ) {
    this.state = state;
  }

  /** Opens the folder's state, or starts one with fresh demo credentials and the given procedures. */
  static open(dir: string, seed: { procedures: Record<string, unknown>[]; account?: Partial<ReferenceAccount> }): ReferenceStore {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, stateFile);
    if (existsSync(path)) return new ReferenceStore(dir, JSON.parse(readFileSync(path, 'utf8')) as ReferenceState);
    const store = new ReferenceStore(dir, {
      account: {
        username: 'buudien-demo',
        password: randomBytes(9).toString('base64url'),
        dstcode: '000.00.36.H56',
        madonvi: '000.00.36.H56',
        ...seed.account,
      },
      dossiers: {},
      progress: [],
      procedures: Object.fromEntries(seed.procedures.map((p) => [String(p.MaTTHC), p])),
      procedureVersion: 1,
    });
    store.commit();
    return store;
  }

  /** Reads the state as another process left it (the agency command run beside a stopped server). */
  static read(dir: string): ReferenceState | null {
    const path = join(dir, stateFile);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReferenceState) : null;
  }

  /** Makes the current state durable: new file, flushed, renamed over the old one, folder flushed. */
  commit(): void {
    const path = join(this.dir, stateFile);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    const dirFd = openSync(this.dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
}
