import crypto from 'node:crypto';
import { expect as baseExpect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, logIn } from '../support';

/** A journey through three accounts on a machine shared with other runs: time enough for each step. */
const expect = baseExpect.configure({ timeout: 20_000 });

const TITLE = '网友反映武隆319国道白马段道路积水严重，车辆无法通行';

async function logOut(page: Page) {
  await page.context().clearCookies();
}

/**
 * The journey of issue 7: a vendor pushes a signed item about road flooding; the news office
 * assigns it to the transport department; the department assesses it as major; its principal
 * gets the alert; the department publishes an opinion-response release linked to the item; the
 * item's N61 clock shows met. (The department's approver, 区交通局局长 and its principal, acts
 * for it: an earlier journey locks the editor's account on purpose.)
 */
test('a pushed opinion item about road flooding is assigned, assessed major, alerted and answered within 48 hours (A13.2, N61)', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  // The news office configures a vendor key and a keyword rule for the transport department.
  const office = await playwrightRequest.newContext({ baseURL });
  expect((await office.post('/api/v1/auth/login', { data: { username: 'xinwenban', password: DEMO_PASSWORD } })).ok()).toBe(true);
  const units = (await (await office.get('/api/v1/units')).json()) as { items: { id: number; name: string }[] };
  const transport = units.items.find((u) => u.name === '武隆区交通运输局')!;
  const vendor = (await (await office.post('/api/v1/opinion-vendors', { data: { name: '舆情监测服务商' } })).json()) as { keyId: string; secret: string };
  expect(vendor.secret).toBeTruthy();
  expect((await office.post('/api/v1/opinion-keyword-rules', { data: { unitId: transport.id, expression: '(积水 OR 塌方) AND 国道', exclusions: ['演练'] } })).status()).toBe(201);
  await office.dispose();

  // The vendor pushes the item, signed with its key: HMAC-SHA256 over "timestamp.body".
  const vendorClient = await playwrightRequest.newContext({ baseURL });
  const body = JSON.stringify({ title: TITLE, link: 'https://weibo.example.cn/status/319', site: '微博', firstSeenAt: new Date().toISOString(), excerpt: '暴雨后 319 国道白马段积水约半米，多辆车被困。', keywords: ['积水'] });
  const timestamp = String(Date.now());
  const signature = `sha256=${crypto.createHmac('sha256', vendor.secret).update(`${timestamp}.${body}`).digest('hex')}`;
  const headers = { 'content-type': 'application/json', 'x-fabutong-key': vendor.keyId, 'x-fabutong-timestamp': timestamp, 'x-fabutong-signature': signature };
  const pushed = await vendorClient.post('/api/v1/opinions/inbound', { data: body, headers });
  expect(pushed.status()).toBe(201);
  // The same request again is a replay, and is ignored.
  expect((await (await vendorClient.post('/api/v1/opinions/inbound', { data: body, headers })).json()).status).toBe('replayed');
  await vendorClient.dispose();

  // The news office finds it in the inbox, suggested for the transport department, and assigns it.
  await logIn(page, 'xinwenban');
  await page.getByRole('menuitem', { name: '舆情收件箱' }).click();
  await expect(page.getByRole('heading', { name: '舆情收件箱' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(TITLE) });
  await expect(row).toContainText('建议：武隆区交通运输局');
  await row.getByRole('button', { name: /分\s*办/ }).click();
  const assign = page.getByRole('dialog', { name: '确定责任单位' });
  // The unit the keyword rules suggested is chosen already.
  await expect(assign).toContainText('武隆区交通运输局');
  await assign.getByRole('button', { name: /分\s*办/ }).click();
  await expect(assign).toBeHidden();
  await expect(row).toContainText('武隆区交通运输局');
  await logOut(page);

  // The department assesses it as major.
  await logIn(page, 'jiaotong.shenpi');
  await page.getByRole('menuitem', { name: '舆情收件箱' }).click();
  await expect(page.getByRole('heading', { name: '舆情收件箱' })).toBeVisible();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await page.getByText('重大', { exact: true }).click();
  await page.getByText('高', { exact: true }).click();
  await page.getByLabel('走势研判').fill('转发量两小时内过万，已有媒体关注');
  await page.getByRole('button', { name: '提交研判' }).click();
  await expect(page.locator('[data-clock="N61"]')).toHaveAttribute('data-status', 'running');

  // Its principal (this account's person) has the "first time" alert.
  await page.getByRole('button', { name: /通知，[1-9]\d* 条未读/ }).click();
  await expect(page.getByRole('dialog', { name: '通知' })).toContainText(`重大舆情：${TITLE}`);
  await page.keyboard.press('Escape');

  // The department publishes its response, reviewed for secrets, linked to the item: the N61 clock is met.
  await page.getByLabel('标题', { exact: true }).fill('关于319国道白马段道路积水的情况说明');
  await page.getByLabel('回应内容').fill('11月26日暴雨导致319国道白马段局部积水，区交通局已组织抽排，道路于当日恢复通行。');
  await page.getByRole('checkbox', { name: '立即发布（须审批人）' }).check();
  await page.getByLabel('保密审查人').fill('区交通局保密员');
  await page.getByRole('button', { name: '提交回应' }).click();
  await expect(page.getByText('已由发布活动回应：')).toBeVisible();
  await expect(page.locator('[data-clock="N61"]')).toHaveAttribute('data-status', 'met');
  await expect(page.locator('[data-status="responded"]').first()).toBeVisible();
});
