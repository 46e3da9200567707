/** What the journeys share: the demo accounts' password, logging in, and picking in an Ant Design select. */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

/** Every account of the demo district has this password. */
export const DEMO_PASSWORD = 'Wulong@2026';

/** Fills the login form on screen and submits it, nothing more: the caller checks the outcome (wrong passwords are tested too). */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Logs this page in and waits for the console home. */
export async function logIn(page: Page, username: string) {
  await page.goto('/console/login');
  await submitLogin(page, username);
  // The first login loads the console's code: slow on a busy machine.
  await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible({ timeout: 60_000 });
}

/** A page in a context of its own (its own cookies), logged in: for journeys where several people take turns. */
export async function loggedInPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, username);
  return page;
}

/**
 * Picks `option` in an Ant Design select (`field` is its input), then checks the select shows it chosen.
 * With `searchPath` (a server-side search, e.g. '/api/v1/people') it first waits for the answer to `search`:
 * until then the list is about to be replaced, and a click on it can choose nothing. The answer must not
 * already be cached by the page.
 */
export async function choose(field: Locator, option: string | RegExp, { search, searchPath }: { search?: string; searchPath?: string } = {}) {
  const page = field.page();
  await field.click();
  if (search !== undefined) {
    const answered =
      searchPath &&
      page.waitForResponse((response) => {
        const url = new URL(response.url());
        return response.ok() && url.pathname === searchPath && url.searchParams.get('q') === search.trim();
      });
    await field.fill(search);
    await answered;
  }
  // Chosen: a tag (multiple) or the shown value (single) in the select itself.
  const select = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const chosen = select.locator('.ant-select-selection-item, .ant-select-content-has-value').filter({ hasText: option }).first();
  const list = page.locator('.ant-select-dropdown:visible');
  // A click can land while the list is being filtered and pick nothing: then open it and pick again.
  await expect(async () => {
    if (!(await list.first().isVisible())) {
      await field.click();
      if (search !== undefined) await field.fill(search);
    }
    await list.locator('.ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 5_000 });
    await expect(chosen).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
}
