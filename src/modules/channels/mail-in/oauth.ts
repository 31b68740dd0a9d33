// Access tokens for mailboxes that sign in with OAuth2 (Microsoft 365: an app registration with the
// IMAP.AccessAsApp permission; token URL https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token,
// scope https://outlook.office365.com/.default). The client-credentials grant (openid-client) gives
// a token IMAP takes as XOAUTH2; tokens are kept in memory until a minute before they expire.
import * as client from 'openid-client';

export const M365_SCOPE = 'https://outlook.office365.com/.default';

export interface OAuthClient {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string | null;
}

const cache = new Map<string, { token: string; until: number }>();

export async function accessToken(o: OAuthClient, now = Date.now()): Promise<string> {
  const key = `${o.tokenUrl}\n${o.clientId}\n${o.clientSecret}\n${o.scope ?? M365_SCOPE}`;
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.token;
  const url = new URL(o.tokenUrl);
  const config = new client.Configuration(
    { issuer: url.origin, token_endpoint: o.tokenUrl },
    o.clientId,
    undefined,
    client.ClientSecretPost(o.clientSecret),
  );
  // a token endpoint on this machine (tests, a local relay) may speak plain http
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    client.allowInsecureRequests(config);
  let res: Awaited<ReturnType<typeof client.clientCredentialsGrant>>;
  try {
    res = await client.clientCredentialsGrant(config, { scope: o.scope ?? M365_SCOPE });
  } catch (err) {
    const e = err as { error?: string; error_description?: string; message?: string };
    throw new Error(`OAuth2 token request refused: ${e.error ?? ''} ${e.error_description ?? e.message ?? ''}`.trim());
  }
  const seconds = res.expires_in ?? 3600;
  cache.set(key, { token: res.access_token, until: now + Math.max(0, seconds - 60) * 1000 });
  return res.access_token;
}
