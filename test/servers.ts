// Real local servers for the channel tests: SMTP (smtp-server), IMAP (hoodiecrow, an IMAP4rev1
// server written for client testing) and an HTTP receiver for webhooks. Each listens on loopback on
// a free port and can be told to refuse, so tests see how Samdrift behaves when a peer is down.
import http from 'node:http';
import { createRequire } from 'node:module';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps what it receives; `down` refuses every message. */
export async function startSmtp() {
  const received: { to: string[]; raw: string }[] = [];
  const state = { down: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (d: Buffer) => {
        raw += d.toString('latin1');
      });
      stream.on('end', () => {
        if (state.down) return cb(new Error('451 mailbox unavailable, try later'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { received, state, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const require = createRequire(import.meta.url);
const hoodiecrow = require('hoodiecrow-imap') as (o: unknown) => {
  listen(port: number, host: string, cb: () => void): void;
  close(cb?: () => void): void;
  server: { address(): { port: number } };
  folderCache: Record<string, { messages: unknown[] }>;
  appendMessage(folder: string, flags: string[], internaldate: Date | string | false, raw: string): void;
};

export const IMAP_USER = 'testuser';
export const IMAP_PASS = 'testpass';

/** A mailbox row that reads the local IMAP server on `port` for the cooperation. */
export function imapMailbox(cooperationId: string, port: number) {
  const now = new Date();
  return {
    id: crypto.randomUUID(),
    cooperation_id: cooperationId,
    name: 'Servicedesk',
    address: 'servicedesk@ror-ikt.test',
    host: '127.0.0.1',
    port,
    tls: false,
    username: IMAP_USER,
    password: IMAP_PASS,
    created_at: now,
    updated_at: now,
  };
}

/** hoodiecrow keeps a mail as a string of bytes: UTF-8 text goes in as its bytes, one char each. */
const bytes = (raw: string) => Buffer.from(raw, 'utf8').toString('latin1');

/** The access token the IMAP server takes from IMAP_USER over XOAUTH2 (as Exchange Online would). */
export const IMAP_TOKEN = 'imap-access-token';

/** A real IMAP server on loopback with an INBOX holding the given raw mails; `append` adds more. */
export async function startImap(raws: string[] = []) {
  const server = hoodiecrow({
    plugins: ['UIDPLUS', 'AUTH-PLAIN', 'SASL-IR', 'XOAUTH2'],
    users: { [IMAP_USER]: { password: IMAP_PASS, xoauth2: { accessToken: IMAP_TOKEN } } },
    storage: { INBOX: { messages: raws.map((raw) => ({ raw: bytes(raw), flags: [] })) } },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.server.address().port;
  return {
    port,
    append: (raw: string) => server.appendMessage('INBOX', [], false, bytes(raw)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A local HTTP receiver for webhooks: keeps each post; while `down`, answers 503. */
export async function startReceiver() {
  const posts: { path: string; body: string }[] = [];
  const state = { down: false };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => {
      body += d.toString('utf8');
    });
    req.on('end', () => {
      if (state.down) {
        res.writeHead(503).end('down for maintenance');
        return;
      }
      posts.push({ path: req.url ?? '', body });
      res.writeHead(200).end('1');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    posts,
    state,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * An OAuth2 token endpoint (client-credentials grant, client_secret_post) on loopback, as Microsoft
 * Entra ID answers it: the right client gets IMAP_TOKEN, anything else `invalid_client`.
 */
export async function startTokenServer(client: { id: string; secret: string }) {
  const requests: URLSearchParams[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => {
      body += d.toString('utf8');
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      requests.push(form);
      const ok =
        form.get('grant_type') === 'client_credentials' &&
        form.get('client_id') === client.id &&
        form.get('client_secret') === client.secret;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          ok
            ? { access_token: IMAP_TOKEN, token_type: 'Bearer', expires_in: 3599 }
            : { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/tenant/oauth2/v2.0/token`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
