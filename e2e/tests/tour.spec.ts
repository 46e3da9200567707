/**
 * Every page of the side menu opens for the people who use it: the page's own title, no error
 * shown, no failed API call, no script error. The journeys go deep into some pages; this one
 * makes sure none of the others is broken.
 */
import { expect, test, type Page } from '@playwright/test';
import { logIn } from '../support';

for (const [username, who] of [
  ['xinwenban', 'the news office'],
  ['baima.shenpi', 'a township principal'],
  ['shenji', 'the auditor'],
] as const) {
  test(`every menu page opens for ${who}`, async ({ page }) => {
    test.setTimeout(240_000);
    const failures: string[] = [];
    let apiCallsInFlight = 0;
    const isApi = (url: string) => url.includes('/api/');
    page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
    page.on('request', (request) => void (isApi(request.url()) && apiCallsInFlight++));
    page.on('requestfinished', (request) => void (isApi(request.url()) && apiCallsInFlight--));
    page.on('requestfailed', (request) => void (isApi(request.url()) && apiCallsInFlight--));
    page.on('response', (response) => {
      if (isApi(response.url()) && response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    await logIn(page, username);

    const links = page.locator('.ant-layout-sider [role="menuitem"] a');
    const pages = await links.evaluateAll((anchors) => anchors.map((a) => ({ name: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
    expect(pages.length).toBeGreaterThan(5);
    for (const [i, { name, href }] of pages.entries()) {
      // Through the menu, as a user goes: the console is not loaded again for every page.
      await links.nth(i).click();
      await expect(page, `${name} (${href})`).toHaveTitle(new RegExp(`^${name}`));
      await expect(page.getByText('页面不存在')).toHaveCount(0);
      await settled(page, () => apiCallsInFlight);
      await expect(page.locator('.ant-alert-error'), `${name} shows an error`).toHaveCount(0);
    }
    expect(failures).toEqual([]);
  });
}

/** The page has settled, as Playwright's networkidle after a load: for 300 ms no API call in flight and nothing loading. */
async function settled(page: Page, apiCallsInFlight: () => number) {
  let quietSince = 0;
  await expect
    .poll(
      async () => {
        const busy = apiCallsInFlight() > 0 || (await page.locator('.ant-skeleton, .ant-spin-spinning').count()) > 0;
        quietSince = busy ? 0 : quietSince || Date.now();
        return quietSince > 0 && Date.now() - quietSince >= 300;
      },
      { intervals: [100] },
    )
    .toBe(true);
}
