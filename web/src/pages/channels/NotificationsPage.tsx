import { Button, Checkbox, Details, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelsApi } from '../../api/endpoints.ts';
import {
  type AlertRule,
  type AlertRuleInput,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  type Delivery,
  NOTIFY_EVENTS,
  type NotifyEvent,
  PRIORITIES,
  type Priority,
} from '../../api/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { CheckboxList, RadioGroup } from '../../components/ChoiceFields.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { type FieldErrors, useSubmit } from '../../lib/useSubmit.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { focusSoon, issueCode } from '../devices/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import {
  ActiveTag,
  ChannelsHead,
  DataTable,
  DeliveryTag,
  FilterSelect,
  FormCard,
  ListState,
  RefreshButton,
  useFilterParam,
  When,
} from './shared.tsx';

/** The topics the platform sends; others are shown as they are. */
const TOPICS = new Set([
  'ticket.created',
  'ticket.comment',
  'ticket.resolved',
  'alert.incident_opened',
  'alert.message_published',
  'governance.notice',
  'governance.minutes',
]);

/** Alerting: the rules that tell system owners (by e-mail and Teams), and the log of every mail and post sent. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('channels.notifications.title'));
  const { user } = useSession();
  const admin = hasRole(user, 'admin');
  const [region, say] = useNotice();
  return (
    <>
      <ChannelsHead title={t('channels.notifications.title')} intro={t('channels.notifications.intro')} />
      {region}
      <Rules admin={admin} say={say} />
      <Deliveries admin={admin} say={say} />
    </>
  );
}

function Rules({ admin, say }: { admin: boolean; say: (message: string) => void }) {
  const { t } = useTranslation();
  const rules = useAsync(() => channelsApi.rules(), 'rules');
  const [editing, setEditing] = useState<AlertRule>();
  const items = rules.data?.rules ?? [];
  return (
    <>
      <section aria-labelledby="rules-heading" className="section">
        <Heading level={2} data-size="sm" id="rules-heading" tabIndex={-1}>
          {t('channels.notifications.rules')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('channels.notifications.rulesHelp')}
        </Paragraph>
        <ListState list={rules} count={items.length} none={t('channels.notifications.noRules')} />
        {items.length > 0 && (
          <RulesTable
            items={items}
            admin={admin}
            onEdit={(r) => {
              setEditing(r);
              focusSoon('#rule-form-heading');
            }}
          />
        )}
      </section>
      {admin && (
        <RuleForm
          key={editing?.id ?? 'new'}
          rule={editing}
          onCancel={() => {
            setEditing(undefined);
            focusSoon('#rules-heading');
          }}
          onSaved={(r, added) => {
            setEditing(undefined);
            rules.reload();
            say(t(added ? 'channels.notifications.ruleAdded' : 'channels.notifications.ruleSaved', { name: r.name }));
          }}
        />
      )}
    </>
  );
}

function RulesTable({ items, admin, onEdit }: { items: AlertRule[]; admin: boolean; onEdit: (r: AlertRule) => void }) {
  const { t } = useTranslation();
  const { memberById } = useCooperation();
  return (
    <DataTable
      label={t('channels.notifications.rules')}
      hiddenCaption
      className="rules-table"
      columns={[
        t('channels.notifications.name'),
        t('channels.notifications.event'),
        t('channels.notifications.priorities'),
        t('channels.notifications.members'),
        t('channels.notifications.via'),
        t('channels.status'),
        admin && t('channels.actions'),
      ]}
    >
      {items.map((r) => (
        <Table.Row key={r.id} data-rule={r.name}>
          <Table.HeaderCell scope="row" className="wrap">
            {r.name}
          </Table.HeaderCell>
          <Table.Cell>{t(`channels.notifications.events.${r.event}`)}</Table.Cell>
          <Table.Cell>
            {r.event === 'incident_opened'
              ? r.priorities.map((p) => t(`sd.priorities.${p}`)).join(', ')
              : t('common.none')}
          </Table.Cell>
          <Table.Cell>
            {r.memberIds.length > 0
              ? r.memberIds.map((id) => memberById.get(id)?.name ?? t('ticket.unknownMember')).join(', ')
              : t('messages.allMembers')}
          </Table.Cell>
          <Table.Cell>
            {[
              ...(r.email ? [t('channels.notifications.emailShort')] : []),
              ...(r.teams ? [t('channels.notifications.teamsShort', { host: r.teamsHost ?? '' })] : []),
            ].join(', ')}
          </Table.Cell>
          <Table.Cell>
            <ActiveTag active={r.active} />
          </Table.Cell>
          {admin && (
            <Table.Cell>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => onEdit(r)}
                aria-label={t('channels.editLabel', { name: r.name })}
              >
                {t('channels.edit')}
              </Button>
            </Table.Cell>
          )}
        </Table.Row>
      ))}
    </DataTable>
  );
}

interface RuleValues {
  name: string;
  event: NotifyEvent;
  priorities: Priority[];
  memberIds: string[];
  email: boolean;
  teamsWebhookUrl: string;
  removeTeams: boolean;
  active: boolean;
}
type RuleErrors = FieldErrors<keyof RuleValues>;

const ruleValues = (r: AlertRule | undefined): RuleValues => ({
  name: r?.name ?? '',
  event: r?.event ?? 'incident_opened',
  priorities: r?.priorities ?? ['critical', 'high'],
  memberIds: r?.memberIds ?? [],
  email: r?.email ?? true,
  teamsWebhookUrl: '',
  removeTeams: false,
  active: r?.active ?? true,
});

const isWebUrl = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

function RuleForm({
  rule,
  onSaved,
  onCancel,
}: {
  rule: AlertRule | undefined;
  onSaved: (r: AlertRule, added: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { overview } = useCooperation();
  const [values, setValues] = useState<RuleValues>(() => ruleValues(rule));
  const { errors, error, busy, submit } = useSubmit<keyof RuleValues>();
  const hadTeams = !!rule?.teams;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const found: RuleErrors = {};
    const url = values.teamsWebhookUrl.trim();
    if (!values.name.trim()) found.name = t('issues.required');
    if (url && !isWebUrl(url)) found.teamsWebhookUrl = t('channels.notifications.urlInvalid');
    const teamsAfter = url ? true : hadTeams && !values.removeTeams;
    if (!values.email && !teamsAfter) found.email = t('channels.notifications.noChannel');
    if (values.event === 'incident_opened' && values.priorities.length === 0)
      found.priorities = t('channels.notifications.noPriority');
    const input: AlertRuleInput = {
      name: values.name.trim(),
      event: values.event,
      priorities: PRIORITIES.filter((p) => values.priorities.includes(p)),
      memberIds: values.memberIds,
      email: values.email,
      active: values.active,
      // left out: the stored address stays; null removes it
      ...(url ? { teamsWebhookUrl: url } : values.removeTeams ? { teamsWebhookUrl: null } : {}),
    };
    return submit(
      e,
      found,
      async () => {
        const saved = rule ? await channelsApi.updateRule(rule.id, input) : await channelsApi.createRule(input);
        setValues(ruleValues(undefined));
        onSaved(saved, !rule);
      },
      (err) => (issueCode(err, 'email') === 'no_channel' ? { email: t('channels.notifications.noChannel') } : {}),
    );
  };

  return (
    <section aria-labelledby="rule-form-heading" className="section">
      <FormCard
        id="rule-form-heading"
        heading={
          rule ? t('channels.notifications.editHeading', { name: rule.name }) : t('channels.notifications.newHeading')
        }
        error={error}
        onSubmit={onSubmit}
        busy={busy}
        submitLabel={rule ? t('channels.notifications.save') : t('channels.notifications.add')}
        onCancel={rule ? onCancel : undefined}
      >
        <Textfield
          label={t('channels.notifications.name')}
          name="name"
          value={values.name}
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          error={errors.name}
          maxLength={100}
          autoComplete="off"
          required
        />
        <RadioGroup
          legend={t('channels.notifications.event')}
          name="event"
          options={NOTIFY_EVENTS.map((ev) => ({ value: ev, label: t(`channels.notifications.events.${ev}`) }))}
          value={values.event}
          onChange={(event) => setValues((v) => ({ ...v, event }))}
        />
        {values.event === 'incident_opened' && (
          <CheckboxList
            legend={t('channels.notifications.priorities')}
            description={t('channels.notifications.prioritiesHelp')}
            name="priorities"
            options={PRIORITIES.map((p) => ({ value: p, label: t(`sd.priorities.${p}`) }))}
            checked={values.priorities}
            onChange={(priorities) => setValues((v) => ({ ...v, priorities }))}
            error={errors.priorities}
          />
        )}
        <CheckboxList
          legend={`${t('channels.notifications.members')} ${t('common.optional')}`}
          description={t('channels.notifications.membersHelp')}
          name="memberIds"
          options={(overview?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
          checked={values.memberIds}
          onChange={(memberIds) => setValues((v) => ({ ...v, memberIds }))}
        />
        <Checkbox
          label={t('channels.notifications.emailLabel')}
          description={t('channels.notifications.emailHelp')}
          name="email"
          checked={values.email}
          onChange={(e) => setValues((v) => ({ ...v, email: e.target.checked }))}
          error={errors.email}
        />
        <Textfield
          label={`${t('channels.notifications.teamsUrl')} ${t('common.optional')}`}
          description={
            hadTeams
              ? t('channels.notifications.teamsKeep', { host: rule?.teamsHost ?? '' })
              : t('channels.notifications.teamsHelp')
          }
          name="teamsWebhookUrl"
          type="url"
          value={values.teamsWebhookUrl}
          onChange={(e) => setValues((v) => ({ ...v, teamsWebhookUrl: e.target.value }))}
          error={errors.teamsWebhookUrl}
          autoComplete="off"
          spellCheck={false}
        />
        {hadTeams && (
          <Checkbox
            label={t('channels.notifications.removeTeams', { host: rule?.teamsHost ?? '' })}
            name="removeTeams"
            checked={values.removeTeams}
            onChange={(e) => setValues((v) => ({ ...v, removeTeams: e.target.checked }))}
          />
        )}
        <Checkbox
          label={t('channels.notifications.activeLabel')}
          name="active"
          checked={values.active}
          onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))}
        />
      </FormCard>
    </section>
  );
}

/** Every mail and webhook post, newest first, filtered by status and channel (kept in the address). */
function Deliveries({ admin, say }: { admin: boolean; say: (message: string) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useFilterParam('status', DELIVERY_STATUSES);
  const [channel, setChannel] = useFilterParam('channel', DELIVERY_CHANNELS);
  const log = useAsync(() => channelsApi.deliveries({ status, channel }), `${status ?? ''}:${channel ?? ''}`);
  const items = log.data?.items ?? [];
  const caption = t('channels.notifications.deliveriesCaption');
  return (
    <section aria-labelledby="deliveries-heading" className="section">
      <Heading level={2} data-size="sm" id="deliveries-heading">
        {t('channels.notifications.deliveries')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('channels.notifications.deliveriesHelp')}
      </Paragraph>
      <div className="section-toolbar section-toolbar--end">
        <FilterSelect
          label={t('channels.status')}
          name="status"
          value={status}
          onChange={setStatus}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`channels.deliveryStatuses.${s}`) }))}
        />
        <FilterSelect
          label={t('channels.notifications.channel')}
          name="channel"
          value={channel}
          onChange={setChannel}
          options={DELIVERY_CHANNELS.map((c) => ({ value: c, label: t(`channels.deliveryChannels.${c}`) }))}
        />
        <RefreshButton list={log} />
      </div>
      <ListState list={log} counted={t('channels.notifications.count', { count: items.length })} />
      {items.length > 0 && (
        <DataTable
          label={caption}
          hiddenCaption
          className="deliveries-table"
          small
          busy={log.loading}
          columns={[
            t('channels.notifications.createdAt'),
            t('channels.notifications.what'),
            t('channels.notifications.channel'),
            t('channels.notifications.target'),
            t('channels.status'),
            t('channels.notifications.attempts'),
            admin && t('channels.actions'),
          ]}
        >
          {items.map((d) => (
            <DeliveryRow
              key={d.id}
              delivery={d}
              admin={admin}
              onRetried={() => {
                say(t('channels.notifications.retried', { target: d.target }));
                log.reload();
              }}
            />
          ))}
        </DataTable>
      )}
    </section>
  );
}

function DeliveryRow({ delivery: d, admin, onRetried }: { delivery: Delivery; admin: boolean; onRetried: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const topic = TOPICS.has(d.topic) ? t(`channels.topics.${d.topic.replace('.', '_')}`) : d.topic;
  return (
    <Table.Row data-delivery={d.id} data-status={d.status}>
      <Table.HeaderCell scope="row">
        <When iso={d.createdAt} />
      </Table.HeaderCell>
      <Table.Cell className="wrap">
        {topic}
        {d.subject && <span className="cell-sub">{d.subject}</span>}
      </Table.Cell>
      <Table.Cell>{t(`channels.deliveryChannels.${d.channel}`)}</Table.Cell>
      <Table.Cell className="wrap">{d.target}</Table.Cell>
      <Table.Cell>
        <DeliveryTag status={d.status} />
        {d.status === 'pending' && d.nextAttemptAt && (
          <span className="cell-sub">
            {t('channels.notifications.nextAttempt', { at: formatDateTime(d.nextAttemptAt, lng) })}
          </span>
        )}
        {d.status === 'sent' && d.sentAt && (
          <span className="cell-sub">{t('channels.notifications.sentAt', { at: formatDateTime(d.sentAt, lng) })}</span>
        )}
      </Table.Cell>
      <Table.Cell>
        {d.log.length === 0 ? (
          <span className="muted">{t('channels.notifications.noAttempts')}</span>
        ) : (
          <Details className="attempts">
            <Details.Summary>{t('channels.notifications.attemptsCount', { count: d.log.length })}</Details.Summary>
            <Details.Content>
              <ol className="plain-list attempts__list">
                {d.log.map((a) => (
                  <li key={a.attempt} data-ok={a.ok}>
                    <span className="attempts__head">
                      {t('channels.notifications.attemptNo', { n: formatNumber(a.attempt, lng) })}{' '}
                      <time dateTime={a.at}>{formatDateTime(a.at, lng)}</time>
                      {' – '}
                      {a.ok ? t('channels.notifications.attemptOk') : t('channels.notifications.attemptFailed')}
                    </span>
                    {a.detail && (
                      <span className="cell-sub wrap" lang="en">
                        {a.detail}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </Details.Content>
          </Details>
        )}
        {d.lastError && d.status !== 'sent' && (
          <span className="cell-sub cell-error">
            {t('channels.notifications.lastError')}: <span lang="en">{d.lastError}</span>
          </span>
        )}
      </Table.Cell>
      {admin && (
        <Table.Cell>
          {d.status === 'failed' && (
            <ActionButton
              run={async () => {
                await channelsApi.retryDelivery(d.id);
                onRetried();
              }}
              staysBusy
              variant="secondary"
              label={t('channels.notifications.retryLabel', { target: d.target })}
            >
              {t('channels.notifications.retry')}
            </ActionButton>
          )}
        </Table.Cell>
      )}
    </Table.Row>
  );
}
