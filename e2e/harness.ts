/**
 * Browser-test harness: the real server in-process on a fresh database with the demo cooperation,
 * headless Debian Chromium, and helpers that fail a test on console errors and axe violations.
 * Run `npm run build` first: the server serves web/dist.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';

export const DEMO_PASSWORD = 'samdrift-demo';
export const ADMIN = 'admin@ror-ikt.no';
export const LEADER = 'leder@ror-ikt.no';
export const EMPLOYEE = 'ansatt@rauma.kommune.no';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** One server and one browser, shared by the tests of a file (start in `before`, stop in `after`). */
export async function startHarness(): Promise<Harness> {
  const dist = path.resolve(import.meta.dirname, '../web/dist/index.html');
  assert.ok(fs.existsSync(dist), 'web/dist is missing: run `npm run build` before the browser tests.');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'samdrift-e2e-'));
  const [server, browser] = await Promise.all([
    startServer(
      loadConfig({
        SAMDRIFT_DATA: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        SAMDRIFT_DEMO: 'true',
        // A smaller generated ticket history than the demo's year keeps each file's start short.
        SAMDRIFT_DEMO_TICKETS: '1500',
        LOG_LEVEL: 'silent',
      }),
      () => {},
    ),
    chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }),
  ]);
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** console errors and page errors seen so far (minus the allowed ones) */
  errors: string[];
  /** an error message the test expects, e.g. the 401 of a wrong password */
  allow(pattern: RegExp): void;
  /** close the context; fails when the page logged an unexpected error */
  close(): Promise<void>;
}

/** A fresh browser context (own cookies and storage) with the UI language set. */
export async function openTab(h: Harness, language: 'nb' | 'en' = 'nb', width = 1280): Promise<Tab> {
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    locale: language === 'nb' ? 'nb-NO' : 'en-GB',
    timezoneId: 'Europe/Oslo',
    viewport: { width, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  await context.addInitScript((lng) => {
    if (!localStorage.getItem('samdrift.language')) localStorage.setItem('samdrift.language', lng);
  }, language);
  const page = await context.newPage();
  const allowed: RegExp[] = [];
  const errors: string[] = [];
  const record = (text: string) => {
    if (!allowed.some((re) => re.test(text))) errors.push(text);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') record(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => record(`pageerror: ${err.message}`));
  return {
    context,
    page,
    errors,
    allow: (pattern) => allowed.push(pattern),
    async close() {
      await context.close();
      assert.deepEqual(errors, [], `The page logged errors:\n${errors.join('\n')}`);
    },
  };
}

/** Sign in through the API (fast); the context's cookie is then set for the UI. */
export async function signInViaApi(tab: Tab, email: string, password = DEMO_PASSWORD) {
  const res = await tab.context.request.post('/api/auth/login', { data: { email, password } });
  assert.equal(res.status(), 200, `sign-in as ${email} failed: ${res.status()} ${await res.text()}`);
}

/** Sign in through the form on /login. */
export async function signInViaForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** Go to a path and wait until the page has its heading and nothing is loading. */
export async function visit(page: Page, pathname: string) {
  await page.goto(pathname);
  await settle(page);
}

export async function settle(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.loading') === null);
}

/** Assert that axe finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = result.violations.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n')}`,
  );
  assert.equal(result.violations.length, 0, `axe found violations on ${label}:\n${report.join('\n')}`);
}

/** A state-changing API call with the signed-in context's session and CSRF token (for test setup). */
export async function apiCall(tab: Tab, method: 'POST' | 'PATCH', pathname: string, body: unknown) {
  const session = await (await tab.context.request.get('/api/auth/session')).json();
  const res = await tab.context.request.fetch(pathname, {
    method,
    data: body,
    headers: { 'x-csrf-token': String(session.csrfToken) },
  });
  assert.ok(res.ok(), `${method} ${pathname} failed: ${res.status()} ${await res.text()}`);
  return res.status() === 204 ? undefined : res.json();
}

/** The rendered text of an element, as a reader sees it (line breaks between blocks). */
export function textOf(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the test checks
  return locator.innerText();
}

/** The rendered texts of every element the locator matches. */
export function textsOf(locator: Locator): Promise<string[]> {
  return locator.allInnerTexts();
}

/** Norwegian typography (no-break spaces) as plain text, whitespace collapsed. */
export const plain = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Wait for the success message of the page's status region. */
export const notice = (page: Page, text: string | RegExp) => page.locator('.notice-region').getByText(text).waitFor();

/** The field in main with exactly this accessible name. */
export const field = (page: Page, label: string) => page.locator('main').getByLabel(label, { exact: true });

/** A signed-in tab for one of the demo users. */
export async function tabFor(h: Harness, email: string): Promise<Tab> {
  const tab = await openTab(h);
  await signInViaApi(tab, email);
  return tab;
}
