// When no procedure holds every word the clerk typed, the lookup says so above the list and names
// the typed words that no procedure holds, in the screen's language, and still lists the partial
// matches (issue 9: "lam lai can cuoc" put a labour permit first and said nothing).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('the lookup says when no procedure holds all the words, and which words none holds', async ({ page, counter }) => {
  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Cầm Thị Mai (giao dịch viên)' });
  await page.getByLabel('Mã PIN').fill('1357');
  await page.getByLabel('Mã PIN').press('Enter');
  const search = page.getByRole('combobox', { name: 'Tìm thủ tục' });
  const options = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option');
  const note = page.getByRole('note').filter({ hasText: 'chứa đủ các từ' });

  await search.fill('lam lai can cuoc');
  await expect(note).toHaveText('Không có thủ tục nào chứa đủ các từ; không tìm thấy: «can cuoc». Các thủ tục dưới đây chỉ khớp một phần.');
  await expect(options.first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('lookup-partial-match.png') });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A query some title holds in full: no such note.
  await search.fill('dang ky khai sinh');
  await expect(options.first()).toHaveAccessibleName(/^Đăng ký khai sinh /);
  await expect(note).toHaveCount(0);

  // In English, the same in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('combobox', { name: 'Find a procedure' }).fill('lam lai can cuoc');
  await expect(page.getByRole('note').filter({ hasText: 'holds all the words' })).toHaveText(
    'No procedure holds all the words; not found: “can cuoc”. The procedures below match only in part.',
  );
});
