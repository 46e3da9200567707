import { expect as baseExpect, test, type Page } from '@playwright/test';
import { choose, loggedInPage } from '../support';

/** A journey through several roles: allow a busy machine some slack on every wait. */
const expect = baseExpect.configure({ timeout: 45_000 });
test.use({ actionTimeout: 45_000, navigationTimeout: 60_000 });

const TOWNSHIP = '白马镇人民政府';

/** Takes a stage of the evaluation: the button opens a dialog whose confirming button bears the same name. */
async function step(page: Page, action: string, status: string, note?: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  // Clicked while the dialog still zooms in, its button is a few pixels wide and the click misses it.
  await expect(dialog).not.toHaveClass(/ant-zoom/);
  if (note) await dialog.getByRole('textbox').fill(note);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(status, { exact: true })).toBeVisible();
}

test('the news office runs the year’s evaluation from self-evaluation to the published ranking on the portal (A13.8)', async ({ browser }) => {
  test.setTimeout(600_000);
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));
  const title = `${year}年度新闻发布工作评估`;

  // The news office opens the year's evaluation on the default template and starts the self-evaluation.
  const office = await loggedInPage(browser, 'xinwenban');
  await office.goto('/console/evaluation');
  await office.getByRole('button', { name: '建立年度评估' }).click();
  await expect(office.getByRole('dialog')).not.toHaveClass(/ant-zoom/);
  await office.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect(office).toHaveURL(/\/console\/evaluation\/\d+$/);
  const workspace = office.url();
  await expect(office.getByRole('heading', { name: title })).toBeVisible();
  await office.getByRole('tab', { name: '评估模板' }).click();
  await expect(office.getByText('合计 100 分')).toBeVisible();
  await step(office, '启动自评', '自评与审核');

  // The township fills its self-evaluation beside the computed figures.
  const editor = await loggedInPage(browser, 'baima.bianji');
  await editor.goto(workspace);
  await editor.getByRole('link', { name: TOWNSHIP }).click();
  await expect(editor.getByRole('heading', { name: new RegExp(`${TOWNSHIP} · ${title}`) })).toBeVisible();
  await expect(editor.getByRole('row', { name: /年度发布任务完成情况/ })).toContainText('年度发布任务完成');
  await editor.getByLabel('制度建设 自评得分').fill('9');
  await editor.getByLabel('制度建设 自评说明').fill('已建立发布审核、保密审查制度');
  await editor.getByRole('button', { name: '提交自评' }).click();
  await expect(editor.getByText('自评已保存')).toBeVisible();

  // The news office scores it lower, giving the reason (audited).
  await office.goto(`${workspace}/units/${editor.url().split('/').pop()}`);
  const row = office.getByRole('row', { name: /制度建设（10）/ });
  await expect(row).toContainText('已建立发布审核、保密审查制度');
  await row.getByRole('button', { name: '评分/调整' }).click();
  const dialog = office.getByRole('dialog');
  await expect(dialog).not.toHaveClass(/ant-zoom/);
  await dialog.getByRole('spinbutton').fill('8');
  await dialog.getByRole('textbox').fill('风险评估制度尚未印发');
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('风险评估制度尚未印发');

  await office.goto(workspace);
  await step(office, '报区政府审定', '待区政府审定');

  // A district leader approves the results.
  const leader = await loggedInPage(browser, 'lingdao');
  await leader.goto(workspace);
  await step(leader, '同意通报', '区政府已同意', '同意通报');

  // The news office publishes; the ranking appears on the portal.
  await office.reload();
  await step(office, '通报结果', '已通报');
  const portal = await browser.newPage();
  await portal.goto(`/evaluations/${year}`);
  await expect(portal.getByRole('heading', { name: `武隆区${year}年度行政机关新闻发布工作评估结果通报` })).toBeVisible();
  await expect(portal.getByRole('table', { name: '评估得分排名' })).toContainText(TOWNSHIP);
});

test('the news office records a training, and a spokesperson’s annual report reaches the principal (A12, A9.8)', async ({ browser }) => {
  test.setTimeout(600_000);
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));
  const office = await loggedInPage(browser, 'xinwenban');
  const reports = await (await office.request.get(`/api/v1/annual-reports?year=${year}`)).json();
  const township = reports.items.find((i: { unitName: string }) => i.unitName === TOWNSHIP) as { unitId: number; spokesperson: { name: string } };

  // A12: the township's spokesperson attends; the township is no longer flagged.
  await office.goto('/console/training');
  await office.getByRole('tab', { name: '未参加培训的单位' }).click();
  await expect(office.getByText(`${TOWNSHIP}新闻发言人${township.spokesperson.name}${year}年未参加培训`)).toBeVisible();
  await office.getByRole('button', { name: '登记培训' }).click();
  const dialog = office.getByRole('dialog');
  await expect(dialog).not.toHaveClass(/ant-zoom/);
  await dialog.getByLabel('培训主题').fill('新闻发言人媒介素养专题培训');
  await dialog.getByLabel('日期').fill(`${year}-06-01`);
  await dialog.getByLabel('日期').press('Enter');
  // The attendee is searched for on the server: picked from its answer, and seen chosen before saving.
  const { name } = township.spokesperson;
  await choose(dialog.getByLabel('参训人员'), name, { search: name, searchPath: '/api/v1/people' });
  // Closes the list, which stays open for more picks.
  await dialog.getByLabel('培训主题').click();
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(dialog).toBeHidden();
  await expect(office.getByText(`${TOWNSHIP}新闻发言人${township.spokesperson.name}${year}年未参加培训`)).toBeHidden();
  await office.getByRole('tab', { name: '培训记录' }).click();
  await expect(office.getByRole('row', { name: /新闻发言人媒介素养专题培训/ })).toContainText(township.spokesperson.name);

  // A9.8: the report, prefilled with the year's figures, goes to the principal, who acknowledges it.
  const editor = await loggedInPage(browser, 'baima.bianji');
  await editor.goto(`/console/annual-reports/${year}/${township.unitId}`);
  await expect(editor.getByText('年度数据（自动汇总）')).toBeVisible();
  await editor.getByLabel('年度工作报告').fill('全年组织新闻发布活动，回应社会关切。');
  await editor.getByLabel('下一年度工作计划').fill('明年举行新闻发布会2场。');
  await editor.getByRole('button', { name: '提交主要负责人' }).click();
  await expect(editor.getByText('已提交主要负责人', { exact: true })).toBeVisible();

  const principal = await loggedInPage(browser, 'baima.shenpi');
  await principal.goto(`/console/annual-reports/${year}/${township.unitId}`);
  await principal.getByLabel('签阅意见（可选）').fill('同意明年计划');
  await principal.getByRole('button', { name: /签\s*阅/ }).click();
  await expect(principal.getByText(/签阅：同意明年计划/)).toBeVisible();
});
