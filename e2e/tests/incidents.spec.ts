import { expect, test } from '@playwright/test';
import { choose, logIn } from '../support';

const FACTS = '11月27日凌晨，白马镇大田村三组发生山体滑坡，造成3人受伤，均已送医救治，无生命危险。';

/** `YYYY-MM-DD HH:mm` on the district's wall clock, `minutesAgo` before now. */
function districtTime(minutesAgo: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(Date.now() - minutesAgo * 60_000),
  );
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

test('the news office registers a grade II incident 4 h 40 min after it occurred, is alerted, publishes in four parts, and the public page shows it live (A13.4)', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await logIn(page, 'xinwenban');
  await page.getByRole('menuitem', { name: /突发事件/ }).first().click();
  await expect(page).toHaveURL(/\/console\/incidents$/);

  // Register: grade II with casualties, occurred 4 h 40 min ago.
  await page.getByRole('button', { name: '登记突发事件' }).click();
  const form = page.getByRole('dialog', { name: '登记突发事件' });
  await form.getByLabel('事件名称').fill('白马镇大田村山体滑坡');
  await form.getByText('II级 重大').click();
  await form.getByText('造成重大人员伤亡或较大社会影响').click();
  const occurred = form.getByLabel('发生时间');
  await occurred.click();
  await occurred.fill(districtTime(4 * 60 + 40));
  await occurred.press('Enter');
  await choose(form.getByLabel('责任单位'), /^白马镇人民政府$/, { search: '白马镇' });
  await form.getByLabel('现场指挥部').fill('白马镇山体滑坡现场指挥部');
  await form.getByLabel('事发地点').fill('白马镇大田村三组');
  await form.getByLabel('保密审查人').fill('区政府新闻办保密员');
  await form.getByRole('button', { name: '登记突发事件' }).click();

  // Both clocks, the 5-hour one about to expire.
  await expect(page).toHaveURL(/\/console\/incidents\/\d+$/, { timeout: 15_000 });
  const incidentPath = new URL(page.url()).pathname.replace('/console', '');
  const info = page.getByTestId('clock-A13.4-a');
  const conference = page.getByTestId('clock-A13.4-b');
  await expect(info).toContainText('5 小时内发布权威信息');
  await expect(info).toContainText(/剩余 (18|19|20) 分/);
  await expect(info.locator('[data-status]')).toHaveAttribute('data-status', 'running');
  await expect(conference).toContainText('24 小时内召开新闻发布会');
  await expect(conference).toContainText(/剩余 19 小时/);

  // The in-app alert: an urgent reminder (the red badge on the menu), listed under the bell.
  await expect(page.getByTestId('urgent-alerts')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /通知，\d+ 条未读/ }).click();
  const drawer = page.getByRole('dialog', { name: '通知' });
  await expect(drawer.getByText(/白马镇大田村山体滑坡：5 小时内发布权威信息（A13\.4-a）还剩 (18|19|20) 分钟/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // A second browser, not logged in, opens the public page before anything is published.
  const reader = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });
  const portal = await reader.newPage();
  await portal.goto(incidentPath);
  await expect(portal.getByRole('heading', { name: '白马镇大田村山体滑坡' })).toBeVisible();
  await expect(portal.locator('#incident-latest')).toContainText('权威信息正在核实中');
  await expect(portal.locator('#live-status')).toContainText('实时更新已连接');
  await portal.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));

  // The first authoritative information, in four parts; reviewed with its confidentiality review, then published.
  await page.getByRole('button', { name: '起草新一条' }).click();
  const draft = page.getByRole('dialog', { name: '起草滚动发布信息' });
  await draft.getByLabel('1. 基本事实').fill(FACTS);
  await draft.getByLabel('2. 态度立场').fill('区委、区政府高度重视，主要领导已赶赴现场指挥处置。');
  await draft.getByLabel('3. 处置措施').fill('已紧急转移周边群众46人，对受影响道路实施交通管制。');
  await draft.getByLabel('4. 原因分析').fill('初步判断系连日降雨导致土体失稳。');
  await draft.getByRole('button', { name: '保存草稿' }).click();
  await expect(draft).toBeHidden();
  const update = page.getByTestId('update-1');
  await expect(update).toContainText('草稿');
  await update.getByRole('button', { name: '审 核' }).or(update.getByRole('button', { name: '审核' })).click();
  const review = page.getByRole('dialog', { name: '审核并记录保密审查' });
  await review.getByLabel('保密审查人').fill('白马镇保密员');
  await review.getByRole('button', { name: /审\s*核/ }).click();
  await expect(review).toBeHidden();
  await expect(update).toContainText('已审核');
  await update.getByRole('button', { name: /发\s*布/ }).click();
  await page.getByRole('tooltip').getByRole('button', { name: /发\s*布/ }).click();
  await expect(update).toContainText('已发布');

  // The reader's page shows it without reloading, latest first, causes marked 待核实.
  await expect(portal.locator('#incident-latest')).toContainText(FACTS, { timeout: 10_000 });
  await expect(portal.locator('#incident-latest')).toContainText('待核实');
  await expect(portal.locator('#incident-timeline')).toContainText(FACTS);
  expect(await portal.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // The 5-hour clock is met; the 24-hour one still runs.
  await expect(info).toContainText('已完成');
  await expect(info.locator('[data-status]')).toHaveAttribute('data-status', 'met');
  await expect(conference).toContainText('计时中');
  await reader.close();
});
