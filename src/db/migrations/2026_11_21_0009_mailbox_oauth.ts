import { type Kysely, sql } from 'kysely';

/**
 * Mailboxes that sign in with OAuth2 (Microsoft 365 / Exchange Online, where IMAP with a password
 * is switched off): the client-credentials grant of an app registration gives an access token that
 * IMAP takes as XOAUTH2. A mailbox has either a password or an OAuth2 client.
 */
const statements = [
  `alter table mailbox add column auth text not null default 'password' check (auth in ('password', 'oauth2'))`,
  `alter table mailbox alter column password drop not null`,
  `alter table mailbox add column oauth_token_url text`,
  `alter table mailbox add column oauth_client_id text`,
  `alter table mailbox add column oauth_client_secret text`,
  `alter table mailbox add column oauth_scope text`,
  `alter table mailbox add constraint mailbox_signin_check check (
    (auth = 'password' and password is not null) or
    (auth = 'oauth2' and oauth_token_url is not null and oauth_client_id is not null and oauth_client_secret is not null)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
