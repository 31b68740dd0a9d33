import type { TestContext } from './context.ts';
import { TEST_PASSWORD } from './factories.ts';

/** A browser-like API client over `app.request`: keeps the session cookie and sends the CSRF token. */
export class ApiClient {
  private cookie = '';
  csrf = '';

  constructor(private readonly ctx: Pick<TestContext, 'app'>) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.ctx.app.request(path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /samdrift_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `samdrift_session=${m[1]}` : '';
    }
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);

  /** A GET whose answer is a file (PDF, zip): status and the exact bytes. */
  async bytes(path: string) {
    const res = await this.ctx.app.request(path, { headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  put = (path: string, body: unknown) => this.request('PUT', path, body);

  async login(email: string, password = TEST_PASSWORD) {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${res.text}`);
    this.csrf = res.json.csrfToken;
    return this;
  }
}

export async function signedIn(ctx: TestContext, email: string) {
  return new ApiClient(ctx).login(email);
}
