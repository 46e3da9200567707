import { expect as baseExpect, test, type Page } from '@playwright/test';
import { choose, loggedInPage } from '../support';

/** A long journey through many pages: allow a busy machine some slack on every wait. */
const expect = baseExpect.configure({ timeout: 45_000 });
test.use({ actionTimeout: 45_000, navigationTimeout: 60_000 });

const PDF = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n${name}\n%%EOF`) });
const DOCX = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(name)]) });

/** Clicks a workflow button, fills the opinion when a dialog asks for one, and waits for the new status. */
async function act(page: Page, button: string, status: string, opinion?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  if (opinion !== undefined) {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(opinion);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.locator('h1 ~ .ant-tag').first()).toHaveText(status);
}

test('a township applies for a press conference and the news office takes it from review to a counted release (A15)', async ({ browser }) => {
  test.setTimeout(900_000);
  const editor = await loggedInPage(browser, 'baima.bianji');

  // 12 workdays ahead, by the server's workday calendar.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const ahead = await (await editor.request.get(`/api/v1/calendar/offset?from=${today}&workdays=12`)).json();
  const latest = await (await editor.request.get(`/api/v1/calendar/offset?from=${ahead.date}&workdays=-10`)).json();
  const year = Number(ahead.date.slice(0, 4));

  // The editor drafts: the latest submission date shows as soon as a date is picked (A15.1).
  await editor.goto('/console/conferences/new');
  await editor.getByLabel('发布会名称').fill('白马镇乡村旅游发展新闻发布会');
  const when = editor.getByLabel('拟举行时间');
  await when.click();
  await when.fill(`${ahead.date} 10:00`);
  // Confirm in the picker: Enter would submit the whole form.
  await editor.locator('.ant-picker-ok button').click();
  await expect(editor.getByTestId('latest-submission')).toContainText(`最迟报送日期：${latest.date}`);
  // The form proposes the unit's principal as main speaker and the news office director as host (A15.4).
  await expect(editor.getByLabel('第 2 位的角色')).toBeVisible();
  await editor.getByLabel('发布文稿正文').fill('白马镇乡村旅游发展情况。\n今年全镇接待游客100万人次，旅游综合收入5亿元。\n');
  await editor.getByLabel('已审核发布选题').check();
  await editor.getByLabel('已审核发布内容').check();
  await editor.getByLabel('已审核发布方式').check();
  await choose(editor.getByLabel('社会稳定风险等级'), '低风险');
  await editor.getByRole('button', { name: /保\s*存/ }).click();
  await expect(editor).toHaveURL(/\/console\/conferences\/\d+$/);
  const url = editor.url();
  const id = Number(url.split('/').pop());

  await editor.getByRole('tab', { name: '申报材料' }).click();
  await editor.getByTestId('upload-application_form').setInputFiles(PDF('申报表.pdf'));
  await expect(editor.getByText('已上传“申报表.pdf”')).toBeVisible();
  await editor.getByTestId('upload-work_plan').setInputFiles(PDF('工作方案.pdf'));
  await expect(editor.getByText('已上传“工作方案.pdf”')).toBeVisible();
  await editor.getByTestId('upload-release_text').setInputFiles(DOCX('发布文稿.docx'));
  await expect(editor.getByText('已上传“发布文稿.docx”')).toBeVisible();
  await act(editor, '提交主要负责人审核', '待主要负责人审核');

  // The principal approves in the system, which submits it (A15.1).
  const principal = await loggedInPage(browser, 'baima.shenpi');
  await principal.goto(url);
  await act(principal, '审核同意并报送', '已报送', '同意报送');

  // The news office reviews: a comment on a passage, and a request for revision (A15.2).
  const office = await loggedInPage(browser, 'xinwenban');
  const statsBefore = await (await office.request.get(`/api/v1/releases/stats?year=${year}`)).json();
  await office.goto('/console/');
  await expect(office.getByText('新闻发布会“白马镇乡村旅游发展新闻发布会”')).toBeVisible();
  await office.goto(url);
  await act(office, '受理并开始审核', '规范性审核中');
  await office.getByRole('tab', { name: '文稿审核' }).click();
  const text = office.getByTestId('release-text');
  // Select a passage of the text as a reader would with the mouse (this tsconfig has no DOM types, hence the casts).
  await text.evaluate((el) => {
    const { document, window, MouseEvent } = globalThis as unknown as {
      document: { createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void } };
      window: { getSelection(): { removeAllRanges(): void; addRange(r: unknown): void } };
      MouseEvent: new (type: string, init: { bubbles: boolean }) => unknown;
    };
    const range = document.createRange();
    range.setStart(el.firstChild, 17);
    range.setEnd(el.firstChild, 24);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }) as never);
  });
  await office.getByLabel('批注内容').fill('请注明统计口径和数据来源');
  await office.getByRole('button', { name: '添加批注' }).click();
  await expect(office.getByText('请注明统计口径和数据来源')).toBeVisible();
  await act(office, '退回修改', '退回修改', '请按批注修改发布文稿');

  // The editor uploads a new version and resubmits.
  await editor.reload();
  await editor.getByRole('button', { name: /修\s*改$/ }).click();
  await editor.getByLabel('发布文稿正文').fill('白马镇乡村旅游发展情况。\n据镇统计站统计，今年全镇接待游客100万人次，旅游综合收入5亿元。\n');
  await editor.getByRole('button', { name: /保\s*存/ }).click();
  await expect(editor).toHaveURL(url);
  await editor.getByRole('tab', { name: '申报材料' }).click();
  await editor.getByTestId('upload-release_text').setInputFiles(DOCX('发布文稿（修改稿）.docx'));
  await expect(editor.getByText('第 2 版')).toBeVisible();
  await act(editor, '重新报送', '规范性审核中');

  // The news office compares the versions and approves; the principal approves the content (A15.3).
  await office.reload();
  await office.getByRole('tab', { name: '文稿审核' }).click();
  await expect(office.getByTestId('diff').locator('ins')).toContainText('据镇统计站统计，');
  await act(office, '完成规范性审核', '内容审定中', '拟同意，请单位审定');
  await principal.reload();
  await act(principal, '审定同意', '已审定', '同意发布');

  // Announced: the portal page and the feeds carry it (A15.6).
  await office.reload();
  await office.getByRole('tab', { name: '预告与直播' }).click();
  await office.getByRole('button', { name: '发布预告' }).click();
  await expect(office.locator('h1 ~ .ant-tag').first()).toHaveText('已预告');
  await expect(office.getByTestId('announcement')).toContainText('【新闻发布会预告】白马镇乡村旅游发展新闻发布会');
  expect(await (await office.request.get('/feeds/conferences.ics')).text()).toContain('SUMMARY:白马镇乡村旅游发展新闻发布会');
  await act(office, '开始直播', '直播中');

  // A reader's tab on the portal receives two live-text posts without reloading.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/conferences/${id}`);
  await expect(reader.getByRole('heading', { name: '白马镇乡村旅游发展新闻发布会' })).toBeVisible();
  await expect(reader.getByText('直播尚未开始。')).toBeVisible();
  await office.getByRole('tab', { name: '预告与直播' }).click();
  for (const post of ['发布会开始，白马镇镇长介绍乡村旅游发展情况。', '记者提问：明年如何提升游客体验？']) {
    await office.getByLabel('直播内容').fill(post);
    await office.getByRole('button', { name: /发\s*布$/ }).click();
    await expect(office.getByLabel('直播内容')).toHaveValue('');
    await expect(reader.getByText(post)).toBeVisible();
  }
  await expect(reader.locator('#live-posts li')).toHaveCount(2);

  // Held and archived: it becomes a release that the dashboard counts.
  await act(office, '发布会结束', '已举行');
  await office.getByRole('tab', { name: '归档' }).click();
  await office.getByLabel('发布会实录').fill('主持人：各位记者朋友，上午好……');
  await office.getByLabel('舆情反应').fill('网络反响积极，未发现负面舆情。');
  await office.getByRole('button', { name: '归档并生成发布活动记录' }).click();
  await expect(office.locator('h1 ~ .ant-tag').first()).toHaveText('已归档');
  const statsAfter = await (await office.request.get(`/api/v1/releases/stats?year=${year}`)).json();
  expect(statsAfter.byForm.press_conference ?? 0).toBe((statsBefore.byForm.press_conference ?? 0) + 1);
  await office.getByRole('link', { name: /查看发布活动记录/ }).click();
  await expect(office).toHaveURL(/\/console\/releases\/\d+$/);
});
