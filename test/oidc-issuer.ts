import { generateKeyPair, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';

/**
 * A real OpenID Provider for tests: `oidc-provider` on 127.0.0.1 with a random port, an in-memory
 * account store and a minimal interaction endpoint that stands in for the login and consent pages.
 * `authorize` plays the browser at the issuer: from the authorization URL to the redirect back to
 * the client, with its own cookie jar.
 */

export interface TestAccount {
  email: string;
  name: string;
  emailVerified?: boolean;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface TestIssuer {
  /** `http://127.0.0.1:<port>` */
  issuer: string;
  /** Accounts by subject; change them between sign-ins to change the claims. */
  accounts: Map<string, TestAccount>;
  /** `METHOD /path` of every request the issuer received, oldest first. */
  requests: string[];
  /**
   * Open `authorizationUrl` in a fresh browser (no provider session), sign in as `accountId`,
   * grant consent, and return the URL the provider redirects back to (the client's redirect URI).
   */
  authorize(authorizationUrl: string, accountId: string): Promise<URL>;
  close(): Promise<void>;
}

// oidc-provider ships no type declarations; this is the little of its API used here.
interface OidcGrant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
}
interface OidcInteraction {
  prompt: { name: string; details: Record<string, unknown> };
  params: Record<string, unknown>;
  session?: { accountId?: string };
  grantId?: string;
}
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<OidcInteraction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    opts?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): OidcGrant;
    find(id: string): Promise<OidcGrant | undefined>;
  };
  on(event: string, listener: (...args: unknown[]) => void): void;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

async function loadProvider(): Promise<ProviderConstructor> {
  // A non-literal specifier keeps the compiler from looking for declarations the package lacks.
  const specifier: string = 'oidc-provider';
  const mod = (await import(specifier)) as { default: ProviderConstructor };
  return mod.default;
}

/** Run `fn` with oidc-provider's development-mode console notices filtered out. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const { warn, info } = console;
  const filter =
    (orig: (...a: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('oidc-provider ')) return;
      orig.apply(console, args);
    };
  console.warn = filter(warn);
  console.info = filter(info);
  try {
    return await fn();
  } finally {
    console.warn = warn;
    console.info = info;
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startIssuer(opts: {
  clients: TestClient[];
  accounts?: Record<string, TestAccount>;
  /**
   * true (oidc-provider's default, as OpenID Connect Core 5.4 allows): the email and profile claims
   * are only at the UserInfo endpoint; false: they are in the ID token too.
   */
  conformIdTokenClaims?: boolean;
}): Promise<TestIssuer> {
  const accounts = new Map(Object.entries(opts.accounts ?? {}));
  const requests: string[] = [];
  const Provider = await quietly(loadProvider);

  let provider: OidcProvider | undefined;
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const errors: unknown[] = [];

  // Stands in for the provider's login and consent pages: the browser POSTs `account=<sub>` to the
  // interaction URL; login signs that account in, consent grants whatever the client asked for.
  const interact = async (req: IncomingMessage, res: ServerResponse) => {
    if (!provider) throw new Error('provider not started');
    if (req.method !== 'POST') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<form method="post"><input name="account"></form>');
      return;
    }
    const form = await readForm(req);
    const details = await provider.interactionDetails(req, res);
    const { prompt, params } = details;
    if (prompt.name === 'login') {
      const accountId = form.get('account') ?? '';
      if (!accounts.has(accountId)) {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'unknown account' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      return;
    }
    if (prompt.name === 'consent') {
      const accountId = details.session?.accountId;
      if (!accountId) throw new Error('consent without a signed-in account');
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId: String(params.client_id) });
      if (!grant) throw new Error('grant not found');
      const d = prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
      if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(d.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: details.grantId ? {} : { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    throw new Error(`unexpected prompt ${prompt.name}`);
  };

  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`);
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((err: unknown) => {
        errors.push(err);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
      return;
    }
    if (!handle) {
      res.writeHead(503).end();
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', use: 'sig', alg: 'RS256' };

  provider = await quietly(
    async () =>
      new Provider(issuer, {
        clients: opts.clients.map((c) => ({
          client_id: c.clientId,
          client_secret: c.clientSecret,
          redirect_uris: c.redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
          // openid-client v6 authenticates with client_secret_post when given a client secret.
          token_endpoint_auth_method: 'client_secret_post',
        })),
        async findAccount(_ctx: unknown, sub: string) {
          const account = accounts.get(sub);
          if (!account) return undefined;
          return {
            accountId: sub,
            async claims() {
              return { sub, email: account.email, email_verified: account.emailVerified ?? true, name: account.name };
            },
          };
        },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        scopes: ['openid', 'email', 'profile'],
        conformIdTokenClaims: opts.conformIdTokenClaims ?? true,
        pkce: { required: () => true },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
        jwks: { keys: [jwk] },
        cookies: { keys: [randomBytes(32).toString('base64url')] },
        ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
        // Report server errors instead of rendering them as HTML only.
        async renderError(ctx: { type: string; body: string }, out: Record<string, string>) {
          ctx.type = 'application/json';
          ctx.body = JSON.stringify(out);
        },
      }),
  );
  provider.on('server_error', (_ctx, err) => errors.push(err));
  handle = provider.callback();

  async function authorize(authorizationUrl: string, accountId: string): Promise<URL> {
    const jar = new CookieJar();
    let url = new URL(authorizationUrl);
    if (url.origin !== issuer) throw new Error(`authorization URL ${url.href} is not at the issuer ${issuer}`);
    let method = 'GET';
    let body: string | undefined;
    for (let hop = 0; hop < 20; hop++) {
      const headers: Record<string, string> = {};
      const cookie = jar.header(url);
      if (cookie) headers.cookie = cookie;
      if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
      const res = await fetch(url, { method, headers, body, redirect: 'manual' });
      jar.store(url, res.headers.getSetCookie());
      const text = await res.text();
      if (errors.length) throw new Error(`issuer failed: ${String(errors[0])}`);
      if (url.pathname.startsWith('/interaction/') && method === 'GET') {
        // The "login page": submit the form.
        method = 'POST';
        body = new URLSearchParams({ account: accountId }).toString();
        continue;
      }
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) {
        throw new Error(`issuer answered ${method} ${url.pathname} with ${res.status}: ${text.slice(0, 500)}`);
      }
      url = new URL(location, url);
      method = 'GET';
      body = undefined;
      if (url.origin !== issuer) return url;
    }
    throw new Error('too many redirects at the issuer');
  }

  return {
    issuer,
    accounts,
    requests,
    authorize,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

/** Just enough of a browser cookie jar for one host: name, value, path and deletion. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  store(from: URL, setCookies: string[]) {
    for (const line of setCookies) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = from.pathname.replace(/\/[^/]*$/, '') || '/';
      let expired = value === '';
      for (const attr of attrs) {
        const [k = '', v = ''] = attr.split('=');
        const key = k.toLowerCase();
        if (key === 'path' && v.startsWith('/')) path = v;
        if (key === 'max-age' && Number(v) <= 0) expired = true;
        if (key === 'expires' && Date.parse(v) <= Date.now()) expired = true;
      }
      const id = `${path}\n${name}`;
      if (expired) this.cookies.delete(id);
      else this.cookies.set(id, { value, path });
    }
  }

  header(to: URL): string {
    const out: string[] = [];
    for (const [id, c] of this.cookies) {
      const name = id.slice(id.indexOf('\n') + 1);
      const p = to.pathname;
      if (p === c.path || (p.startsWith(c.path) && (c.path.endsWith('/') || p[c.path.length] === '/'))) {
        out.push(`${name}=${c.value}`);
      }
    }
    return out.join('; ');
  }
}
