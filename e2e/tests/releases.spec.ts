import { expect as baseExpect, test, type Locator } from '@playwright/test';
import { choose, logIn } from '../support';

// Each step loads a page's code on first use; a busy machine needs more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Today in the district (Asia/Shanghai): the quota counts releases up to today. */
function districtToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function pickDateTime(field: Locator, value: string) {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value);
}

test('the news office records a held press conference, is refused without Q&A (A6), and the department’s A13.3-d quota turns met', async ({ page }) => {
  // A long journey through three pages on a shared machine.
  test.setTimeout(180_000);
  const today = districtToday();
  const title = `区交通局${today.slice(0, 4)}年农村公路建设新闻发布会`;
  await logIn(page, 'xinwenban');

  await page.getByRole('link', { name: '新闻发布', exact: true }).click();
  await expect(page.getByRole('heading', { name: '新闻发布活动台账' })).toBeVisible();
  await page.getByRole('button', { name: '登记发布活动' }).click();
  await expect(page.getByRole('heading', { name: '登记发布活动' })).toBeVisible();

  await choose(page.getByLabel('发布单位'), '区交通局（', { search: '区交通局' });
  await choose(page.getByLabel('发布形式'), 'F1 新闻发布会');
  await page.getByLabel('标题').fill(title);
  await pickDateTime(page.getByLabel('时间', { exact: true }), `${today} 09:30`);
  await page.getByLabel('政务公开').check();

  // The unit's spokesperson is suggested as main speaker, and as the answerable people of A13.7.
  const participants = page.getByRole('region', { name: '参与人员' });
  await expect(participants.getByText(/区交通局新闻发言人/)).toBeVisible();
  const risk = page.getByRole('region', { name: /社会稳定风险评估/ });
  await expect(risk.getByText(/区交通局主要负责人/)).toBeVisible();
  await risk.getByLabel('已审核发布选题').check();
  await risk.getByLabel('已审核发布内容').check();
  await risk.getByLabel('已审核发布方式').check();
  await risk.getByLabel('低风险').check();

  await page.getByLabel('保密审查人').fill('周敏');
  await pickDateTime(page.getByLabel('审查时间'), `${today} 08:00`);
  await page.locator('label', { hasText: '已举行' }).click();

  // F1 starts with Q&A on; without it the server refuses, citing 第六条.
  const qa = page.getByRole('switch', { name: '回答记者提问环节' });
  await expect(qa).toBeChecked();
  await qa.click();
  await expect(qa).not.toBeChecked();
  await page.getByRole('button', { name: /保\s*存/ }).click();
  const reason = '新闻发布会须安排回答记者提问环节（第六条（一））';
  const refusal = page.getByRole('alert').filter({ hasText: '不符合第六条' });
  await expect(refusal).toContainText(reason);
  // …and the same reason stands beside the switch, which is marked invalid.
  await expect(page.getByText(reason)).toHaveCount(2);
  await expect(qa).toHaveAttribute('aria-invalid', 'true');

  await qa.click();
  await expect(qa).toBeChecked();
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/\/console\/releases\/\d+$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('已举行')).toBeVisible();

  await page.getByRole('link', { name: '年度任务', exact: true }).click();
  await expect(page.getByRole('heading', { name: '年度新闻发布任务' })).toBeVisible();
  const cell = page.getByRole('button', { name: /^区交通局 A13\.3-d / });
  await expect(cell).toContainText('已完成');
  await expect(cell).toContainText('1/1');

  // The cell explains itself and links the release that counts.
  await cell.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('第十三条（三）');
  await expect(drawer.getByRole('link', { name: new RegExp(title) })).toBeVisible();
});
