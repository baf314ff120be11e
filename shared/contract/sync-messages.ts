// The words of the counter's sync: the errors its commands raise (spread into errorMessages),
// the field messages of enrolment, and the last sync problem as the status bar and the sync
// screen say it. Vietnamese first.
import type { SyncProblem } from './sync';

type Text = { vi: string; en: string };

export const syncErrorMessages = {
  SYNC_NOT_ENROLLED: {
    vi: 'Quầy chưa đăng ký với máy chủ tỉnh. Quản lý chạy "sync enrol --hub URL" với mã đăng ký do trung tâm cấp.',
    en: 'This counter is not enrolled with the province hub. A manager runs "sync enrol --hub URL" with the enrolment code from the centre.',
  },
  SYNC_SECRET_MISSING: {
    vi: 'Không đọc được khóa đồng bộ của quầy ({file}). Cần đăng ký lại quầy với máy chủ tỉnh bằng một mã đăng ký mới.',
    en: "The counter's sync key ({file}) cannot be read. Enrol the counter with the province hub again with a new enrolment code.",
  },
  SYNC_HUB_UNREACHABLE: {
    vi: 'Không kết nối được máy chủ tỉnh tại {hubUrl}. Kiểm tra địa chỉ và đường mạng rồi thử lại.',
    en: 'Cannot reach the province hub at {hubUrl}. Check the address and the network, then try again.',
  },
  SYNC_ENROL_CODE_INVALID: {
    vi: 'Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. Xin trung tâm cấp mã mới.',
    en: 'The enrolment code is wrong, already used or expired. Ask the centre for a new one.',
  },
  SYNC_PROPOSAL_NOT_WAITING: {
    vi: 'Đề nghị số {id} của trung tâm không chờ duyệt (không có, hoặc đã được quyết định).',
    en: "The centre's proposal {id} is not awaiting a decision (none, or already decided).",
  },
  SYNC_ENROL_FAILED: {
    vi: 'Máy chủ tỉnh từ chối đăng ký quầy (mã {code}). Báo trung tâm.',
    en: 'The province hub refused the enrolment (code {code}). Tell the centre.',
  },
} satisfies Record<string, Text>;

export const syncFieldMessages = {
  'sync.hubUrl': { vi: 'Địa chỉ máy chủ tỉnh phải có dạng http://… hoặc https://…', en: 'The hub address must be http://… or https://…' },
  'sync.code': { vi: 'Mã đăng ký gồm 6 đến 64 ký tự, như trung tâm đã cấp.', en: 'The enrolment code has 6 to 64 characters, as the centre issued it.' },
} satisfies Record<string, Text>;

const problemTexts: Record<SyncProblem['code'], Text> = {
  UNREACHABLE: { vi: 'Không kết nối được máy chủ tỉnh ({detail}). Quầy vẫn làm việc bình thường; sẽ tự thử lại.', en: 'Cannot reach the province hub ({detail}). The counter works as usual and will retry by itself.' },
  BAD_REQUEST: { vi: 'Máy chủ tỉnh không nhận yêu cầu của quầy (sai định dạng). Hãy cập nhật phần mềm.', en: "The hub did not accept the counter's request (wrong format). Update the app." },
  BAD_SIGNATURE: { vi: 'Máy chủ tỉnh không nhận chữ ký của quầy. Cần đăng ký lại quầy.', en: "The hub rejects the counter's signature. Enrol the counter again." },
  STALE_TIMESTAMP: { vi: 'Đồng hồ của máy lệch quá xa so với máy chủ tỉnh.', en: "This PC's clock is too far from the hub's." },
  REPLAYED_NONCE: { vi: 'Yêu cầu bị coi là gửi lặp lại; sẽ tự thử lại.', en: 'The request was taken for a replay; retrying.' },
  UNKNOWN_COUNTER: { vi: 'Máy chủ tỉnh không biết quầy này. Cần đăng ký lại quầy.', en: 'The hub does not know this counter. Enrol it again.' },
  REVOKED: { vi: 'Trung tâm đã thu hồi quyền đồng bộ của quầy này. Liên hệ trung tâm.', en: "The centre revoked this counter's sync. Contact the centre." },
  ENROLMENT_CODE_INVALID: { vi: 'Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. Xin trung tâm cấp mã mới.', en: 'The enrolment code is wrong, used or expired. Ask the centre for a new one.' },
  GAP: { vi: 'Máy chủ tỉnh cần nhận lại từ bút toán số {expectedSeq}; sẽ tự gửi lại.', en: 'The hub needs entries again from number {expectedSeq}; resending.' },
  FORK: {
    vi: 'Máy chủ tỉnh từ chối: bút toán số {seq} khác với bản đã đồng bộ trước đây — sổ của quầy đã bị sửa. Báo ngay trung tâm; không tự sửa.',
    en: "The hub refused: entry {seq} differs from the copy synced before — the counter's ledger was changed. Tell the centre at once; do not fix it yourself.",
  },
  BAD_HASH: {
    vi: 'Máy chủ tỉnh từ chối: chuỗi băm hỏng tại bút toán số {seq} — sổ của quầy đã bị sửa. Báo ngay trung tâm.',
    en: "The hub refused: the hash chain breaks at entry {seq} — the counter's ledger was changed. Tell the centre at once.",
  },
};

const unreachableDetail: Record<string, Text> = {
  network: { vi: 'mất kết nối mạng', en: 'no network connection' },
  timeout: { vi: 'máy chủ không trả lời kịp', en: 'the hub did not answer in time' },
  status: { vi: 'máy chủ báo lỗi {status}', en: 'the hub reported error {status}' },
  badReply: { vi: 'máy chủ trả lời không đúng định dạng', en: 'the hub answered in an unknown format' },
};

const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));

/** The last sync problem in plain words. */
export function syncProblemText(problem: SyncProblem, lang: 'vi' | 'en'): string {
  const detail = problem.code === 'UNREACHABLE' ? fill((unreachableDetail[String(problem.params.reason)] ?? unreachableDetail.network!)[lang], problem.params) : '';
  return fill(problemTexts[problem.code][lang], { seq: '?', expectedSeq: '?', ...problem.params, detail });
}

/** How the sync's entries read on a timeline (spread into entry-kinds.ts). */
export const syncEntryKindLabels = {
  'sync.enrolled': { vi: 'Đăng ký đồng bộ với máy chủ tỉnh', en: 'Enrolled with the province hub' },
  'centre.catalogue.version': { vi: 'Trung tâm: danh mục thủ tục mới', en: 'Centre: new procedure catalogue' },
  'centre.calendar.override': { vi: 'Trung tâm: điều chỉnh lịch làm việc', en: 'Centre: working calendar change' },
  'centre.tariff.version': { vi: 'Trung tâm: biểu cước mới', en: 'Centre: new tariff' },
  'centre.agency.directory': { vi: 'Trung tâm: danh bạ cơ quan', en: 'Centre: agency directory' },
  'centre.s10.range': { vi: 'Trung tâm: dải số hiệu S10', en: 'Centre: S10 number range' },
  'centre.dossier.status': { vi: 'Trung tâm: tình trạng hồ sơ tại cơ quan', en: "Centre: the dossier's status at the agency" },
  'centre.money.proposal': { vi: 'Trung tâm: đề nghị điều chỉnh tiền (chờ quản lý duyệt)', en: 'Centre: money correction proposed (awaiting a manager)' },
  'sync.proposal_accepted': { vi: 'Quản lý chấp nhận đề nghị điều chỉnh tiền của trung tâm', en: "Manager accepted the centre's money correction" },
  'sync.proposal_rejected': { vi: 'Quản lý từ chối đề nghị điều chỉnh tiền của trung tâm', en: "Manager rejected the centre's money correction" },
  'centre.directive_refused': { vi: 'Chỉ đạo của trung tâm bị từ chối (dữ liệu không hợp lệ)', en: "Centre's directive refused (invalid data)" },
} satisfies Record<string, Text>;
