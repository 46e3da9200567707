import { expect, test, type Page } from '@playwright/test';

const DEMO_PASSWORD = 'Wulong@2026';

async function logIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

test('the news office logs in, sees the console home in Chinese, and logs out', async ({ page }) => {
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/console\/login$/);
  await expect(page.getByText('武隆区行政机关新闻发布工作平台')).toBeVisible();

  await logIn(page, 'xinwenban', DEMO_PASSWORD);
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
    await logIn(page, 'jiaotong.bianji', 'Wrong@2026');
    await expect(page.getByRole('alert')).toContainText(`用户名或密码错误，再错 ${left} 次账户将被锁定 30 分钟`);
  }
  await logIn(page, 'jiaotong.bianji', 'Wrong@2026');
  await expect(page.getByRole('alert')).toContainText('连续 5 次密码错误，账户已锁定 30 分钟');

  // Locked means locked: the right password is refused too until the time is up.
  await logIn(page, 'jiaotong.bianji', DEMO_PASSWORD);
  await expect(page.getByRole('alert')).toContainText('账户已锁定');
  await expect(page).toHaveURL(/\/console\/login$/);

  // The administrator unlocks it, as the message says, and the right password works again.
  const admin = page.context().request;
  await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  const users = await (await admin.get('/api/v1/users')).json();
  const locked = users.items.find((u: { username: string }) => u.username === 'jiaotong.bianji');
  expect((await admin.post(`/api/v1/users/${locked.id}/unlock`)).ok()).toBe(true);
  await admin.post('/api/v1/auth/logout');
  await logIn(page, 'jiaotong.bianji', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
});
