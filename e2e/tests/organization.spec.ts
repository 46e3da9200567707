import { expect as baseExpect, test } from '@playwright/test';
import { choose, submitLogin } from '../support';

// A long journey through six screens; on a busy machine each step may take a few seconds.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(180_000);

const UNIT = '武隆区医疗保障局';
const SPOKESPERSON = '刘晓东';

test('the news office sets up a department with its spokesperson, is refused a second one (A8.2), publishes the list on the portal (A8.3), and reads the workday calendar', async ({ page }) => {
  // Sent to log in first, then back to the page asked for.
  await page.goto('/console/units');
  await submitLogin(page, 'xinwenban');
  await expect(page).toHaveURL(/\/console\/units$/);
  await expect(page.getByRole('heading', { name: '单位与人员' })).toBeVisible();

  // A new department under the district, with its press section (A7) and the routine-conference duty (A14).
  await page.getByRole('button', { name: '新建单位' }).click();
  const unitDialog = page.getByRole('dialog', { name: '新建单位' });
  await unitDialog.getByLabel('单位全称').fill(UNIT);
  await unitDialog.getByLabel('简称').fill('区医保局');
  await unitDialog.getByLabel('新闻发布工作职能科室').fill('办公室');
  await unitDialog.getByLabel('与民生密切相关').check();
  await unitDialog.getByRole('button', { name: /保\s*存/ }).click();

  // Its page opens, saying what it lacks.
  await expect(page).toHaveURL(/\/console\/units\/\d+$/);
  await expect(page.getByRole('heading', { name: UNIT })).toBeVisible();
  await expect(page.getByText('未设新闻发言人', { exact: true })).toBeVisible();
  await expect(page.getByText('依据：第八条（二）').first()).toBeVisible();

  // Its spokesperson: a person entered on the spot.
  await page.getByRole('button', { name: /任\s*职/ }).click();
  const appoint = page.getByRole('dialog', { name: `任职：${UNIT}` });
  await appoint.getByText('新增人员').click();
  await appoint.getByLabel('姓名').fill(SPOKESPERSON);
  await appoint.getByLabel('新闻发布电话').fill('023-77788990');
  await expect(appoint.getByRole('combobox', { name: '职务类别' })).toBeVisible();
  await appoint.getByLabel('职务', { exact: true }).fill('副局长');
  await appoint.getByRole('button', { name: /任\s*职/ }).click();
  await expect(appoint).toBeHidden();
  await expect(page.getByText(`已任命${SPOKESPERSON}为新闻发言人`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(SPOKESPERSON) })).toContainText('新闻发言人');
  await expect(page.getByText('未设新闻发言人', { exact: true })).toHaveCount(0);

  // A second spokesperson over the same days is refused, in Chinese, citing the article.
  await page.getByRole('button', { name: /任\s*职/ }).click();
  await expect(appoint).toBeVisible();
  // The people are searched for on the server; until it answers, the list still shows everyone.
  await choose(appoint.getByRole('combobox', { name: '姓名' }), '陈建国', { search: '陈建国', searchPath: '/api/v1/people' });
  await choose(appoint.getByRole('combobox', { name: '职务类别' }), /^新闻发言人$/);
  await appoint.getByRole('button', { name: /任\s*职/ }).click();
  const refusal = appoint.getByRole('alert').filter({ hasText: '只能设 1 名新闻发言人' });
  await expect(refusal).toContainText(`与${SPOKESPERSON}自`);
  await expect(refusal).toContainText('依据：第八条（二）');
  await appoint.getByRole('button', { name: /取\s*消/ }).click();
  await expect(appoint).toBeHidden();
  await expect(page.getByRole('row', { name: /陈建国/ })).toHaveCount(0);

  // The 2026 list, taken from today's holders, published.
  await page.getByRole('menuitem', { name: '新闻发言人名单' }).click();
  await expect(page.getByRole('heading', { name: '新闻发言人名单' })).toBeVisible();
  await choose(page.getByRole('combobox', { name: '年份' }), '2026 年');
  await expect(page.getByRole('row', { name: new RegExp(`${UNIT}.*${SPOKESPERSON}`) }).first()).toBeVisible();
  await page.getByRole('button', { name: /公布 2026 年名单|发布更正/ }).click();
  const confirm = page.getByRole('dialog', { name: /2026 年/ });
  await confirm.getByRole('button', { name: '确认公布' }).click();
  await expect(page.getByText(/已公布 2026 年名单第 \d+ 版/)).toBeVisible();
  await expect(page.getByText('现行', { exact: true })).toBeVisible();

  // The public page lists the new spokesperson.
  const [portal] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: '查看门户网站公开页' }).click()]);
  await expect(portal).toHaveURL(/\/spokespersons\/2026$/);
  await expect(portal.getByRole('heading', { name: /2026年.*新闻发言人名单/ })).toBeVisible();
  const row = portal.getByRole('row', { name: new RegExp(UNIT) });
  await expect(row).toContainText(SPOKESPERSON);
  await expect(row).toContainText('023-77788990');

  // The workday calendar (A15.1 deadlines count on it): 2026 as the State Council set it, and next
  // year's schedule entered by pasting the notice — previewed, then left for the real notice.
  await page.goto('/console/calendar');
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible();
  await expect(page.getByText('放假和调休一览')).toBeVisible();
  await expect(page.getByText(/国庆节/).first()).toBeVisible();
  await page.getByRole('button', { name: '下一年' }).click();
  await expect(page.getByText(/尚未录入国务院放假安排/).first()).toBeVisible();
  await page.getByRole('button', { name: '录入放假安排' }).click();
  const schedule = page.getByRole('dialog', { name: '录入 2027 年放假安排' });
  await schedule.getByLabel('放假安排').fill('2027-01-01~2027-01-03 休 元旦\n2027-02-06 班 春节调休\n2027-02-10~2027-02-16 休 春节');
  await schedule.getByRole('button', { name: /预\s*览/ }).click();
  await expect(schedule.getByText(/识别出放假 10 天、调休上班 1 天/)).toBeVisible();
  await schedule.getByRole('button', { name: '返回修改' }).click();
  await schedule.getByRole('button', { name: /取\s*消/ }).click();
  await expect(schedule).toBeHidden();
});
