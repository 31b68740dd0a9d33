import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ADMIN,
  apiCall,
  expectAccessible,
  type Harness,
  openTab,
  settle,
  signInViaApi,
  signInViaForm,
  startHarness,
  visit,
} from './harness.ts';

describe('accessibility: every page is axe-clean (WCAG 2.1 A/AA)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  for (const language of ['nb', 'en'] as const) {
    it(`in ${language === 'nb' ? 'Norwegian' : 'English'}`, { timeout: 90_000 }, async () => {
      const tab = await openTab(h, language);
      const { page } = tab;
      tab.allow(/status of 401/); // the deliberately wrong password below

      await visit(page, '/login');
      assert.equal(await page.locator('html').getAttribute('lang'), language);
      await expectAccessible(page, `login (${language})`);

      await signInViaForm(page, ADMIN, 'not-the-password');
      await page.locator('.login__failure').waitFor();
      await expectAccessible(page, `login with an error (${language})`);

      await signInViaForm(page, ADMIN);
      await page.locator('.member-card').first().waitFor();
      await settle(page);
      await expectAccessible(page, `landing page (${language})`);

      await page.locator('.member-card h3 a', { hasText: 'Rauma kommune' }).click();
      await page.locator('#contacts-heading').waitFor();
      await page.locator('#member-users-heading').waitFor();
      await settle(page);
      await expectAccessible(page, `member page (${language})`);

      await page.locator('.app-nav a[href="/admin/users"]').click();
      await page.locator('main .table-caption').waitFor();
      await settle(page);
      await expectAccessible(page, `users (${language})`);

      await page.locator('.page-head button').click();
      await page.locator('dialog[open] form').waitFor();
      await page.locator('dialog[open] button[type="submit"]').click();
      await page.locator('dialog[open] [aria-invalid="true"]').first().waitFor();
      await expectAccessible(page, `create-user dialog with errors (${language})`);
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });

      // Something with before/after values for the audit log's details view.
      await apiCall(tab, 'POST', '/api/users', {
        email: `axe-${language}@example.no`,
        name: `Axe ${language}`,
        roles: [{ role: 'agent', memberId: null }],
      });
      await page.locator('.app-nav a[href="/admin/audit"]').click();
      await page.locator('.audit-table').waitFor();
      await page.locator('main table button[aria-expanded]').first().click();
      await page.locator('.diff-table').waitFor();
      await expectAccessible(page, `audit log with details open (${language})`);

      await visit(page, '/finnes-ikke');
      await expectAccessible(page, `404 (${language})`);
      await tab.close();
    });
  }

  it('on a narrow screen (390 px), where wide tables scroll', { timeout: 60_000 }, async () => {
    const tab = await openTab(h, 'nb', 390);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    for (const pathname of ['/', '/admin/users', '/admin/audit']) {
      await visit(page, pathname);
      await page.locator('main .member-card, main table').first().waitFor();
      await expectAccessible(page, `${pathname} at 390 px`);
    }
    await visit(page, '/');
    await page.locator('.member-card h3 a', { hasText: 'Rauma kommune' }).click();
    await page.locator('#member-users-heading').waitFor();
    await settle(page);
    // The contact table is wider than the screen: its frame is a focusable, named region.
    const region = page.getByRole('region', { name: /Kontaktpersoner for Rauma kommune/ });
    assert.equal(await region.getAttribute('tabindex'), '0');
    await expectAccessible(page, 'member page at 390 px');
    await tab.close();
  });
});
