import { Alert, Button, Card, Checkbox, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelsApi } from '../../api/endpoints.ts';
import type { AlertSource, AlertSourceCreated } from '../../api/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { type FieldErrors, useSubmit } from '../../lib/useSubmit.ts';
import { focusSoon, issueCode } from '../devices/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { categoryLabels, categoryOptions, useServiceDeskConfig } from '../servicedesk/config.ts';
import {
  ActiveTag,
  ChannelsHead,
  ChooseLink,
  CopyField,
  DataTable,
  FormCard,
  ListState,
  ReceiptTag,
  RefreshButton,
  TicketLink,
  useChosen,
  When,
} from './shared.tsx';

export const WEBHOOK_PATH = '/api/inbound/security-alerts';

const byName = (a: AlertSource, b: AlertSource) => a.name.localeCompare(b.name, 'nb');

/** Security alerts: the sources that post to the webhook (each with its own token), what their posts became. */
export function SecurityAlertsPage() {
  const { t } = useTranslation();
  usePageTitle(t('channels.alerts.title'));
  const sources = useAsync(() => channelsApi.alertSources(), 'sources');
  const [list, setList] = useState<AlertSource[]>();
  const [created, setCreated] = useState<AlertSourceCreated>();
  const [region, say] = useNotice();
  const items = list ?? sources.data?.sources ?? [];
  // Choosing a source in the table moves focus to its details once they are shown.
  const { chosen: selected, choose } = useChosen(items, 'source', 'source-heading');

  // The receipts are read again: so is the table (its "last received").
  const refreshSources = () =>
    channelsApi.alertSources().then(
      (r) => setList(r.sources),
      () => undefined, // the table keeps what it has; the receipts say what failed
    );

  const put = (source: AlertSource) =>
    setList(
      (items.some((s) => s.id === source.id)
        ? items.map((s) => (s.id === source.id ? source : s))
        : [...items, source]
      ).sort(byName),
    );

  return (
    <>
      <ChannelsHead title={t('channels.alerts.title')} intro={t('channels.alerts.intro')} />
      {region}
      <section aria-labelledby="sources-heading" className="section">
        <Heading level={2} data-size="sm" id="sources-heading">
          {t('channels.alerts.sources')}
        </Heading>
        <ListState list={sources} count={items.length} none={t('channels.alerts.none')} />
        {items.length > 0 && (
          <SourcesTable
            items={items}
            selectedId={selected?.id}
            onSelect={() => {
              choose();
              void refreshSources();
            }}
            onChanged={(s) => {
              put(s);
              say(t(s.active ? 'channels.alerts.turnedOn' : 'channels.alerts.turnedOff', { name: s.name }));
            }}
          />
        )}
      </section>
      {selected && (
        <SourceDetails
          key={selected.id}
          source={selected}
          onRefresh={refreshSources}
          onChanged={(s) => {
            put(s);
            say(t('channels.alerts.saved', { name: s.name }));
          }}
        />
      )}
      <section aria-labelledby="new-source-heading" className="section">
        {created ? (
          <OneTimeSecrets created={created} onDone={() => setCreated(undefined)} />
        ) : (
          <NewSourceForm
            onCreated={(c) => {
              put(c.source);
              setCreated(c);
            }}
          />
        )}
      </section>
      <WebhookHelp />
    </>
  );
}

function SourcesTable({
  items,
  selectedId,
  onSelect,
  onChanged,
}: {
  items: AlertSource[];
  selectedId: string | undefined;
  onSelect: () => void;
  onChanged: (s: AlertSource) => void;
}) {
  const { t } = useTranslation();
  const config = useServiceDeskConfig();
  const { memberById } = useCooperation();
  const categories = categoryLabels(config.data?.categories ?? []);
  return (
    <DataTable
      label={t('channels.alerts.sources')}
      hiddenCaption
      className="sources-table"
      columns={[
        t('channels.alerts.name'),
        t('channels.alerts.token'),
        t('channels.alerts.signed'),
        t('channels.alerts.category'),
        t('channels.alerts.member'),
        t('channels.status'),
        t('channels.alerts.lastReceived'),
        t('channels.actions'),
      ]}
    >
      {items.map((s) => (
        <Table.Row key={s.id} data-source={s.name}>
          <Table.HeaderCell scope="row" className="wrap">
            {s.name}
          </Table.HeaderCell>
          <Table.Cell className="nowrap">
            <span className="visually-hidden">{t('channels.alerts.tokenEndsWith')} </span>…{s.tokenHint}
          </Table.Cell>
          <Table.Cell>{s.signed ? t('common.yes') : t('common.no')}</Table.Cell>
          <Table.Cell>
            {s.categoryId
              ? (categories.get(s.categoryId) ?? t('ticket.unknownCategory'))
              : t('channels.alerts.defaultCategory')}
          </Table.Cell>
          <Table.Cell>
            {s.memberId
              ? (memberById.get(s.memberId)?.name ?? t('ticket.unknownMember'))
              : t('channels.alerts.fromAlert')}
          </Table.Cell>
          <Table.Cell>
            <ActiveTag active={s.active} />
          </Table.Cell>
          <Table.Cell>
            <When iso={s.lastReceivedAt} none={t('channels.alerts.never')} />
          </Table.Cell>
          <Table.Cell>
            <div className="cell-actions">
              <ChooseLink
                param="source"
                id={s.id}
                chosen={s.id === selectedId}
                headingId="source-heading"
                label={t('channels.alerts.showReceiptsLabel', { name: s.name })}
                onChoose={onSelect}
              >
                {t('channels.alerts.showReceipts')}
              </ChooseLink>
              <ActionButton
                run={async () => onChanged(await channelsApi.updateAlertSource(s.id, { active: !s.active }))}
                label={t(s.active ? 'channels.alerts.turnOffLabel' : 'channels.alerts.turnOnLabel', {
                  name: s.name,
                })}
              >
                {s.active ? t('channels.turnOff') : t('channels.turnOn')}
              </ActionButton>
            </div>
          </Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}

/** The chosen source: where its tickets go, and its latest posts. */
function SourceDetails({
  source,
  onChanged,
  onRefresh,
}: {
  source: AlertSource;
  onChanged: (s: AlertSource) => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const receipts = useAsync(() => channelsApi.receipts(source.id), source.id);
  const refresh = () => {
    receipts.reload();
    onRefresh();
  };
  const items = receipts.data?.receipts ?? [];
  const caption = t('channels.alerts.receiptsCaption', { name: source.name });
  return (
    <section aria-labelledby="source-heading" className="section">
      <Heading level={2} data-size="sm" id="source-heading" tabIndex={-1}>
        {t('channels.alerts.sourceHeading', { name: source.name })}
      </Heading>
      <SourceSettings source={source} onChanged={onChanged} />
      <div className="section-toolbar">
        <Heading level={3} data-size="xs" id="receipts-heading">
          {t('channels.alerts.receipts')}
        </Heading>
        <RefreshButton list={receipts} onClick={refresh} />
      </div>
      <ListState list={receipts} count={items.length} none={t('channels.alerts.noReceipts')} level={4} />
      {items.length > 0 && (
        <DataTable
          label={caption}
          className="receipts-table"
          small
          busy={receipts.loading}
          columns={[
            t('channels.alerts.receivedAt'),
            t('channels.alerts.alertId'),
            t('channels.alerts.outcome'),
            t('channels.ticket'),
            t('channels.reason'),
          ]}
        >
          {items.map((r) => (
            <Table.Row key={r.id} data-alert={r.alertId ?? ''} data-outcome={r.outcome}>
              <Table.HeaderCell scope="row">
                <When iso={r.receivedAt} />
              </Table.HeaderCell>
              <Table.Cell className="wrap">{r.alertId ?? t('common.none')}</Table.Cell>
              <Table.Cell>
                <ReceiptTag outcome={r.outcome} />
              </Table.Cell>
              <Table.Cell className="nowrap">
                <TicketLink id={r.ticketId} number={r.ticketNumber} />
              </Table.Cell>
              <Table.Cell className="wrap" lang={r.reason ? 'en' : undefined}>
                {r.reason || t('common.none')}
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Where a source's tickets go: a category and a member, or the defaults. */
interface Routing {
  categoryId: string;
  memberId: string;
}

/** The category and member of a source's tickets ("(valgfritt)" in the labels of a new source). */
function RoutingFields({
  routing,
  onChange,
  errors,
  optional,
}: {
  routing: Routing;
  onChange: (routing: Routing) => void;
  errors: FieldErrors<keyof Routing>;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const config = useServiceDeskConfig();
  const { overview } = useCooperation();
  const label = (key: string) => (optional ? `${t(key)} ${t('common.optional')}` : t(key));
  return (
    <div className="form--grid">
      <SelectField
        label={label('channels.alerts.category')}
        name="categoryId"
        value={routing.categoryId}
        onChange={(e) => onChange({ ...routing, categoryId: e.target.value })}
        options={categoryOptions(config.data?.categories ?? [])
          .filter((c) => c.active || c.id === routing.categoryId)
          .map((c) => ({ value: c.id, label: c.label }))}
        empty={t('channels.alerts.defaultCategory')}
        error={errors.categoryId}
      />
      <SelectField
        label={label('channels.alerts.member')}
        name="memberId"
        value={routing.memberId}
        onChange={(e) => onChange({ ...routing, memberId: e.target.value })}
        options={(overview?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
        empty={t('channels.alerts.fromAlert')}
        error={errors.memberId}
      />
    </div>
  );
}

function SourceSettings({ source, onChanged }: { source: AlertSource; onChanged: (s: AlertSource) => void }) {
  const { t } = useTranslation();
  const [routing, setRouting] = useState<Routing>({
    categoryId: source.categoryId ?? '',
    memberId: source.memberId ?? '',
  });
  const { errors, error, busy, submit } = useSubmit<keyof Routing>();
  return (
    <form
      onSubmit={(e) =>
        submit(e, {}, async () =>
          onChanged(
            await channelsApi.updateAlertSource(source.id, {
              categoryId: routing.categoryId || null,
              memberId: routing.memberId || null,
            }),
          ),
        )
      }
      noValidate
      className="form form--compact source-settings"
    >
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      <RoutingFields routing={routing} onChange={setRouting} errors={errors} />
      <div className="button-row">
        <Button type="submit" variant="secondary" data-size="sm" loading={busy}>
          {t('channels.alerts.saveSettings')}
        </Button>
      </div>
    </form>
  );
}

function NewSourceForm({ onCreated }: { onCreated: (c: AlertSourceCreated) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [signed, setSigned] = useState(true);
  const [routing, setRouting] = useState<Routing>({ categoryId: '', memberId: '' });
  const { errors, error, busy, submit } = useSubmit<'name' | keyof Routing>();
  return (
    <FormCard
      id="new-source-heading"
      heading={t('channels.alerts.newHeading')}
      error={error}
      onSubmit={(e) =>
        submit(
          e,
          name.trim() ? {} : { name: t('issues.required') },
          async () =>
            onCreated(
              await channelsApi.createAlertSource({
                name: name.trim(),
                signed,
                categoryId: routing.categoryId || null,
                memberId: routing.memberId || null,
              }),
            ),
          (err) => (issueCode(err, 'name') === 'duplicate' ? { name: t('channels.alerts.nameTaken') } : {}),
        )
      }
      busy={busy}
      submitLabel={t('channels.alerts.register')}
    >
      <Textfield
        label={t('channels.alerts.name')}
        description={t('channels.alerts.nameHelp')}
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        maxLength={100}
        autoComplete="off"
        required
      />
      <Checkbox
        label={t('channels.alerts.signedLabel')}
        description={t('channels.alerts.signedHelp')}
        name="signed"
        checked={signed}
        onChange={(e) => setSigned(e.target.checked)}
      />
      <RoutingFields routing={routing} onChange={setRouting} errors={errors} optional />
    </FormCard>
  );
}

/** The token and key of a new source, shown this once, to copy and hand over. */
function OneTimeSecrets({ created, onDone }: { created: AlertSourceCreated; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Card className="form-card one-time-secrets" data-color="warning">
      <Heading level={2} data-size="sm" id="secrets-heading" tabIndex={-1} ref={headingRef}>
        {t('channels.alerts.createdHeading', { name: created.source.name })}
      </Heading>
      <Alert data-color="warning">
        <Heading level={3} data-size="xs">
          {t('channels.alerts.onceHeading')}
        </Heading>
        <Paragraph>{created.hmacSecret ? t('channels.alerts.onceBoth') : t('channels.alerts.onceToken')}</Paragraph>
      </Alert>
      <CopyField
        label={t('channels.alerts.tokenLabel')}
        description={t('channels.alerts.tokenHelp')}
        name="token"
        value={created.token}
      />
      {created.hmacSecret && (
        <CopyField
          label={t('channels.alerts.keyLabel')}
          description={t('channels.alerts.keyHelp')}
          name="hmacSecret"
          value={created.hmacSecret}
        />
      )}
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => {
            onDone();
            focusSoon('#new-source-heading');
          }}
        >
          {t('channels.alerts.done')}
        </Button>
      </div>
    </Card>
  );
}

const FIELDS = ['alertId', 'title', 'description', 'severity', 'member', 'occurredAt'] as const;
const REQUIRED = new Set<string>(['alertId', 'title']);

/** Where and how a sender posts an alert. */
function WebhookHelp() {
  const { t } = useTranslation();
  const url = `${window.location.origin}${WEBHOOK_PATH}`;
  const example = [
    `curl -X POST ${url} \\`,
    `  -H 'Authorization: Bearer <token>' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H 'X-Samdrift-Signature: sha256=<hex>' \\`,
    `  -d '{"alertId":"SOC-2025-000123","title":"Mistenkelig innlogging fra utlandet","severity":"high","member":"molde"}'`,
  ].join('\n');
  const caption = t('channels.alerts.fieldsCaption');
  return (
    <section aria-labelledby="webhook-heading" className="section webhook-help">
      <Heading level={2} data-size="sm" id="webhook-heading">
        {t('channels.alerts.webhookHeading')}
      </Heading>
      <Paragraph>{t('channels.alerts.webhookIntro')}</Paragraph>
      <CopyField label={t('channels.alerts.webhookUrl')} name="webhookUrl" value={url} />
      <dl className="facts facts--grid webhook-help__facts">
        <div>
          <dt>{t('channels.alerts.method')}</dt>
          <dd>
            <code>POST</code>, <code>Content-Type: application/json</code>
          </dd>
        </div>
        <div>
          <dt>{t('channels.alerts.auth')}</dt>
          <dd>
            <code>Authorization: Bearer &lt;token&gt;</code>
          </dd>
        </div>
        <div>
          <dt>{t('channels.alerts.signature')}</dt>
          <dd>
            <code>X-Samdrift-Signature: sha256=&lt;hex&gt;</code>
            <span className="facts__note">{t('channels.alerts.signatureHelp')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('channels.alerts.answers')}</dt>
          <dd>{t('channels.alerts.answersText')}</dd>
        </div>
      </dl>
      <DataTable
        label={caption}
        className="fields-table"
        small
        columns={[t('channels.alerts.field'), t('channels.alerts.required'), t('channels.alerts.meaning')]}
      >
        {FIELDS.map((f) => (
          <Table.Row key={f}>
            <Table.HeaderCell scope="row">
              <code>{f}</code>
            </Table.HeaderCell>
            <Table.Cell>{REQUIRED.has(f) ? t('common.yes') : t('common.no')}</Table.Cell>
            <Table.Cell>{t(`channels.alerts.fields.${f}`)}</Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
      <Heading level={3} data-size="xs" id="example-heading">
        {t('channels.alerts.example')}
      </Heading>
      <pre className="code-block">
        <code>{example}</code>
      </pre>
    </section>
  );
}
