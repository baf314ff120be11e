// The words of the end of day: the errors its commands raise (spread into errorMessages) and the
// field messages of its schemas (spread into fieldMessages). Vietnamese first. Amounts arrive
// already formatted by the service (formatVnd), so a difference reads "−10.000 đ".

type Text = { vi: string; en: string };

export const dayErrorMessages = {
  DRAWER_NOT_FOUND: { vi: 'Không có ngăn kéo tiền {drawer}.', en: 'No cash drawer {drawer}.' },
  DRAWER_ALREADY_OPEN: {
    vi: 'Bạn đang có ngăn kéo tiền mở ({drawer}). Hãy kiểm đếm và đóng ngăn kéo đó trước khi mở ngăn kéo mới.',
    en: 'You already have an open cash drawer ({drawer}). Count and close it before opening a new one.',
  },
  DRAWER_NOT_OPEN: {
    vi: 'Bạn chưa mở ngăn kéo tiền. Hãy mở ngăn kéo với tiền đầu ca đếm theo mệnh giá.',
    en: 'You have no open cash drawer. Open one with the opening float counted by denomination.',
  },
  DRAWER_CLOSED: { vi: 'Ngăn kéo tiền {drawer} đã được đóng; mọi thay đổi cần ghi vào ngăn kéo đang mở.', en: 'Cash drawer {drawer} is already closed; record changes on an open drawer.' },
  DRAWER_NOT_YOURS: {
    vi: 'Ngăn kéo tiền {drawer} do người khác mở. Chỉ người mở hoặc quản lý mới được ghi thu chi hay đóng ngăn kéo này.',
    en: 'Cash drawer {drawer} was opened by someone else. Only they or a manager may record cash moves on it or close it.',
  },
  DRAWER_AMOUNT_ZERO: { vi: 'Số tiền nộp vào hoặc rút ra phải lớn hơn 0 đồng.', en: 'The amount paid in or out must be more than 0 đồng.' },
  DRAWER_DIFFERENCE_REASON: {
    vi: 'Tiền đếm được lệch {difference} so với số phải có. Hãy ghi lý do chênh lệch trước khi đóng ngăn kéo.',
    en: 'The count differs from the expected cash by {difference}. Give a reason for the difference before closing the drawer.',
  },
  DRAWER_DIFFERENCE_NEEDS_MANAGER: {
    vi: 'Chênh lệch {difference} vượt mức cho phép {tolerance}: cần quản lý duyệt — chọn quản lý và nhập mã PIN của họ.',
    en: 'The difference of {difference} is above the tolerance of {tolerance}: a manager must approve — choose the manager and enter their PIN.',
  },
  DAY_IN_FUTURE: { vi: 'Ngày {day} chưa đến, không thể chốt sổ.', en: 'Day {day} has not come yet; it cannot be closed.' },
  DAY_ALREADY_CLOSED: { vi: 'Ngày {day} đã chốt sổ (báo cáo Z số {z}).', en: 'Day {day} is already closed (Z report no. {z}).' },
  DAY_NOT_CLOSED: { vi: 'Ngày {day} chưa chốt sổ, chưa có gì để đối chiếu lại.', en: 'Day {day} is not closed yet; there is nothing to re-check.' },
  DAY_DRAWERS_OPEN: {
    vi: 'Còn {count} ngăn kéo tiền chưa kiểm đếm và đóng ({drawers}). Hãy đóng hết trước khi chốt sổ ngày.',
    en: '{count} cash drawer(s) are not yet counted and closed ({drawers}). Close them all before closing the day.',
  },
  DAY_PRINTS_WAITING: {
    vi: 'Còn {count} bản in đang chờ máy in. Chỉ có thể chốt sổ tạm (báo cáo Z ghi rõ "TẠM"), và chốt lại khi các bản in đã xong.',
    en: '{count} print job(s) are still waiting for the printer. The day can only be closed as provisional (the Z report says so), and closed again once they are done.',
  },
  DAY_UNSYNCED: {
    vi: 'Còn {count} bút toán của ngày chưa được máy chủ tỉnh xác nhận. Chỉ có thể chốt sổ tạm (báo cáo Z ghi rõ "TẠM"), và chốt lại khi đồng bộ xong.',
    en: '{count} entries of the day are not yet acknowledged by the province hub. The day can only be closed as provisional (the Z report says so), and closed again once they are synced.',
  },
  DAY_DRILL_UNKNOWN: {
    vi: 'Không có số liệu "{drill}" trong báo cáo ngày để xem chi tiết.',
    en: 'The day\'s report has no figure "{drill}" to list.',
  },
  DAY_STILL_PROVISIONAL: {
    vi: 'Ngày {day} đã chốt tạm và vẫn còn {count} việc chờ (bản in hoặc dữ liệu chưa đồng bộ). Chốt lại khi chúng đã xong.',
    en: 'Day {day} was closed provisionally and {count} item(s) are still waiting (prints or unsynced entries). Close it again once they are done.',
  },
  DAY_CLOSE_NEEDS_MANAGER: {
    vi: 'Chốt sổ ngày từ dòng lệnh cần mã PIN của quản lý.',
    en: 'Closing the day from the command line needs a manager\'s PIN.',
  },
} satisfies Record<string, Text>;

export const dayFieldMessages = {
  'count.whole': { vi: 'Số tờ phải là số nguyên, không âm.', en: 'The number of notes is a whole number, not negative.' },
  'drawer.denomination': { vi: 'Mệnh giá không có trong danh sách tiền Việt Nam đang lưu hành.', en: 'Not a Vietnamese note or coin in circulation.' },
  'day.period': { vi: 'Khoảng ngày phải từ ngày đầu đến ngày cuối, không quá 366 ngày.', en: 'A period runs from its first day to its last, at most 366 days.' },
  'drawer.denominationTwice': { vi: 'Một mệnh giá được nhập hai lần.', en: 'A denomination is entered twice.' },
} satisfies Record<string, Text>;
