import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ADMIN,
  apiCall,
  EMPLOYEE,
  expectAccessible,
  type Harness,
  openTab,
  settle,
  signInViaApi,
  signInViaForm,
  startHarness,
  textOf,
  textsOf,
  visit,
} from './harness.ts';

describe('signing in and out, navigation by role, keyboard use', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.stop();
  });

  it('a wrong password shows the one generic message', async () => {
    const tab = await openTab(h);
    tab.allow(/status of 401/);
    const { page } = tab;
    await visit(page, '/login');
    await signInViaForm(page, ADMIN, 'definitely-wrong');
    const alert = page.locator('.login__failure');
    await alert.waitFor();
    assert.match(await textOf(alert), /Feil e-postadresse eller passord, eller kontoen er midlertidig sperret\./);
    // The alert takes focus so screen readers announce it; the password is cleared.
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('login__failure')), true);
    assert.equal(await page.locator('input[name="password"]').inputValue(), '');
    await tab.close();
  });

  it('empty fields get messages at the fields, without calling the server', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await visit(page, '/login');
    await page.locator('form button[type="submit"]').click();
    await page.getByText('Skriv inn e-postadressen din.').waitFor();
    await page.getByText('Skriv inn passordet ditt.').waitFor();
    assert.equal(await page.locator('input[name="email"]').getAttribute('aria-invalid'), 'true');
    await tab.close();
  });

  it('a signed-out visitor is sent to /login and back to the page after signing in as admin', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await page.goto('/admin/audit?action=login');
    await page.waitForURL('**/login');
    await page.locator('h1', { hasText: 'Logg inn' }).waitFor();
    await signInViaForm(page, ADMIN);
    await page.waitForURL('**/admin/audit?action=login');
    await page.locator('h1', { hasText: 'Revisjonslogg' }).waitFor();
    const nav = page.locator('nav.app-nav');
    assert.deepEqual(await textsOf(nav.locator('a')), [
      'Oversikt',
      'Selvbetjening',
      'Kunnskap',
      'Kundeservice',
      'Statistikk',
      'Kanaler',
      'Økonomi',
      'Styring',
      'Enheter',
      'Rapporter',
      'Brukere',
      'Revisjonslogg',
    ]);
    assert.match(await textOf(page.locator('.brand')), /Samdrift\s*ROR-IKT/);
    assert.match(await textOf(page.locator('.user-badge')), /Astrid Administrator\s*Administrator/);
    await tab.close();
  });

  it('an OpenID Connect failure (?error=) is explained on the login page', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await visit(page, '/login?error=forbidden');
    await page.getByText('Kontoen din har ikke tilgang til Samdrift.', { exact: false }).waitFor();
    await visit(page, '/login?error=oidc_failed');
    await page.getByText('Innloggingen hos identitetsleverandøren mislyktes.', { exact: false }).waitFor();
    await tab.close();
  });

  it('keyboard: the first Tab reaches the skip link, which moves focus to main', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    assert.deepEqual(first, { text: 'Hopp til hovedinnhold', href: '#main-content' });
    assert.ok(await page.locator('.ds-skip-link').isVisible(), 'the focused skip link is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest('main')), true);
    await tab.close();
  });

  it('keyboard: a focused control shows a visible focus ring', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand link
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      return { tag: el.tagName, outline: cs.outlineStyle, width: cs.outlineWidth };
    });
    assert.equal(style.tag, 'A');
    assert.notEqual(style.outline, 'none');
    assert.notEqual(style.width, '0px');
    await tab.close();
  });

  it('an employee sees neither Brukere nor Revisjonslogg and gets "Ingen tilgang" on admin pages', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, EMPLOYEE);
    await visit(page, '/');
    await page.locator('.member-card').first().waitFor();
    const links = await textsOf(page.locator('nav.app-nav a'));
    assert.deepEqual(links, ['Oversikt', 'Selvbetjening', 'Kunnskap', 'Styring']);
    assert.equal(await page.locator('main a[href="/admin/users"], footer a[href="/api/docs"]').count(), 0);

    await visit(page, '/admin/users');
    await page.locator('h1', { hasText: 'Ingen tilgang' }).waitFor();
    assert.match(await textOf(page.locator('[data-testid="no-access"]')), /krever rollen Administrator/);
    await expectAccessible(page, 'no access');
    await visit(page, '/admin/audit');
    await page.locator('h1', { hasText: 'Ingen tilgang' }).waitFor();

    // A member page without the member's users (the API would refuse them).
    await visit(page, '/');
    await page.locator('.member-card h3 a', { hasText: 'Aukra kommune' }).click();
    await page.locator('#contacts-heading').waitFor();
    await settle(page);
    assert.equal(await page.locator('#member-users-heading').count(), 0);
    assert.equal(await page.locator('#add-contact-heading').count(), 0);
    await tab.close();
  });

  it('the language switch changes the texts and <html lang>, and the choice is kept', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
    await page.getByRole('button', { name: 'Change the language to English' }).click();
    await page.locator('nav.app-nav a', { hasText: 'Overview' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.reload();
    await settle(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await textsOf(page.locator('nav.app-nav a')), [
      'Overview',
      'Self-service',
      'Knowledge',
      'Service desk',
      'Statistics',
      'Channels',
      'Economy',
      'Governance',
      'Devices',
      'Reports',
      'Users',
      'Audit log',
    ]);
    await page.getByRole('button', { name: 'Bytt språk til norsk' }).click();
    await page.locator('nav.app-nav a', { hasText: 'Oversikt' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
    await tab.close();
  });

  it('signing out returns to /login, and the pages are closed again', async () => {
    const tab = await openTab(h);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/admin/users');
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL('**/login');
    await page.locator('h1', { hasText: 'Logg inn' }).waitFor();
    assert.equal(await page.locator('nav.app-nav').count(), 0);
    await page.goto('/');
    await page.waitForURL('**/login');
    const session = await (await tab.context.request.get('/api/auth/session')).json();
    assert.equal(session.authenticated, false);
    await tab.close();
  });

  it('OpenID Connect providers appear as sign-in buttons; a 429 tells how long to wait', async () => {
    const tab = await openTab(h);
    tab.allow(/status of 429/);
    const { page } = tab;
    await page.route('**/api/auth/providers', (route) =>
      route.fulfill({
        json: { providers: [{ id: 'entra-molde', label: 'Molde kommune', startUrl: '/auth/oidc/entra-molde/start' }] },
      }),
    );
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '120' },
        json: { error: { code: 'too_many_requests', message: 'Too many attempts.' } },
      }),
    );
    await visit(page, '/login');
    const provider = page.getByRole('link', { name: 'Logg inn med Molde kommune' });
    await provider.waitFor();
    assert.equal(await provider.getAttribute('href'), '/auth/oidc/entra-molde/start');
    await expectAccessible(page, 'login with a provider');
    await signInViaForm(page, ADMIN);
    await page.getByText('For mange innloggingsforsøk. Vent 2 minutter før du prøver igjen.').waitFor();
    await tab.close();
  });

  it('when the session ends, the next action leads to /login with an explanation', async () => {
    const tab = await openTab(h);
    tab.allow(/status of 401/);
    const { page } = tab;
    await signInViaApi(tab, ADMIN);
    await visit(page, '/');
    await page.locator('.member-card').first().waitFor();
    // Sign out behind the page's back (as an expired session would look).
    await apiCall(tab, 'POST', '/api/auth/logout', {});
    await page.locator('nav.app-nav a', { hasText: 'Brukere' }).click();
    await page.waitForURL('**/login');
    await page.getByText('Økten din er utløpt. Logg inn igjen for å fortsette.').waitFor();
    await signInViaForm(page, ADMIN);
    await page.waitForURL('**/admin/users');
    await page.locator('h1', { hasText: 'Brukere' }).waitFor();
    await tab.close();
  });
});
