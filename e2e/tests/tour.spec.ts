/**
 * Every page of the side menu opens for the people who use it: the page's own title, no error
 * shown, no failed API call, no script error. The journeys go deep into some pages; this one
 * makes sure none of the others is broken.
 */
import { expect, test } from '@playwright/test';
import { logIn } from '../support';

for (const [username, who] of [
  ['xinwenban', 'the news office'],
  ['baima.shenpi', 'a township principal'],
  ['shenji', 'the auditor'],
] as const) {
  test(`every menu page opens for ${who}`, async ({ page }) => {
    test.setTimeout(240_000);
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    await logIn(page, username);

    const links = page.locator('.ant-layout-sider [role="menuitem"] a');
    const pages = await links.evaluateAll((anchors) => anchors.map((a) => ({ name: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
    expect(pages.length).toBeGreaterThan(5);
    for (const { name, href } of pages) {
      await page.goto(href);
      await expect(page, `${name} (${href})`).toHaveTitle(new RegExp(`^${name}`));
      await expect(page.getByText('页面不存在')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.ant-alert-error'), `${name} shows an error`).toHaveCount(0);
    }
    expect(failures).toEqual([]);
  });
}
