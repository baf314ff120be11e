// Every message that crosses the contract, in Vietnamese first and English second.
// Services raise errors by code; the dispatcher renders the text in the caller's language,
// so no service ever builds a user-facing sentence of its own.
import { dossierStatuses, type DossierStatus } from '../dossier/lifecycle';
import type { DeliveryFailureReason } from '../delivery/delivery-rules';
import type { PrinterProblem, ScaleLinkProblem } from './events';
import { syncErrorMessages, syncFieldMessages } from './sync-messages';
import { officeErrorMessages } from './office-messages';
import { dayErrorMessages, dayFieldMessages } from './day-messages';

export type Lang = 'vi' | 'en';
export const languages: readonly Lang[] = ['vi', 'en'];

type Text = { vi: string; en: string };

export const errorMessages = {
  INVALID_INPUT: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  UNKNOWN_COMMAND: { vi: 'Lệnh không tồn tại', en: 'Unknown command' },
  NOT_INITIALIZED: {
    vi: 'Quầy chưa được thiết lập. Hãy hoàn tất bước thiết lập ban đầu.',
    en: 'This counter has not been set up yet. Complete the first-run set-up.',
  },
  ALREADY_INITIALIZED: { vi: 'Quầy đã được thiết lập trước đó.', en: 'This counter is already set up.' },
  NOT_SIGNED_IN: { vi: 'Bạn cần đăng nhập để thực hiện thao tác này.', en: 'Sign in to do this.' },
  SESSION_LOCKED: {
    vi: 'Màn hình đã khóa do không thao tác. Nhập lại mã PIN để tiếp tục.',
    en: 'The screen is locked after inactivity. Enter your PIN to continue.',
  },
  FORBIDDEN: {
    vi: 'Bạn không có quyền thực hiện thao tác này (cần vai trò: {roles}).',
    en: 'You are not allowed to do this (requires role: {roles}).',
  },
  WRONG_PIN: {
    vi: 'Mã PIN không đúng. Còn {remaining} lần thử trước khi tài khoản bị khóa.',
    en: 'Wrong PIN. {remaining} attempts left before the account is locked.',
  },
  ACCOUNT_LOCKED: {
    vi: 'Tài khoản tạm khóa do nhập sai mã PIN {wrong} lần liên tiếp. Thử lại sau {wait} (lúc {until}), hoặc nhờ quản lý mở khóa.',
    en: 'The account is locked after {wrong} wrong PINs in a row. Try again in {wait} (at {until}), or ask a manager to unlock it.',
  },
  PIN_KEY_MISSING: {
    vi: 'Không đọc được khóa bảo vệ mã PIN của quầy ({file}), nên không kiểm tra được mã PIN nào. Kỹ thuật viên cần khôi phục tệp khóa này từ bản sao lưu của máy; phần mềm không tự tạo khóa mới vì như vậy mọi mã PIN hiện có sẽ mất hiệu lực.',
    en: "The counter's PIN protection key ({file}) cannot be read, so no PIN can be checked. A technician must restore this key file from the machine's backup; the app does not make a new key, which would invalidate every existing PIN.",
  },
  PIN_KEY_SEALED: {
    vi: 'Khóa bảo vệ mã PIN của quầy ({file}) được niêm phong bằng kho khóa của hệ điều hành cho ứng dụng máy tính, nên chỉ ứng dụng đó kiểm tra được mã PIN. Hãy làm thao tác này trong ứng dụng (mục Quản trị).',
    en: "The counter's PIN protection key ({file}) is sealed with the operating system's keychain for the desktop app, so only that app can check PINs. Do this in the app (Administration).",
  },
  MANAGER_PIN_REQUIRED: {
    vi: 'Chỉ lúc thiết lập ban đầu bảng lệnh mới tạo được quản lý mà không cần xác nhận. Thêm quản lý cần --by (mã người dùng của một quản lý) và mã PIN của quản lý đó.',
    en: 'Only the first set-up creates a manager from the console without confirmation. Adding a manager needs --by (a manager\'s user id) and that manager\'s PIN.',
  },
  USER_NOT_FOUND: { vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  USER_INACTIVE: { vi: 'Tài khoản này đã ngừng hoạt động.', en: 'This account is deactivated.' },
  DUPLICATE_USER_NAME: {
    vi: 'Đã có người dùng tên "{name}" tại quầy này.',
    en: 'A user named "{name}" already exists at this counter.',
  },
  LAST_MANAGER: {
    vi: 'Không thể bỏ vai trò quản lý của quản lý cuối cùng còn hoạt động.',
    en: 'The last active manager cannot lose the manager role.',
  },
  IDEMPOTENCY_CONFLICT: {
    vi: 'Mã thao tác này đã được dùng cho một yêu cầu khác. Hãy thử lại thao tác từ đầu.',
    en: 'This action key was already used for a different request. Start the action again.',
  },
  DOSSIER_MOVE_FORBIDDEN: {
    vi: 'Hồ sơ {slip} đang ở trạng thái «{from}», không chuyển sang «{to}» được.',
    en: 'Dossier {slip} is «{from}» and cannot move to «{to}».',
  },
  HANDOVER_SCAN_UNKNOWN: {
    vi: 'Không tìm thấy hồ sơ có số phiếu hoặc số hiệu bưu gửi «{scan}». Quét lại hoặc gõ đúng số.',
    en: 'No dossier has the slip or postal item number «{scan}». Scan again or type the number.',
  },
  HANDOVER_DOSSIER_VOIDED: {
    vi: 'Hồ sơ {slip} đã bị hủy, không bàn giao được.',
    en: 'Dossier {slip} was voided and cannot be handed over.',
  },
  HANDOVER_RETURN_ONLY: {
    vi: 'Hồ sơ {slip} là dịch vụ chỉ nhận kết quả: người dân đã nộp tại cơ quan, bưu điện không bàn giao hồ sơ này.',
    en: 'Dossier {slip} is a return-only service: it was filed at the agency, so the post office does not hand it over.',
  },
  HANDOVER_ALREADY_IN_BATCH: {
    vi: 'Hồ sơ {slip} đã có trong lô {batch} này.',
    en: 'Dossier {slip} is already in this batch ({batch}).',
  },
  HANDOVER_IN_OTHER_BATCH: {
    vi: 'Hồ sơ {slip} đang nằm trong lô bàn giao khác ({batch}). Gỡ khỏi lô đó trước nếu muốn chuyển.',
    en: 'Dossier {slip} is in another open batch ({batch}). Remove it from that batch first to move it.',
  },
  HANDOVER_ALREADY_DELIVERED: {
    vi: 'Hồ sơ {slip} đã được bàn giao cho cơ quan (lô {batch}).',
    en: 'Dossier {slip} was already handed over to the agency (batch {batch}).',
  },
  HANDOVER_OTHER_AGENCY: {
    vi: 'Hồ sơ {slip} gửi «{agency}», còn lô này bàn giao cho «{batchAgency}». Lập lô riêng cho cơ quan đó.',
    en: 'Dossier {slip} goes to «{agency}», but this batch is for «{batchAgency}». Build a separate batch for that agency.',
  },
  HANDOVER_BATCH_NOT_FOUND: { vi: 'Không có lô bàn giao số {batch}.', en: 'There is no handover batch {batch}.' },
  HANDOVER_BATCH_SIGNED: {
    vi: 'Lô {batch} đã ký bàn giao lúc {signedAt} và không sửa được nữa.',
    en: 'Batch {batch} was signed over at {signedAt} and can no longer change.',
  },
  HANDOVER_BATCH_NOT_SIGNED: {
    vi: 'Lô {batch} chưa ký nhận nên chưa in bản tóm tắt; ký nhận lô trước khi in lại.',
    en: 'Batch {batch} is not signed yet, so no summary was printed; sign the batch before reprinting.',
  },
  HANDOVER_BATCH_EMPTY: { vi: 'Lô {batch} chưa có hồ sơ nào để bàn giao.', en: 'Batch {batch} holds no dossier to hand over.' },
  HANDOVER_NOT_IN_BATCH: { vi: 'Hồ sơ {slip} không có trong lô {batch}.', en: 'Dossier {slip} is not in batch {batch}.' },
  HANDOVER_NOT_DELIVERED: {
    vi: 'Hồ sơ {slip} chưa được bàn giao cho cơ quan (đang «{status}»), chưa ghi kết quả tiếp nhận của cơ quan được.',
    en: 'Dossier {slip} has not been handed to the agency (it is «{status}»), so the agency\'s answer cannot be recorded yet.',
  },
  DELIVERY_NOT_HOME: {
    vi: 'Hồ sơ {slip} đăng ký nhận kết quả tại quầy. Chỉ phát tận địa chỉ khi người dân yêu cầu: hãy nhập địa chỉ phát.',
    en: 'Dossier {slip} is to be collected at the counter. Deliver it only on the citizen\'s request: enter the delivery address.',
  },
  DELIVERY_ATTEMPTS_USED: {
    vi: 'Hồ sơ {slip} đã phát không thành công {allowed} lần, đủ số lần quy định. Không phát lần nữa: chuyển về quầy hoặc trả cơ quan.',
    en: 'Dossier {slip} has already failed delivery {allowed} times, all the rules allow. No further attempt: return it to the counter or the agency.',
  },
  DELIVERY_ATTEMPT_TOO_SOON: {
    vi: 'Lần phát lại hồ sơ {slip} phải cách lần trước ít nhất 2 ngày làm việc: sớm nhất ngày {earliest}.',
    en: 'A new attempt for dossier {slip} must be at least 2 working days after the last: {earliest} at the earliest.',
  },
  DELIVERY_RETURN_TOO_EARLY: {
    vi: 'Hồ sơ {slip} mới phát không thành công {failed}/{allowed} lần: chưa được chuyển trả cơ quan.',
    en: 'Dossier {slip} has failed delivery {failed} of {allowed} times: it cannot go back to the agency yet.',
  },
  CORRECTION_NEEDS_VOID: {
    vi: 'Thủ tục, trường hợp, giấy tờ, lệ phí, dịch vụ, khối lượng và thanh toán liên quan đến tiền hoặc hồ sơ pháp lý nên không sửa được. Hãy hủy hồ sơ này (hoàn tiền cho người nộp) rồi tiếp nhận lại.',
    en: 'Procedure, case, papers, fees, service, weight and payment change money or the legal filing and cannot be corrected. Void this dossier (refunding the applicant) and take it in again.',
  },
  CORRECTION_UNCHANGED: {
    vi: 'Giá trị mới giống giá trị hiện tại; không có gì để sửa.',
    en: 'The new value is the same as the current one; there is nothing to correct.',
  },
  CORRECTION_INVALID: {
    vi: 'Họ tên cá nhân chỉ gồm chữ cái, dấu cách, dấu nháy, dấu chấm và gạch nối.',
    en: "A person's name holds only letters, spaces, apostrophes, dots and hyphens.",
  },
  DOSSIER_VOIDED: {
    vi: 'Hồ sơ {slip} đã bị hủy: không in lại biên nhận hay sửa hồ sơ đã hủy được.',
    en: 'Dossier {slip} is voided: its receipt cannot be reprinted and it cannot be corrected.',
  },
  VOID_NEEDS_MANAGER: {
    vi: 'Hủy hồ sơ của người khác hoặc hồ sơ thuộc ngày đã chốt sổ cần quản lý xác nhận: chọn quản lý và nhập mã PIN của họ.',
    en: "Voiding another clerk's dossier, or one of a day already closed, needs a manager: choose the manager and enter their PIN.",
  },
  ALREADY_RECORDED: {
    vi: 'Thao tác này đã được ghi vào sổ cái trước đây (bút toán số {seq}) và không được ghi lại lần nữa. Xem kết quả trong sổ cái hoặc danh sách hồ sơ.',
    en: 'This action was already recorded in the ledger (entry {seq}) and was not recorded again. See its result in the ledger or the dossier list.',
  },
  BACKUP_FAILED: { vi: 'Sao lưu không thành công: {reason}', en: 'Backup failed: {reason}' },
  STORAGE_ERROR: {
    vi: 'Lỗi ghi sổ cái trên máy. Thao tác chưa được lưu; không có dữ liệu nào bị thay đổi. ({reason})',
    en: 'The local ledger could not be written. Nothing was saved or changed. ({reason})',
  },
  CATALOGUE_INVALID: {
    vi: 'Tệp danh mục không hợp lệ; chưa nhập thủ tục nào. {details}',
    en: 'The catalogue file is invalid; nothing was imported. {details}',
  },
  CATALOGUE_EMPTY: {
    vi: 'Quầy chưa có danh mục thủ tục. Kỹ thuật viên cần nhập danh mục.',
    en: 'This counter has no procedure catalogue yet. A technician must import one.',
  },
  PROCEDURE_NOT_FOUND: { vi: 'Không có thủ tục mã {code} trong danh mục.', en: 'No procedure with code {code} in the catalogue.' },
  PAPER_NOT_IN_CHECKLIST: {
    vi: 'Giấy tờ "{name}" không có trong thành phần hồ sơ của trường hợp này.',
    en: 'The paper "{name}" is not in this case\'s checklist.',
  },
  CASE_NOT_FOUND: { vi: 'Thủ tục này không có trường hợp số {index}.', en: 'This procedure has no case number {index}.' },
  SCALE_NOT_CONFIGURED: { vi: 'Chưa cấu hình cân. Quản lý cấu hình cân trong mục Thiết bị.', en: 'No scale is configured. A manager sets it up under Devices.' },
  SCALE_DISCONNECTED: {
    vi: 'Mất kết nối với cân ({path}). Kiểm tra cáp; phần mềm tự kết nối lại khi cân trở lại.',
    en: 'The scale ({path}) is disconnected. Check the cable; the app reconnects by itself.',
  },
  SCALE_NOT_STABLE: {
    vi: 'Cân chưa ổn định ({state}). Chờ số cân đứng yên rồi ghi lại.',
    en: 'The scale is not stable ({state}). Wait for the weight to settle, then capture.',
  },
  SCALE_PORT_FAILED: { vi: 'Không mở được cổng cân {path}: {reason}', en: 'Cannot open the scale port {path}: {reason}' },
  TARIFF_REFUSED: { vi: '{message}', en: '{message}' },
  TARIFF_MISSING: {
    vi: 'Không đọc được biểu cước ({path}): {reason}',
    en: 'The tariff file cannot be read ({path}): {reason}',
  },
  PAPERS_MISSING: {
    vi: 'Hồ sơ còn thiếu {count} giấy tờ bắt buộc ({names}). Chưa thể gửi: hãy in phiếu hướng dẫn bổ sung cho người dân.',
    en: 'The dossier lacks {count} required papers ({names}). It cannot be sent: print the guidance slip for the citizen.',
  },
  CHECKLIST_CHANGED: {
    vi: 'Danh mục thủ tục đã được cập nhật từ khi mở biểu mẫu. Hãy mở lại thủ tục để đối chiếu thành phần hồ sơ mới.',
    en: 'The catalogue was updated after this form opened. Reopen the procedure to check the new checklist.',
  },
  WEIGHT_NOT_FOUND: {
    vi: 'Không tìm thấy lần cân số {seq}. Hãy cân lại bì hồ sơ.',
    en: 'Weighing #{seq} was not found. Weigh the envelope again.',
  },
  WEIGHT_ALREADY_USED: {
    vi: 'Lần cân này đã dùng cho hồ sơ {slip}. Hãy cân lại bì hồ sơ này.',
    en: 'This weighing was already used for dossier {slip}. Weigh this envelope again.',
  },
  S10_RANGE_NOT_SET: {
    vi: 'Quầy chưa được cấp dải số hiệu bưu gửi (S10). Quét số hiệu trên nhãn, hoặc quản lý khai báo dải số.',
    en: 'No S10 number range is set for this counter. Scan the label, or a manager sets the range.',
  },
  S10_RANGE_USED_UP: {
    vi: 'Dải số hiệu bưu gửi của quầy đã dùng hết. Quản lý cần khai báo dải số mới.',
    en: 'The counter\'s S10 range is used up. A manager must set a new range.',
  },
  S10_ALREADY_USED: { vi: 'Số hiệu bưu gửi {s10} đã dùng cho hồ sơ {slip}.', en: 'Postal item {s10} was already used for dossier {slip}.' },
  FEE_CHOICE_REQUIRED: {
    vi: 'Thủ tục này có {count} mức phí, lệ phí. Hãy chọn mức áp dụng cho hồ sơ.',
    en: 'This procedure has {count} fee rates. Choose the one that applies.',
  },
  FEE_NOT_FOUND: { vi: 'Thủ tục này không có mức phí số {index}.', en: 'This procedure has no fee rate number {index}.' },
  RETURN_ONLY_NO_FEES: {
    vi: 'Dịch vụ chỉ nhận kết quả: phí, lệ phí đã nộp tại cơ quan giải quyết khi nộp hồ sơ, quầy không thu. Bỏ chọn mức phí.',
    en: 'Return only: the fees were paid at the agency when the dossier was filed; the counter collects none. Clear the fee choice.',
  },
  FILING_ONLY_FOR_RETURN: {
    vi: 'Mã hồ sơ và ngày hẹn trả của cơ quan chỉ ghi khi dịch vụ là chỉ nhận kết quả.',
    en: 'The agency\'s dossier code and appointment day are only recorded for the return-only service.',
  },
  FEE_NOT_ADDITIVE: {
    vi: 'Mức phí số {index} ({amount}) là một mức thay thế, không cộng thêm theo số lượng: không nhập số lượng cho mức này.',
    en: 'Fee line {index} ({amount}) is an alternative rate, not charged per unit on top: it takes no count.',
  },
  FEE_ADDITIVE_AS_RATE: {
    vi: 'Mức phí số {index} ({amount}) chỉ thu cộng thêm theo số lượng, không phải mức phí chính. Hãy chọn mức phí chính.',
    en: 'Fee line {index} ({amount}) is only charged per unit on top, not a rate of its own. Choose the main rate.',
  },
  CASH_SHORT: {
    vi: 'Tiền khách đưa ({tendered}) ít hơn số phải thu ({total}).',
    en: 'Cash tendered ({tendered}) is less than the amount due ({total}).',
  },
  ROUTE_UNKNOWN: { vi: 'Không có tuyến "{route}" trong bảng thời gian chuyển phát.', en: 'No route "{route}" in the transit times.' },
  CALENDAR_FILE_INVALID: {
    vi: 'Không đọc được tệp lịch làm việc ({path}): {reason}. Chưa tính được hạn trả kết quả; báo kỹ thuật viên sửa tệp.',
    en: 'The working-day calendar file cannot be read ({path}): {reason}. No due date can be computed; tell the technician.',
  },
  PROCESSING_UNIT_UNKNOWN: {
    vi: 'Chưa tính được hạn trả kết quả: thời hạn giải quyết tính bằng "{unit}", phần mềm chỉ hiểu "Ngày làm việc" và "Ngày".',
    en: 'No due date: the processing time is in "{unit}"; only working days ("Ngày làm việc") and days ("Ngày") are understood.',
  },
  SLIP_SEQUENCE_FULL: {
    vi: 'Quầy đã nhận 9.999 hồ sơ trong ngày: không còn số phiếu. Hãy nhận tiếp ở quầy khác.',
    en: 'This counter has received 9,999 dossiers today: no slip numbers left. Use another counter.',
  },
  AGENCY_NOT_FOUND: {
    vi: 'Không có cơ quan "{name}" trong danh bạ hay trong danh mục thủ tục.',
    en: 'No agency "{name}" in the directory or the procedure catalogue.',
  },
  DOSSIER_NOT_FOUND: { vi: 'Không tìm thấy hồ sơ có số phiếu {slip}.', en: 'No dossier with slip number {slip}.' },
  RESULT_SCAN_UNKNOWN: {
    vi: 'Không tìm thấy hồ sơ nào có mã «{scan}» (số phiếu, mã S10 hay mã hồ sơ của cơ quan). Kiểm tra lại mã đã quét.',
    en: 'No dossier has the code «{scan}» (slip number, S10 or the agency\'s dossier code). Check the scanned code.',
  },
  RESULT_ALREADY_CHECKED_IN: {
    vi: 'Kết quả của hồ sơ {slip} đã được nhận về bưu cục trước đây (bút toán số {seq}); không nhận lần nữa.',
    en: 'The result of dossier {slip} was already checked in (entry {seq}); it is not checked in again.',
  },
  RESULT_NOT_CHECKED_IN: {
    vi: 'Kết quả của hồ sơ {slip} chưa về bưu cục: chưa trả được.',
    en: 'The result of dossier {slip} is not back at the post office: it cannot be returned yet.',
  },
  RESULT_ID_MISMATCH: {
    vi: 'Số giấy tờ tùy thân vừa nhập không khớp với số đã ghi khi nhận hồ sơ {slip}. Chưa trả kết quả; kiểm tra lại giấy tờ hoặc nhận theo ủy quyền.',
    en: 'The ID number typed does not match the one recorded when dossier {slip} was received. Nothing was returned; check the card, or return to a proxy.',
  },
  RESULT_FEE_MISMATCH: {
    vi: 'Hồ sơ {slip} còn phải thu {due}; số tiền nhập là {paid}. Nhập đúng số phải thu.',
    en: 'Dossier {slip} has {due} still to collect; the amount entered is {paid}. Enter exactly the amount due.',
  },
  RESULT_ORIGINALS_NOT_RECLAIMED: {
    vi: 'Chưa thu hồi bản gốc cơ quan yêu cầu: {names}. Đánh dấu từng giấy tờ đã thu lại.',
    en: 'Originals the agency asked for are not reclaimed: {names}. Tick each paper taken back.',
  },
  RESULT_CHECKIN_SESSION_EMPTY: {
    vi: 'Phiên nhận kết quả {session} chưa có hồ sơ nào.',
    en: 'Result check-in session {session} holds no dossier.',
  },
  PRINTER_NOT_CONFIGURED: {
    vi: 'Chưa cấu hình máy in. Quản lý cấu hình máy in trong mục Thiết bị.',
    en: 'No printer is configured. A manager sets it up under Devices.',
  },
  PRINTER_FAILED: { vi: 'Không in được qua {uri}: {problem}.', en: 'Could not print to {uri}: {problem}.' },
  HOST_UNREACHABLE: {
    vi: 'Không liên lạc được với phần mềm quầy. Kết quả thao tác chưa rõ: hãy thử lại — thao tác sẽ không bị ghi hai lần.',
    en: 'The counter service did not answer. The outcome is unknown: try again — it will not be recorded twice.',
  },
  INTERNAL: {
    vi: 'Lỗi không mong đợi. Thao tác chưa được lưu. Hãy báo kỹ thuật viên (mã: {ref}).',
    en: 'Unexpected error. Nothing was saved. Tell the technician (ref: {ref}).',
  },
  ...syncErrorMessages,
  ...officeErrorMessages,
  ...dayErrorMessages,
} satisfies Record<string, Text>;

export type ErrorCode = keyof typeof errorMessages;

/** Messages attached to single fields by the schemas (zod `error` option holds the key). */
export const fieldMessages = {
  'pin.format': { vi: 'Mã PIN phải gồm 4 đến 8 chữ số.', en: 'The PIN must be 4 to 8 digits.' },
  ...syncFieldMessages,
  ...dayFieldMessages,
  'pin.sameDigit': {
    vi: 'Mã PIN không được là một chữ số lặp lại (như 0000, 111111): ai cũng đoán được. Hãy chọn mã khác.',
    en: 'The PIN cannot be one digit repeated (like 0000 or 111111): anyone would guess it. Choose another.',
  },
  'pin.sequence': {
    vi: 'Mã PIN không được là dãy số liên tiếp tăng hoặc giảm (như 1234, 4321, 7890): ai cũng đoán được. Hãy chọn mã khác.',
    en: 'The PIN cannot be a run of digits up or down (like 1234, 4321, 7890): anyone would guess it. Choose another.',
  },
  'pin.year': {
    vi: 'Mã PIN 4 chữ số không được là một năm (19xx, 20xx) như năm sinh: dễ đoán. Hãy chọn mã khác.',
    en: 'A 4-digit PIN cannot be a year (19xx, 20xx) such as a birth year: it is easy to guess. Choose another.',
  },
  'text.required': { vi: 'Không được để trống.', en: 'Required.' },
  'slips.duplicate': { vi: 'Một hồ sơ được nhập hai lần.', en: 'A dossier is listed twice.' },
  'uncollectedDays.range': { vi: 'Số ngày chờ trả phải là số nguyên từ 1 đến 90.', en: 'The days a result may wait must be a whole number from 1 to 90.' },
  'text.tooLong': { vi: 'Quá dài (tối đa {max} ký tự).', en: 'Too long (at most {max} characters).' },
  'text.controlChars': {
    vi: 'Chứa ký tự điều khiển không hợp lệ.',
    en: 'Contains invalid control characters.',
  },
  'officeCode.format': {
    vi: 'Mã bưu cục chỉ gồm chữ số, chữ cái không dấu, dấu chấm hoặc gạch ngang (tối đa 20 ký tự).',
    en: 'The post office code may hold digits, plain letters, dots or hyphens (at most 20).',
  },
  'province.unknown': {
    vi: 'Không có tỉnh, thành phố «{typed}» trong 34 đơn vị hành chính cấp tỉnh từ 1/7/2025. Nhập mã hoặc tên: {list}.',
    en: '«{typed}» is not one of the 34 provinces and cities in force since 1 July 2025. Give a code or a name: {list}.',
  },
  'province.former': {
    vi: '«{typed}» là tỉnh cũ, nay thuộc {name} (mã {code}) từ 1/7/2025. Chọn tỉnh, thành phố hiện nay.',
    en: '«{typed}» is a former province, part of {name} (code {code}) since 1 July 2025. Choose the current province or city.',
  },
  'province.required': {
    vi: 'Chọn tỉnh, thành phố của bưu cục trong danh sách.',
    en: 'Choose the post office\'s province or city from the list.',
  },
  'counter.range': { vi: 'Số quầy phải từ 1 đến 99.', en: 'The counter number must be 1 to 99.' },
  'idleMinutes.range': {
    vi: 'Thời gian tự khóa phải từ 1 đến 60 phút.',
    en: 'The idle lock time must be 1 to 60 minutes.',
  },
  'idempotencyKey.format': {
    vi: 'Thiếu hoặc sai mã thao tác (idempotency key).',
    en: 'Missing or malformed action key (idempotency key).',
  },
  'scale.protocol': { vi: 'Giao thức cân phải là MT-SICS, Toledo 8217 hoặc A&D.', en: 'The scale protocol must be MT-SICS, Toledo 8217 or A&D.' },
  'scale.path': {
    vi: 'Cổng nối tiếp phải là đường dẫn thiết bị (ví dụ /dev/ttyUSB0) hoặc cổng COM (ví dụ COM3).',
    en: 'The serial port must be a device path (e.g. /dev/ttyUSB0) or a COM port (e.g. COM3).',
  },
  'scale.baud': { vi: 'Tốc độ baud không được hỗ trợ.', en: 'Unsupported baud rate.' },
  'scale.serial': { vi: 'Thông số cổng nối tiếp không hợp lệ.', en: 'Invalid serial settings.' },
  'scale.stability': {
    vi: 'Quy tắc ổn định: 2–20 lần đọc giống nhau trong 200–10.000 ms.',
    en: 'Stability rule: 2–20 identical readings within 200–10,000 ms.',
  },
  'scale.grams': { vi: 'Khối lượng phải là số gam nguyên từ 1 đến 100.000.', en: 'The weight must be whole grams from 1 to 100,000.' },
  'grams.required': { vi: 'Nhập khối lượng bằng số gam nguyên.', en: 'Enter the weight in whole grams.' },
  'grams.decimal': {
    vi: 'Nhập số gam nguyên, không có dấu phẩy hay dấu chấm (đã nhập «{typed}»). Ví dụ 2,5 kg là 2500.',
    en: 'Enter whole grams, without a comma or a dot (typed «{typed}»). For example 2.5 kg is 2500.',
  },
  'grams.unit': {
    vi: 'Chỉ nhập số gam, không ghi đơn vị hay chữ (đã nhập «{typed}»). Ví dụ 1 kg là 1000.',
    en: 'Enter the number of grams only, without a unit or letters (typed «{typed}»). For example 1 kg is 1000.',
  },
  'grams.fullWidth': {
    vi: 'Gõ chữ số thường 0–9; ô này không nhận chữ số toàn khổ (đã nhập «{typed}»).',
    en: 'Type the plain digits 0–9; full-width digits are not accepted (typed «{typed}»).',
  },
  'grams.notWhole': {
    vi: 'Khối lượng là số gam nguyên, chỉ gồm chữ số, không có khoảng trắng hay ký hiệu (đã nhập «{typed}»).',
    en: 'The weight is whole grams, digits only, with no spaces or symbols (typed «{typed}»).',
  },
  'name.letters': { vi: 'Họ tên chỉ gồm chữ cái (có dấu), khoảng trắng, dấu gạch ngang.', en: 'A name holds letters (with their marks), spaces and hyphens only.' },
  'email.format': { vi: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).', en: 'Invalid e-mail address (e.g. name@example.vn).' },
  'vnd.whole': { vi: 'Số tiền phải là số đồng nguyên, không âm.', en: 'Amounts are whole đồng, not negative.' },
  'date.format': { vi: 'Ngày phải có dạng NNNN-TT-NN.', en: 'Dates are YYYY-MM-DD.' },
  'dossier.status': {
    vi: `Không có trạng thái hồ sơ này; dùng một trong: ${dossierStatuses.join(', ')}.`,
    en: `No such dossier status; use one of: ${dossierStatuses.join(', ')}.`,
  },
  'date.instant': {
    vi: 'Thời điểm phải theo ISO 8601 có múi giờ, ví dụ 2026-11-27T14:30:00+07:00.',
    en: 'Times are ISO 8601 with a zone, e.g. 2026-11-27T14:30:00+07:00.',
  },
  'id.cccdLength': { vi: 'Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.', en: 'A personal identification number (CCCD) has exactly 12 digits.' },
  'id.cccdProvince': {
    vi: 'Ba chữ số đầu của số CCCD không phải mã tỉnh nơi đăng ký khai sinh.',
    en: 'The first three digits of the CCCD number are not a province code.',
  },
  'id.cccdCountry': {
    vi: 'Ba chữ số đầu ({code}) không phải mã tỉnh mà là mã quốc gia ({country}): chỉ đúng với người đăng ký khai sinh ở nước ngoài. Kiểm tra lại thẻ; nếu đúng, đánh dấu "Đã kiểm tra số trên thẻ".',
    en: 'The first three digits ({code}) are not a province code but a country code ({country}): right only for a birth registered abroad. Check the card; if it is right, tick "Checked against the card".',
  },
  'id.cccdCentury': {
    vi: 'Chữ số thứ tư (giới tính, thế kỷ) và năm sinh của số CCCD không hợp lệ: năm sinh ở tương lai.',
    en: 'The CCCD number\'s gender/century digit and birth year give a birth year in the future.',
  },
  'id.cmnd': { vi: 'Số CMND cũ phải gồm đúng 9 chữ số.', en: 'An old CMND number has exactly 9 digits.' },
  'id.passport': { vi: 'Số hộ chiếu gồm 6–9 chữ cái không dấu và chữ số.', en: 'A passport number is 6–9 plain letters and digits.' },
  'id.taxCode': {
    vi: 'Mã số thuế gồm 10 chữ số, 10 chữ số - 3 chữ số, hoặc 12 chữ số (số định danh cá nhân, với cá nhân và hộ kinh doanh).',
    en: 'A tax code is 10 digits, 10 digits - 3 digits, or 12 digits (the personal identification number, for individuals and household businesses).',
  },
  'phone.format': {
    vi: 'Số điện thoại phải gồm 10 chữ số bắt đầu bằng 0 (hoặc +84), ví dụ 0912 345 678.',
    en: 'A phone number is 10 digits starting with 0 (or +84), e.g. 0912 345 678.',
  },
  'phone.prefix': { vi: 'Đầu số di động không tồn tại tại Việt Nam.', en: 'No Vietnamese mobile network uses this prefix.' },
  's10.format': {
    vi: 'Số hiệu bưu gửi phải gồm 2 chữ cái, 9 chữ số và mã nước, ví dụ RR123456785VN.',
    en: 'A postal item number is 2 letters, 9 digits and a country code, e.g. RR123456785VN.',
  },
  's10.checkDigit': {
    vi: 'Số hiệu bưu gửi sai chữ số kiểm tra: có thể đọc hoặc gõ nhầm. Quét lại nhãn.',
    en: 'The postal item number\'s check digit is wrong: it was misread or mistyped. Scan the label again.',
  },
  's10.reservedService': {
    vi: 'Mã dịch vụ S10 không được bắt đầu bằng J, K, S, T hoặc W: chuẩn UPU S10 dành riêng các chữ này. Kiểm tra lại nhãn hoặc dải số.',
    en: 'An S10 service code cannot start with J, K, S, T or W: the UPU S10 standard reserves them. Check the label or the range.',
  },
  's10.service': { vi: 'Mã dịch vụ S10 gồm 2 chữ cái in hoa, ví dụ RR.', en: 'The S10 service code is 2 capital letters, e.g. RR.' },
  's10.range': { vi: 'Dải số hiệu phải từ 0 đến 99.999.999, số cuối không nhỏ hơn số đầu.', en: 'The range runs from 0 to 99,999,999, last not below first.' },
  'printer.uri': {
    vi: 'Máy in phải là tcp://địa-chỉ:cổng (ví dụ tcp://192.168.1.50:9100) hoặc đường dẫn thiết bị / cổng COM.',
    en: 'The printer must be tcp://host:port (e.g. tcp://192.168.1.50:9100) or a device path / COM port.',
  },
  'printer.width': { vi: 'Khổ giấy phải là 80 mm hoặc 58 mm.', en: 'Paper width must be 80 mm or 58 mm.' },
  'printer.copies': { vi: 'Số liên in phải từ 1 đến 5.', en: 'Copies must be 1 to 5.' },
  'agency.code': {
    vi: 'Mã đơn vị theo Quyết định 20/2020/QĐ-TTg có dạng 000.00.10.H59: bốn nhóm chữ số, chữ in hoa, cách nhau bằng dấu chấm.',
    en: 'A unit code (Decision 20/2020/QĐ-TTg) looks like 000.00.10.H59: four groups of digits and capitals separated by dots.',
  },
  'results.certified': {
    vi: 'Giấy ủy quyền phải được chứng thực (UBND cấp xã hoặc cơ quan có thẩm quyền) mới trả kết quả cho người được ủy quyền.',
    en: 'The authorisation letter must be certified (by the commune authority or a competent agency) before a proxy is handed the result.',
  },
  'filing.dossierCode': {
    vi: 'Mã hồ sơ của cơ quan gồm chữ số, chữ cái không dấu, dấu chấm và gạch ngang, ví dụ 000.00.10.H59-261120-0001.',
    en: 'The agency\'s dossier code holds digits, plain letters, dots and hyphens, e.g. 000.00.10.H59-261120-0001.',
  },
  'fee.count': { vi: 'Số lượng tính phí cộng thêm phải là số nguyên từ 1 đến 999.', en: 'The count for an added fee is a whole number from 1 to 999.' },
  'fee.additionTwice': { vi: 'Mỗi khoản phí cộng thêm chỉ nhập một lần.', en: 'Each added fee line is entered once.' },
  'paper.count': { vi: 'Giấy tờ đã nộp phải có ít nhất một bản chính hoặc bản sao.', en: 'A paper handed in needs at least one original or copy.' },
  'role.invalid': { vi: 'Vai trò phải là giao dịch viên hoặc quản lý.', en: 'The role must be clerk or manager.' },
} satisfies Record<string, Text>;

export type FieldMessageKey = keyof typeof fieldMessages;

/** Why a scale reading cannot be used, as SCALE_NOT_STABLE names it (`{state}`). */
export const scaleStateLabels: Record<string, Text> = {
  moving: { vi: 'đang dao động', en: 'moving' },
  motion: { vi: 'đang dao động', en: 'moving' },
  refused: { vi: 'ngoài phạm vi cân', en: 'out of range' },
  overload: { vi: 'quá tải', en: 'overloaded' },
  underload: { vi: 'dưới 0', en: 'below zero' },
  negative: { vi: 'âm', en: 'negative' },
  garbage: { vi: 'khung dữ liệu hỏng', en: 'broken frame' },
  unit: { vi: 'sai đơn vị', en: 'wrong unit' },
  busy: { vi: 'cân bận', en: 'scale busy' },
  error: { vi: 'lỗi cân', en: 'scale error' },
  none: { vi: 'chưa có số liệu', en: 'no reading yet' },
  stale: { vi: 'không có số liệu mới', en: 'no recent reading' },
};

/** A dossier's status in words (shared/dossier/lifecycle.ts), for messages and screens. */
export const dossierStatusLabels: Record<DossierStatus, Text> = {
  received: { vi: 'đã tiếp nhận', en: 'received' },
  inBatch: { vi: 'trong lô bàn giao', en: 'in a handover batch' },
  delivered: { vi: 'đã bàn giao cho Bộ phận Một cửa', en: 'delivered to the one-stop department' },
  supplementRequested: { vi: 'cơ quan yêu cầu bổ sung', en: 'supplement requested' },
  refused: { vi: 'cơ quan từ chối', en: 'refused by the agency' },
  withdrawn: { vi: 'người nộp rút hồ sơ', en: 'withdrawn' },
  resultReceived: { vi: 'đã nhận kết quả về bưu cục', en: 'result back at the post office' },
  notified: { vi: 'đã báo người dân đến nhận', en: 'citizen notified' },
  outForDelivery: { vi: 'đang phát tận địa chỉ', en: 'out for home delivery' },
  returned: { vi: 'đã trả kết quả tại quầy', en: 'returned at the counter' },
  deliveredHome: { vi: 'đã phát tận địa chỉ', en: 'delivered home' },
  sentBackToAgency: { vi: 'đã chuyển trả cơ quan', en: 'sent back to the agency' },
  voided: { vi: 'đã hủy', en: 'voided' },
};

/** Why a home delivery failed (shared/delivery/delivery-rules.ts). */
export const deliveryFailureLabels: Record<DeliveryFailureReason, Text> = {
  nobodyHome: { vi: 'không có người nhận', en: 'nobody home' },
  wrongAddress: { vi: 'sai địa chỉ', en: 'wrong address' },
  refused: { vi: 'người nhận từ chối', en: 'refused by the recipient' },
  moved: { vi: 'người nhận đã chuyển đi', en: 'recipient moved away' },
  unreachable: { vi: 'không liên lạc được', en: 'could not be reached' },
  other: { vi: 'lý do khác', en: 'other reason' },
};

/** What stops the printer, as PRINTER_FAILED names it (`{problem}`). */
export const printerProblemLabels: Record<PrinterProblem, Text> = {
  paperOut: { vi: 'máy in hết giấy', en: 'the printer is out of paper' },
  coverOpen: { vi: 'nắp máy in đang mở', en: 'the printer cover is open' },
  offline: { vi: 'máy in không sẵn sàng (ngoại tuyến hoặc không trả lời)', en: 'the printer is offline or not answering' },
  unreachable: {
    vi: 'không kết nối được tới máy in (máy tắt, sai địa chỉ hoặc mất mạng)',
    en: 'cannot reach the printer (switched off, wrong address or no network)',
  },
};

/** Why the scale's port is not open, as the technicians' console says it. */
export const scaleLinkProblemLabels: Record<ScaleLinkProblem, Text> = {
  portNotFound: { vi: 'không có cổng này (cáp chưa cắm hoặc sai tên cổng)', en: 'no such port (cable unplugged or wrong port name)' },
  permissionDenied: { vi: 'không có quyền mở cổng', en: 'no permission to open the port' },
  portBusy: { vi: 'cổng đang được chương trình khác dùng', en: 'the port is in use by another program' },
  openFailed: { vi: 'không mở được cổng', en: 'the port could not be opened' },
  removed: { vi: 'thiết bị đã bị rút ra', en: 'the device was unplugged' },
};

/** Who may call a command, as the FORBIDDEN message names them. */
export const principalLabels: Record<string, Text> = {
  clerk: { vi: 'giao dịch viên', en: 'clerk' },
  manager: { vi: 'quản lý', en: 'manager' },
  console: { vi: 'bảng lệnh kỹ thuật', en: 'technician console' },
};

/** Names of input fields as a clerk would read them, for error messages. */
export const fieldLabels: Record<string, Text> = {
  officeCode: { vi: 'Mã bưu cục', en: 'Post office code' },
  officeName: { vi: 'Tên bưu cục', en: 'Post office name' },
  counterNumber: { vi: 'Số quầy', en: 'Counter number' },
  province: { vi: 'Tỉnh/thành phố', en: 'Province' },
  managerName: { vi: 'Họ tên quản lý', en: 'Manager name' },
  managerPin: { vi: 'Mã PIN quản lý', en: 'Manager PIN' },
  name: { vi: 'Họ tên', en: 'Name' },
  pin: { vi: 'Mã PIN', en: 'PIN' },
  role: { vi: 'Vai trò', en: 'Role' },
  userId: { vi: 'Người dùng', en: 'User' },
  idleLockMinutes: { vi: 'Thời gian tự khóa', en: 'Idle lock time' },
  idempotencyKey: { vi: 'Mã thao tác', en: 'Action key' },
  path: { vi: 'Cổng nối tiếp', en: 'Serial port' },
  protocol: { vi: 'Giao thức cân', en: 'Scale protocol' },
  baudRate: { vi: 'Tốc độ baud', en: 'Baud rate' },
  grams: { vi: 'Khối lượng (gam)', en: 'Weight (grams)' },
  reason: { vi: 'Lý do', en: 'Reason' },
  out: { vi: 'Tệp sao lưu', en: 'Backup file' },
  idNumber: { vi: 'Số giấy tờ tùy thân', en: 'Identity number' },
  phone: { vi: 'Số điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  unitCode: { vi: 'Mã đơn vị', en: 'Unit code' },
  s10: { vi: 'Số hiệu bưu gửi (S10)', en: 'Postal item number (S10)' },
  tenderedVnd: { vi: 'Tiền khách đưa', en: 'Cash tendered' },
  reference: { vi: 'Mã giao dịch chuyển khoản', en: 'Transfer reference' },
  feeExemptionReason: { vi: 'Lý do miễn phí', en: 'Fee exemption reason' },
  uri: { vi: 'Máy in', en: 'Printer' },
  paperWidth: { vi: 'Khổ giấy', en: 'Paper width' },
  copies: { vi: 'Số liên', en: 'Copies' },
  receivedAt: { vi: 'Thời điểm nhận', en: 'Received at' },
};

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** A code recorded as text (in an entry) that this app can word. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorMessages, code);
}

export function errorText(code: ErrorCode, lang: Lang, params?: Record<string, string | number>): string {
  return fill(errorMessages[code][lang], params);
}

export function isFieldMessageKey(key: string): key is FieldMessageKey {
  return Object.hasOwn(fieldMessages, key);
}
