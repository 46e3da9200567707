import { expect, test } from '@playwright/test';
import { choose, DEMO_PASSWORD, submitLogin } from '../support';

test('the news office logs in, sees the console home in Chinese, and logs out', async ({ page }) => {
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/console\/login$/);
  await expect(page.getByText('武隆区行政机关新闻发布工作平台')).toBeVisible();

  await submitLogin(page, 'xinwenban', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/console\/?$/);
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /周敏/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '账户管理' })).toHaveCount(0);

  await page.getByRole('button', { name: /周敏/ }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/console\/login$/);

  // The session is gone: the console sends the visitor back to the login page.
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/console\/login$/);
});

test('five wrong passwords lock the account, and the lockout is explained in Chinese (SEC)', async ({ page }) => {
  await page.goto('/console/login');
  for (let left = 4; left >= 1; left--) {
    await submitLogin(page, 'jiaotong.bianji', 'Wrong@2026');
    await expect(page.getByRole('alert')).toContainText(`用户名或密码错误，再错 ${left} 次账户将被锁定 30 分钟`);
  }
  await submitLogin(page, 'jiaotong.bianji', 'Wrong@2026');
  await expect(page.getByRole('alert')).toContainText('连续 5 次密码错误，账户已锁定 30 分钟');

  // Locked means locked: the right password is refused too until the time is up.
  await submitLogin(page, 'jiaotong.bianji', DEMO_PASSWORD);
  await expect(page.getByRole('alert')).toContainText('账户已锁定');
  await expect(page).toHaveURL(/\/console\/login$/);

  // The administrator unlocks it, as the message says, and the right password works again.
  const admin = page.context().request;
  await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  const users = await (await admin.get('/api/v1/users')).json();
  const locked = users.items.find((u: { username: string }) => u.username === 'jiaotong.bianji');
  expect((await admin.post(`/api/v1/users/${locked.id}/unlock`)).ok()).toBe(true);
  await admin.post('/api/v1/auth/logout');
  await submitLogin(page, 'jiaotong.bianji', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
});

test('the auditor filters the audit trail to login records; a user changes his own password from the user menu (SEC)', async ({ page }) => {
  // The auditor opens 安全审计 and narrows the trail to logins, then to his own.
  await page.goto('/console/login');
  await submitLogin(page, 'shenji', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
  await page.getByRole('menuitem', { name: '安全审计' }).click();
  await expect(page).toHaveURL(/\/console\/audit$/);
  await expect(page.getByRole('heading', { name: '安全审计' })).toBeVisible();

  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  // Unfiltered, the trail holds other records too (logouts, the unlock of the journey before).
  await expect(rows.filter({ hasNotText: 'auth.login' }).first()).toBeVisible();

  await choose(page.getByLabel('操作', { exact: true }), /^登录$/, { search: '登录' });
  await page.getByRole('button', { name: /查\s*询/ }).click();
  // Only login records are left (the server matches the action as a prefix: auth.login, auth.login_failed …),
  // among them the auditor's own.
  await expect(rows.filter({ hasNotText: 'auth.login' })).toHaveCount(0);
  await expect(rows.filter({ hasText: '安全审计员' }).first()).toBeVisible();

  // Then to his own: a click on the name filters by that user.
  await rows.filter({ hasText: '安全审计员' }).first().getByRole('button', { name: '安全审计员' }).click();
  await expect(page.getByLabel('操作人编号')).not.toHaveValue('');
  await expect(rows.filter({ hasNotText: '安全审计员' })).toHaveCount(0);
  await expect(rows.filter({ hasNotText: 'auth.login' })).toHaveCount(0);
  await expect(rows.first()).toContainText('登录');

  await page.locator('.ant-dropdown-trigger', { hasText: '安全审计员' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/console\/login$/);

  // The district leader (whom no later journey logs in as) changes his password from the user menu.
  const newPassword = 'Changjiang#2027';
  await submitLogin(page, 'lingdao', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
  await page.locator('.ant-dropdown-trigger', { hasText: '陈建国' }).click();
  await page.getByRole('menuitem', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  await dialog.getByLabel('当前密码').fill(DEMO_PASSWORD);
  await dialog.getByLabel('新密码', { exact: true }).fill(newPassword);
  await dialog.getByLabel('确认新密码').fill(newPassword);
  await dialog.getByRole('button', { name: '确认修改' }).click();
  await expect(page.getByText('密码已修改')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.locator('.ant-dropdown-trigger', { hasText: '陈建国' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/console\/login$/);

  // The old password no longer works; the new one does.
  await submitLogin(page, 'lingdao', DEMO_PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
  await expect(page).toHaveURL(/\/console\/login$/);
  await submitLogin(page, 'lingdao', newPassword);
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /陈建国/ })).toBeVisible();
});
