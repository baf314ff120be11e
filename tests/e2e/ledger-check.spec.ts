// The manager's ledger check on the administration screen names a read-model row edited behind
// the application's back (here a clerk made a manager in the users table), not only a broken chain.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('the ledger check names a users row edited outside the application', async ({ page, counter }) => {
  const db = new Database(join(counter.dataDir, 'ledger.sqlite'));
  const clerkId = db.prepare("SELECT id FROM users WHERE name = 'Cầm Thị Mai'").pluck().get() as string;
  db.prepare("UPDATE users SET role = 'manager' WHERE id = ?").run(clerkId);
  db.close();

  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Lò Văn Hùng (quản lý)' });
  await page.getByLabel('Mã PIN').fill('2468');
  await page.getByLabel('Mã PIN').press('Enter');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('button', { name: 'Quản trị' }).click();
  await page.getByRole('button', { name: 'Kiểm tra sổ cái' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Sổ cái không toàn vẹn' })).toHaveText(
    'Sổ cái không toàn vẹn: 1 chỗ trong các bảng không khớp với bút toán (dữ liệu bị sửa ngoài phần mềm).',
  );
  await expect(page.getByRole('listitem').filter({ hasText: `users [${clerkId}] role` })).toHaveText(
    `users [${clerkId}] role: theo bút toán clerk, trong bảng manager`,
  );
});
