import * as client from 'openid-client';
import type { Config, OidcProviderConfig } from '../../config.ts';
import { AppError } from '../errors.ts';

export interface PendingLogin {
  provider: string;
  state: string;
  nonce: string;
  verifier: string;
}

/**
 * OpenID Connect relying party for each configured provider (Entra ID per member, Ansattporten).
 * Discovery runs on first use and is cached, so an issuer that is down does not stop start-up.
 */
export class OidcClients {
  private readonly configs = new Map<string, Promise<client.Configuration>>();

  constructor(private readonly config: Config) {}

  list(): { id: string; label: string }[] {
    return this.config.oidcProviders.map((p) => ({ id: p.id, label: p.label }));
  }

  provider(id: string): OidcProviderConfig {
    const p = this.config.oidcProviders.find((x) => x.id === id);
    if (!p) throw new AppError('not_found', `No sign-in provider named ${id} is configured.`);
    return p;
  }

  redirectUri(id: string) {
    return `${this.config.publicUrl}/auth/oidc/${id}/callback`;
  }

  private discover(p: OidcProviderConfig): Promise<client.Configuration> {
    let found = this.configs.get(p.id);
    if (!found) {
      // Plain http is only accepted for a local issuer (tests, development).
      const local = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/)/.test(p.issuer);
      found = client.discovery(
        new URL(p.issuer),
        p.clientId,
        p.clientSecret,
        undefined,
        local ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      found.catch(() => this.configs.delete(p.id));
      this.configs.set(p.id, found);
    }
    return found;
  }

  /** Start a sign-in: the URL to send the browser to, and what to remember until it returns. */
  async start(id: string): Promise<{ url: string; pending: PendingLogin }> {
    const p = this.provider(id);
    const cfg = await this.discover(p).catch((err) => {
      throw new AppError(
        'unavailable',
        `The sign-in provider ${p.label} cannot be reached (${(err as Error).message}).`,
      );
    });
    const verifier = client.randomPKCECodeVerifier();
    const pending: PendingLogin = { provider: id, state: client.randomState(), nonce: client.randomNonce(), verifier };
    const url = client.buildAuthorizationUrl(cfg, {
      redirect_uri: this.redirectUri(id),
      scope: p.scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Finish a sign-in: exchange the code and return the verified ID token claims. */
  async finish(id: string, callbackUrl: URL, pending: PendingLogin) {
    const p = this.provider(id);
    if (pending.provider !== id) throw new AppError('bad_request', 'The sign-in was started with another provider.');
    const cfg = await this.discover(p);
    const tokens = await client.authorizationCodeGrant(cfg, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new AppError('unauthenticated', 'The identity provider returned no ID token.');
    const emailOf = (c: Record<string, unknown>) =>
      (typeof c.email === 'string' && c.email) ||
      (typeof c.preferred_username === 'string' && c.preferred_username.includes('@')
        ? c.preferred_username
        : undefined);
    // Providers may return the email and profile claims only from the UserInfo endpoint when an
    // access token is issued (OpenID Connect Core 5.4); ask it when the ID token has no address.
    let claims: Record<string, unknown> & { iss: string; sub: string } = idClaims;
    if (!emailOf(idClaims) && tokens.access_token && cfg.serverMetadata().userinfo_endpoint) {
      claims = { ...(await client.fetchUserInfo(cfg, tokens.access_token, idClaims.sub)), ...idClaims };
    }
    const email = emailOf(claims);
    return {
      provider: p,
      subject: `${claims.iss}|${claims.sub}`,
      email: email || undefined,
      name: typeof claims.name === 'string' ? claims.name : undefined,
      // Entra ID sends no email_verified; only an explicit false counts as unverified.
      emailVerified: claims.email_verified !== false,
    };
  }
}
