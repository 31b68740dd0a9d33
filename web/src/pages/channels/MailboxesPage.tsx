import { Button, Checkbox, Heading, Link, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelsApi, rawMailUrl } from '../../api/endpoints.ts';
import { INBOUND_OUTCOMES, type Mailbox, type MailboxInput } from '../../api/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { RadioGroup } from '../../components/ChoiceFields.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatBytes, formatNumber } from '../../lib/format.ts';
import { looksLikeEmail } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSubmit } from '../../lib/useSubmit.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { focusSoon, issueCode, parseWhole } from '../devices/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import {
  ActiveTag,
  ChannelsHead,
  ChooseLink,
  DataTable,
  FilterSelect,
  FormCard,
  InboundTag,
  ListState,
  RefreshButton,
  TicketLink,
  useChosen,
  useFilterParam,
  When,
} from './shared.tsx';

/** Mailboxes read over IMAP into tickets and comments, and what each mail became. */
export function MailboxesPage() {
  const { t } = useTranslation();
  usePageTitle(t('channels.mailboxes.title'));
  const { user } = useSession();
  const admin = hasRole(user, 'admin');
  const mailboxes = useAsync(() => channelsApi.mailboxes(), 'mailboxes');
  const [editing, setEditing] = useState<Mailbox>();
  const [region, say] = useNotice();
  const items = mailboxes.data?.mailboxes ?? [];
  // Choosing a mailbox's log moves focus to it once it is shown.
  const { chosen: selected, choose } = useChosen(items, 'mailbox', 'mailbox-log-heading');

  return (
    <>
      <ChannelsHead title={t('channels.mailboxes.title')} intro={t('channels.mailboxes.intro')} />
      {region}
      <section aria-labelledby="mailboxes-heading" className="section">
        <div className="section-toolbar">
          <Heading level={2} data-size="sm" id="mailboxes-heading" tabIndex={-1}>
            {t('channels.mailboxes.list')}
          </Heading>
          <RefreshButton list={mailboxes} />
        </div>
        <ListState list={mailboxes} count={items.length} none={t('channels.mailboxes.none')} />
        {items.length > 0 && (
          <MailboxTable
            items={items}
            admin={admin}
            selectedId={selected?.id}
            onSelect={choose}
            onEdit={(m) => {
              setEditing(m);
              focusSoon('#mailbox-form-heading');
            }}
            onPolled={(m) => {
              say(t('channels.mailboxes.pollQueued', { name: m.name }));
              mailboxes.reload();
            }}
          />
        )}
      </section>
      {selected && <MailboxLog key={selected.id} mailbox={selected} />}
      {admin && (
        <MailboxForm
          key={editing?.id ?? 'new'}
          mailbox={editing}
          onCancel={() => {
            setEditing(undefined);
            focusSoon('#mailboxes-heading');
          }}
          onSaved={(m, added) => {
            setEditing(undefined);
            mailboxes.reload();
            say(t(added ? 'channels.mailboxes.added' : 'channels.mailboxes.saved', { name: m.name }));
          }}
        />
      )}
    </>
  );
}

function MailboxTable({
  items,
  admin,
  selectedId,
  onSelect,
  onEdit,
  onPolled,
}: {
  items: Mailbox[];
  admin: boolean;
  selectedId: string | undefined;
  onSelect: () => void;
  onEdit: (m: Mailbox) => void;
  onPolled: (m: Mailbox) => void;
}) {
  const { t, i18n } = useTranslation();
  const { memberById } = useCooperation();
  const n = (x: number | undefined) => formatNumber(x ?? 0, i18n.language);
  return (
    <DataTable
      label={t('channels.mailboxes.list')}
      hiddenCaption
      className="mailbox-table"
      columns={[
        t('channels.mailboxes.name'),
        t('channels.mailboxes.server'),
        t('channels.mailboxes.defaultMember'),
        t('channels.status'),
        t('channels.mailboxes.lastPolled'),
        t('channels.mailboxes.results'),
        t('channels.actions'),
      ]}
    >
      {items.map((m) => (
        <Table.Row key={m.id} data-mailbox={m.address}>
          <Table.HeaderCell scope="row" className="wrap">
            {m.name}
            <span className="cell-sub">{m.address}</span>
          </Table.HeaderCell>
          <Table.Cell className="wrap">
            {m.host}:{m.port}
            <span className="cell-sub">
              {m.tls ? t('channels.mailboxes.tls') : t('channels.mailboxes.noTls')} · {m.folder} · {m.username}
            </span>
          </Table.Cell>
          <Table.Cell>
            {m.defaultMemberId
              ? (memberById.get(m.defaultMemberId)?.name ?? t('ticket.unknownMember'))
              : t('channels.mailboxes.bySender')}
          </Table.Cell>
          <Table.Cell>
            <ActiveTag active={m.active} />
            {m.lastError && (
              <span className="cell-sub cell-error">
                {t('channels.mailboxes.lastError')}: <span lang="en">{m.lastError}</span>
              </span>
            )}
          </Table.Cell>
          <Table.Cell>
            <When iso={m.lastPolledAt} none={t('channels.mailboxes.notYet')} />
            {m.active && <span className="cell-sub">{t('channels.mailboxes.every', { count: m.pollSeconds })}</span>}
          </Table.Cell>
          <Table.Cell>
            <ul className="plain-list counts">
              {INBOUND_OUTCOMES.map((o) => (
                <li key={o} data-outcome={o}>
                  {t(`channels.inboundOutcomes.${o}`)}: {n(m.counts[o])}
                </li>
              ))}
            </ul>
          </Table.Cell>
          <Table.Cell>
            <div className="cell-actions">
              <ChooseLink
                param="mailbox"
                id={m.id}
                chosen={m.id === selectedId}
                headingId="mailbox-log-heading"
                label={t('channels.mailboxes.showLogLabel', { name: m.name })}
                onChoose={onSelect}
              >
                {t('channels.mailboxes.showLog')}
              </ChooseLink>
              {admin && (
                <>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => onEdit(m)}
                    aria-label={t('channels.editLabel', { name: m.name })}
                  >
                    {t('channels.edit')}
                  </Button>
                  {m.active && (
                    <ActionButton
                      run={async () => {
                        await channelsApi.pollMailbox(m.id);
                        onPolled(m);
                      }}
                      label={t('channels.mailboxes.pollLabel', { name: m.name })}
                    >
                      {t('channels.mailboxes.poll')}
                    </ActionButton>
                  )}
                </>
              )}
            </div>
          </Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}

/** What each mail of the mailbox became, newest first, filtered by outcome (kept in the address). */
function MailboxLog({ mailbox }: { mailbox: Mailbox }) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useFilterParam('outcome', INBOUND_OUTCOMES);
  const log = useAsync(() => channelsApi.mailboxLog(mailbox.id, { outcome }), `${mailbox.id}:${outcome ?? ''}`);
  const items = log.data?.items ?? [];
  const caption = outcome
    ? t('channels.mailboxes.logCaptionFiltered', {
        address: mailbox.address,
        outcome: t(`channels.inboundOutcomes.${outcome}`),
      })
    : t('channels.mailboxes.logCaption', { address: mailbox.address });
  return (
    <section aria-labelledby="mailbox-log-heading" className="section">
      <Heading level={2} data-size="sm" id="mailbox-log-heading" tabIndex={-1}>
        {t('channels.mailboxes.logHeading', { name: mailbox.name })}
      </Heading>
      <div className="section-toolbar section-toolbar--end">
        <FilterSelect
          label={t('channels.mailboxes.outcome')}
          name="outcome"
          value={outcome}
          onChange={setOutcome}
          options={INBOUND_OUTCOMES.map((o) => ({ value: o, label: t(`channels.inboundOutcomes.${o}`) }))}
        />
        <RefreshButton list={log} />
      </div>
      <ListState list={log} counted={t('channels.mailboxes.logCount', { count: items.length })} />
      {items.length > 0 && (
        <DataTable
          label={caption}
          className="mail-log"
          small
          busy={log.loading}
          columns={[
            t('channels.mailboxes.receivedAt'),
            t('channels.mailboxes.from'),
            t('channels.mailboxes.subject'),
            { text: t('channels.mailboxes.size'), className: 'num' },
            t('channels.mailboxes.outcome'),
            t('channels.ticket'),
            t('channels.reason'),
            t('channels.mailboxes.raw'),
          ]}
        >
          {items.map((m) => (
            <Table.Row key={m.id} data-outcome={m.outcome}>
              <Table.HeaderCell scope="row">
                <When iso={m.receivedAt} />
              </Table.HeaderCell>
              <Table.Cell className="wrap">{m.from || t('common.none')}</Table.Cell>
              <Table.Cell className="wrap">{m.subject || t('channels.mailboxes.noSubject')}</Table.Cell>
              <Table.Cell className="num nowrap">{formatBytes(m.sizeBytes, i18n.language)}</Table.Cell>
              <Table.Cell>
                <InboundTag outcome={m.outcome} />
              </Table.Cell>
              <Table.Cell className="nowrap">
                <TicketLink id={m.ticketId} number={m.ticketNumber} />
              </Table.Cell>
              <Table.Cell className="wrap" lang={m.reason ? 'en' : undefined}>
                {m.reason || t('common.none')}
              </Table.Cell>
              <Table.Cell>
                {m.outcome === 'failed' ? (
                  <Link href={rawMailUrl(m.id)} download>
                    {t('channels.mailboxes.download')}
                    <span className="visually-hidden"> {t('channels.mailboxes.downloadOf', { uid: m.uid })}</span>
                  </Link>
                ) : (
                  <span className="muted">{t('common.none')}</span>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}

interface Values {
  name: string;
  address: string;
  host: string;
  port: string;
  tls: boolean;
  username: string;
  auth: 'password' | 'oauth2';
  password: string;
  oauthTokenUrl: string;
  oauthClientId: string;
  oauthClientSecret: string;
  oauthScope: string;
  folder: string;
  defaultMemberId: string;
  pollSeconds: string;
  active: boolean;
}
type Errors = Partial<Record<keyof Values, string>>;

const valuesOf = (m: Mailbox | undefined): Values => ({
  name: m?.name ?? '',
  address: m?.address ?? '',
  host: m?.host ?? '',
  port: String(m?.port ?? 993),
  tls: m?.tls ?? true,
  username: m?.username ?? '',
  auth: m?.auth ?? 'password',
  password: '',
  oauthTokenUrl: m?.oauthTokenUrl ?? '',
  oauthClientId: m?.oauthClientId ?? '',
  oauthClientSecret: '',
  oauthScope: m?.oauthScope ?? '',
  folder: m?.folder ?? 'INBOX',
  defaultMemberId: m?.defaultMemberId ?? '',
  pollSeconds: String(m?.pollSeconds ?? 60),
  active: m?.active ?? true,
});

/** Add a mailbox, or change one (the password is kept when left empty). */
function MailboxForm({
  mailbox,
  onSaved,
  onCancel,
}: {
  mailbox: Mailbox | undefined;
  onSaved: (m: Mailbox, added: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { overview } = useCooperation();
  const [values, setValues] = useState<Values>(() => valuesOf(mailbox));
  const { errors, error, busy, submit } = useSubmit<keyof Values>();
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const found: Errors = {};
    for (const key of ['name', 'host', 'username'] as const) if (!values[key].trim()) found[key] = t('issues.required');
    if (!looksLikeEmail(values.address)) found.address = t('issues.email');
    const port = parseWhole(values.port);
    if (typeof port !== 'number' || port < 1 || port > 65535) found.port = t('channels.mailboxes.portInvalid');
    const pollSeconds = parseWhole(values.pollSeconds);
    if (typeof pollSeconds !== 'number' || pollSeconds < 10 || pollSeconds > 86_400)
      found.pollSeconds = t('channels.mailboxes.pollInvalid');
    const oauth = values.auth === 'oauth2';
    // a secret is needed when none of this kind is stored yet
    const newKind = !mailbox || mailbox.auth !== values.auth;
    if (!oauth && newKind && !values.password) found.password = t('issues.required');
    if (oauth) {
      if (!/^https?:\/\/\S+$/.test(values.oauthTokenUrl.trim()))
        found.oauthTokenUrl = t('channels.mailboxes.urlInvalid');
      if (!values.oauthClientId.trim()) found.oauthClientId = t('issues.required');
      if (newKind && !values.oauthClientSecret) found.oauthClientSecret = t('issues.required');
    }
    const input: MailboxInput = {
      name: values.name.trim(),
      address: values.address.trim(),
      host: values.host.trim(),
      port: port as number,
      tls: values.tls,
      username: values.username.trim(),
      auth: values.auth,
      ...(!oauth && values.password ? { password: values.password } : {}),
      ...(oauth
        ? {
            oauthTokenUrl: values.oauthTokenUrl.trim(),
            oauthClientId: values.oauthClientId.trim(),
            ...(values.oauthClientSecret ? { oauthClientSecret: values.oauthClientSecret } : {}),
            ...(values.oauthScope.trim() ? { oauthScope: values.oauthScope.trim() } : {}),
          }
        : {}),
      folder: values.folder.trim() || 'INBOX',
      defaultMemberId: values.defaultMemberId || null,
      pollSeconds: pollSeconds as number,
      active: values.active,
    };
    return submit(
      e,
      found,
      async () => {
        const saved = mailbox
          ? await channelsApi.updateMailbox(mailbox.id, input)
          : await channelsApi.createMailbox(input);
        setValues(valuesOf(undefined));
        onSaved(saved, !mailbox);
      },
      (err) => (issueCode(err, 'address') === 'duplicate' ? { address: t('channels.mailboxes.addressTaken') } : {}),
    );
  };

  return (
    <section aria-labelledby="mailbox-form-heading" className="section">
      <FormCard
        id="mailbox-form-heading"
        heading={
          mailbox ? t('channels.mailboxes.editHeading', { name: mailbox.name }) : t('channels.mailboxes.newHeading')
        }
        error={error}
        onSubmit={onSubmit}
        busy={busy}
        submitLabel={mailbox ? t('channels.mailboxes.save') : t('channels.mailboxes.add')}
        onCancel={mailbox ? onCancel : undefined}
      >
        <div className="form--grid">
          <Textfield
            label={t('channels.mailboxes.name')}
            name="name"
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            maxLength={100}
            autoComplete="off"
            required
          />
          <Textfield
            label={t('channels.mailboxes.address')}
            description={t('channels.mailboxes.addressHelp')}
            name="address"
            type="email"
            value={values.address}
            onChange={set('address')}
            error={errors.address}
            autoComplete="off"
            required
          />
          <Textfield
            label={t('channels.mailboxes.host')}
            description={t('channels.mailboxes.hostHelp')}
            name="host"
            value={values.host}
            onChange={set('host')}
            error={errors.host}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <Textfield
            label={t('channels.mailboxes.port')}
            name="port"
            inputMode="numeric"
            value={values.port}
            onChange={set('port')}
            error={errors.port}
            autoComplete="off"
            required
          />
          <Textfield
            label={t('channels.mailboxes.username')}
            name="username"
            value={values.username}
            onChange={set('username')}
            error={errors.username}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <RadioGroup
            legend={t('channels.mailboxes.auth')}
            name="auth"
            options={[
              { value: 'password', label: t('channels.mailboxes.authPassword') },
              { value: 'oauth2', label: t('channels.mailboxes.authOauth') },
            ]}
            value={values.auth}
            onChange={(auth) => setValues((v) => ({ ...v, auth }))}
          />
          {values.auth === 'password' ? (
            <Textfield
              label={
                mailbox?.auth === 'password'
                  ? `${t('channels.mailboxes.password')} ${t('common.optional')}`
                  : t('channels.mailboxes.password')
              }
              description={
                mailbox?.auth === 'password'
                  ? t('channels.mailboxes.passwordKeep')
                  : t('channels.mailboxes.passwordHelp')
              }
              name="password"
              type="password"
              value={values.password}
              onChange={set('password')}
              error={errors.password}
              autoComplete="new-password"
              required={mailbox?.auth !== 'password'}
            />
          ) : (
            <>
              <p className="form--wide">{t('channels.mailboxes.oauthHelp')}</p>
              <Textfield
                label={t('channels.mailboxes.oauthTokenUrl')}
                description={t('channels.mailboxes.oauthTokenUrlHelp')}
                name="oauthTokenUrl"
                type="url"
                value={values.oauthTokenUrl}
                onChange={set('oauthTokenUrl')}
                error={errors.oauthTokenUrl}
                autoComplete="off"
                spellCheck={false}
                required
              />
              <Textfield
                label={t('channels.mailboxes.oauthClientId')}
                name="oauthClientId"
                value={values.oauthClientId}
                onChange={set('oauthClientId')}
                error={errors.oauthClientId}
                autoComplete="off"
                spellCheck={false}
                required
              />
              <Textfield
                label={
                  mailbox?.auth === 'oauth2'
                    ? `${t('channels.mailboxes.oauthClientSecret')} ${t('common.optional')}`
                    : t('channels.mailboxes.oauthClientSecret')
                }
                description={
                  mailbox?.auth === 'oauth2'
                    ? t('channels.mailboxes.oauthClientSecretKeep')
                    : t('channels.mailboxes.passwordHelp')
                }
                name="oauthClientSecret"
                type="password"
                value={values.oauthClientSecret}
                onChange={set('oauthClientSecret')}
                error={errors.oauthClientSecret}
                autoComplete="new-password"
                required={mailbox?.auth !== 'oauth2'}
              />
              <Textfield
                label={`${t('channels.mailboxes.oauthScope')} ${t('common.optional')}`}
                description={t('channels.mailboxes.oauthScopeHelp')}
                name="oauthScope"
                value={values.oauthScope}
                onChange={set('oauthScope')}
                error={errors.oauthScope}
                autoComplete="off"
                spellCheck={false}
              />
            </>
          )}
          <Textfield
            label={t('channels.mailboxes.folder')}
            name="folder"
            value={values.folder}
            onChange={set('folder')}
            error={errors.folder}
            autoComplete="off"
            spellCheck={false}
          />
          <Textfield
            label={t('channels.mailboxes.pollSeconds')}
            description={t('channels.mailboxes.pollSecondsHelp')}
            name="pollSeconds"
            inputMode="numeric"
            value={values.pollSeconds}
            onChange={set('pollSeconds')}
            error={errors.pollSeconds}
            autoComplete="off"
          />
          <SelectField
            label={`${t('channels.mailboxes.defaultMember')} ${t('common.optional')}`}
            name="defaultMemberId"
            value={values.defaultMemberId}
            onChange={set('defaultMemberId')}
            options={(overview?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
            empty={t('channels.mailboxes.bySender')}
            error={errors.defaultMemberId}
          />
        </div>
        <Checkbox
          label={t('channels.mailboxes.tlsLabel')}
          name="tls"
          checked={values.tls}
          onChange={(e) => setValues((v) => ({ ...v, tls: e.target.checked }))}
        />
        <Checkbox
          label={t('channels.mailboxes.activeLabel')}
          description={t('channels.mailboxes.activeHelp')}
          name="active"
          checked={values.active}
          onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))}
        />
      </FormCard>
    </section>
  );
}
