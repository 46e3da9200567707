/**
 * Topics, talking points and search (A9.2, A9.3, A14, A17): a spokesperson's press section
 * proposes a topic, the principal endorses it, the news office accepts it and turns it into a
 * conference application; the press section drafts a talking point, the principal approves it;
 * searching 防汛 finds the talking point, the topic and a release — and a user of another unit
 * searching the same word does not see the internal talking point.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { loggedInPage } from '../support';

// A shared, busy machine: give each step room.
const expect = baseExpect.configure({ timeout: 30_000 });

const TOPIC = '主汛期防汛交通保障新闻发布会';
const POINT = '防汛期间国省道通行口径';
const RELEASE = '区交通运输局防汛保通工作情况';

async function searchInHeader(page: Page, words: string) {
  const box = page.getByRole('banner').getByLabel('全文检索');
  await box.fill(words);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/console\/search\?q=/);
}

test('a topic goes from the spokesperson to a conference application; a talking point is approved; search respects units', async ({ browser }) => {
  // Five people take their turns: a long journey.
  test.setTimeout(300_000);
  // The press section of 区交通局 proposes a topic (A9.2).
  const editor = await loggedInPage(browser, 'jiaotong.bianji');
  await editor.getByRole('menuitem', { name: '发布选题' }).click();
  await editor.getByRole('button', { name: '提出选题' }).click();
  const proposal = editor.getByRole('dialog', { name: '提出发布选题' });
  await proposal.getByLabel('选题标题').fill(TOPIC);
  await proposal.getByLabel('选题理由（为什么现在发布）').fill('入汛以来降雨偏多，群众关心防汛期间道路通行和避险安排。');
  await proposal.getByRole('button', { name: /提\s*交/ }).click();
  await expect(editor.getByText('选题已提出，待本单位主要负责人审核')).toBeVisible();
  await expect(editor.getByRole('row', { name: new RegExp(TOPIC) })).toContainText('待主要负责人审核');

  // The principal endorses it.
  const principal = await loggedInPage(browser, 'jiaotong.shenpi');
  await principal.getByRole('menuitem', { name: '发布选题' }).click();
  await principal.getByRole('link', { name: TOPIC }).click();
  await expect(principal.getByRole('dialog', { name: '选题详情' })).toBeVisible();
  await principal.getByRole('button', { name: '审核同意' }).click();
  await principal.getByRole('dialog', { name: '审核同意' }).getByRole('button', { name: /确\s*定/ }).click();
  await expect(principal.getByText('已审核同意，报区政府新闻办')).toBeVisible();
  // The notice sits over the drawer's close button, and a pointer resting on it keeps it open: let it go first.
  await expect(principal.getByText('已审核同意，报区政府新闻办')).toBeHidden();
  await principal.getByRole('dialog', { name: '选题详情' }).getByRole('button', { name: '关闭' }).click();

  // The news office accepts it into the pool and turns it into a conference application (A14, A15).
  const office = await loggedInPage(browser, 'xinwenban');
  await office.getByRole('menuitem', { name: '发布选题' }).click();
  await office.getByRole('link', { name: TOPIC }).click();
  await expect(office.getByRole('dialog', { name: '选题详情' })).toBeVisible();
  await office.getByRole('button', { name: '纳入选题库' }).click();
  await office.getByRole('dialog', { name: '纳入选题库' }).getByRole('button', { name: /确\s*定/ }).click();
  await expect(office.getByText('已纳入全区选题库')).toBeVisible();
  await office.getByRole('button', { name: '转为新闻发布会申报' }).click();
  await office.getByRole('dialog', { name: '转为新闻发布会申报' }).getByRole('button', { name: /确\s*定/ }).click();
  await expect(office).toHaveURL(/\/console\/conferences\/\d+$/);
  const conferenceUrl = office.url();
  await expect(office.getByText(TOPIC).first()).toBeVisible();

  // The press section drafts a talking point; the principal approves it (A9.3).
  await editor.getByRole('menuitem', { name: '口径库' }).click();
  await editor.getByRole('button', { name: '起草口径' }).click();
  const draft = editor.getByRole('dialog', { name: '起草口径' });
  await draft.getByLabel('口径主题').fill(POINT);
  await draft.getByLabel('问题 1').fill('防汛期间G319国道能否正常通行？');
  await draft.getByLabel('答问口径').fill('防汛期间G319国道总体通行正常，遇强降雨路段将实行临时交通管制，请关注“武隆微发布”。');
  await draft.getByLabel('所依据的事实').fill('今年汛期已处置落石、塌方12处，内部统计数据暂不公开。');
  await draft.getByLabel('生效日期').fill('2026-01-01');
  await draft.getByLabel('生效日期').press('Enter');
  await draft.getByLabel('复核（失效）日期').fill('2099-12-31');
  await draft.getByLabel('复核（失效）日期').press('Enter');
  await draft.getByRole('button', { name: /保\s*存/ }).click();
  const drawer = editor.getByRole('dialog', { name: POINT });
  await expect(drawer.getByText('起草中').first()).toBeVisible();
  await drawer.getByRole('button', { name: '提交审定' }).click();
  await expect(drawer.getByText('待审定').first()).toBeVisible();

  await principal.getByRole('menuitem', { name: '口径库' }).click();
  await principal.getByRole('link', { name: POINT }).click();
  const review = principal.getByRole('dialog', { name: POINT });
  await review.getByRole('button', { name: '审定通过' }).click();
  await expect(review.getByText('有效', { exact: true }).first()).toBeVisible();
  await expect(principal.locator('.ant-message-notice')).toHaveCount(0);
  await review.getByRole('button', { name: '关闭' }).click();

  // Preparing the conference's Q&A, the press section is offered the approved line and quotes it (A9.3).
  await editor.goto(conferenceUrl);
  await editor.getByRole('tab', { name: '申报材料' }).click();
  await editor.getByRole('button', { name: '可用口径' }).click();
  const usable = editor.getByRole('dialog', { name: '可用口径' });
  const offered = usable.locator('.ant-card', { hasText: POINT });
  await expect(offered).toContainText('防汛期间G319国道总体通行正常');
  await offered.getByRole('button', { name: /引\s*用/ }).click();
  await expect(editor.getByText(`已引用“${POINT}”，并登记使用`)).toBeVisible();

  // A release that went out, with the same word (recorded by the news office, which may publish).
  const created = await office.request.post('/api/v1/releases', {
    data: {
      unitId: (await (await office.request.get('/api/v1/units')).json()).items.find((u: { name: string }) => u.name.includes('交通')).id,
      title: RELEASE,
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: ['disclosure'],
      startsAt: '2026-06-10T10:00:00+08:00',
      status: 'published',
      body: '区交通运输局全力做好防汛保通工作，及时抢通受损路段。',
      confidentialityReview: { reviewer: '区交通运输局保密员', reviewedAt: '2026-06-09T10:00:00+08:00' },
    },
  });
  expect(created.status()).toBe(201);

  // Searching 防汛 in the console finds the talking point, the topic and the release.
  await searchInHeader(principal, '防汛');
  const results = principal.locator('.ant-list');
  await expect(results.getByRole('link', { name: POINT })).toBeVisible();
  await expect(results.getByRole('link', { name: TOPIC })).toBeVisible();
  await expect(results.getByRole('link', { name: RELEASE })).toBeVisible();
  await expect(results.locator('mark', { hasText: '防汛' }).first()).toBeVisible();

  // A user of another unit searching the same word sees the public release, not the internal talking point (A17).
  const other = await loggedInPage(browser, 'baima.bianji');
  await searchInHeader(other, '防汛');
  await expect(other.locator('.ant-list').getByRole('link', { name: RELEASE })).toBeVisible();
  await expect(other.getByText(POINT)).toHaveCount(0);
  await expect(other.getByText('内部统计数据')).toHaveCount(0);
  await expect(other.getByText(TOPIC)).toHaveCount(0);

  // The portal searches the public releases alone.
  await other.goto(`/search?q=${encodeURIComponent('防汛')}`);
  await expect(other.getByRole('link', { name: RELEASE })).toBeVisible();
  await expect(other.getByText(POINT)).toHaveCount(0);
});
