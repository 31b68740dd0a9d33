import { Alert, Button, Card, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../components/ActionButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatNumber, isDay, todayInOslo } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import type { FieldErrors } from '../../lib/useSubmit.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { ActiveTag, CopyField, DataTable, ListState, When } from '../channels/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { focusSoon } from '../reports/shared.tsx';
import { type Bot, type IntentsView, type IntentView, type KnowledgeSettings, knowledgeApi } from './api.ts';
import { addDays, KnowledgeHead } from './shared.tsx';

/** "Rakel": her dialogues and their example phrases, the questions she could not answer, and (admins) settings and bots. */
export function RakelSettingsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  usePageTitle(t('knowledge.rakelAdmin.title'));
  const [notice, say] = useNotice();
  const admin = hasRole(user, 'admin');
  return (
    <>
      <KnowledgeHead title={t('knowledge.rakelAdmin.title')} intro={t('knowledge.rakelAdmin.intro')} />
      {notice}
      <Intents say={say} />
      <Unanswered />
      {admin && <Settings say={say} />}
      {admin && <Bots say={say} />}
    </>
  );
}

function Intents({ say }: { say: (m: string) => void }) {
  const { t } = useTranslation();
  const intents = useAsync(() => knowledgeApi.intents(), 'intents');
  const data = intents.data;
  return (
    <section aria-labelledby="kb-intents-heading" className="section">
      <Heading level={2} data-size="sm" id="kb-intents-heading">
        {t('knowledge.rakelAdmin.intents')}
      </Heading>
      <Paragraph className="muted">{t('knowledge.rakelAdmin.intentsIntro')}</Paragraph>
      <ListState list={intents} />
      {data?.usingDefaults && (
        <Alert data-color="info" className="section">
          <Paragraph>{t('knowledge.rakelAdmin.usingDefaults')}</Paragraph>
        </Alert>
      )}
      {data && (
        <ul className="plain-list kb-intents">
          {data.intents.map((x) => (
            <li key={x.intent}>
              <IntentForm
                intent={x}
                onSaved={(view: IntentsView) => {
                  intents.setData(view);
                  say(t('knowledge.rakelAdmin.intentSaved', { label: x.label }));
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IntentForm({ intent, onSaved }: { intent: IntentView; onSaved: (view: IntentsView) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(intent.examples.join('\n'));
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const headingId = `kb-intent-${intent.intent}`;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const examples = [...new Set(text.split('\n').map((s) => s.trim()))].filter(Boolean);
    let problem: string | undefined;
    if (examples.length === 0) problem = t('knowledge.rakelAdmin.atLeastOne');
    else if (examples.length > 200) problem = t('knowledge.rakelAdmin.tooMany', { max: 200 });
    else if (examples.some((x) => x.length > 200)) problem = t('knowledge.rakelAdmin.tooLong', { max: 200 });
    setFieldError(problem);
    setError(undefined);
    if (problem) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const view = await knowledgeApi.saveIntent(intent.intent, examples);
      setText((view.intents.find((x) => x.intent === intent.intent)?.examples ?? examples).join('\n'));
      onSaved(view);
    } catch (err) {
      const fields = fieldErrors(t, err);
      const mapped = fields.examples ? t('knowledge.rakelAdmin.examplesInvalid') : undefined;
      setFieldError(mapped);
      if (!shownOnFields(err, mapped ? { examples: mapped } : {})) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="form-card kb-intent" data-intent={intent.intent}>
      <Heading level={3} data-size="xs" id={headingId}>
        <span lang="nb">{intent.label}</span>
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form" aria-labelledby={headingId}>
        <Textfield
          label={t('knowledge.rakelAdmin.examples', { label: intent.label })}
          description={t('knowledge.rakelAdmin.examplesHelp')}
          name={`examples-${intent.intent}`}
          multiline
          rows={Math.min(10, Math.max(4, intent.examples.length + 1))}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError}
          lang="nb"
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={busy}>
            {t('knowledge.rakelAdmin.saveExamples')}
            <span className="visually-hidden"> – {intent.label}</span>
          </Button>
        </div>
      </form>
    </Card>
  );
}

function Unanswered() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const today = todayInOslo();
  const [period, setPeriod] = useState({ from: addDays(today, -30), to: today });
  const [draft, setDraft] = useState(period);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const list = useAsync(() => knowledgeApi.unanswered(period.from, period.to), `${period.from}|${period.to}`);
  const items = list.data?.questions ?? [];

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found: typeof errors = {};
    if (!isDay(draft.from)) found.from = t('issues.date');
    if (!isDay(draft.to)) found.to = t('issues.date');
    else if (!found.from && draft.to < draft.from) found.to = t('issues.endBeforeStart');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(e.currentTarget);
    setPeriod(draft);
  };

  const caption = t('knowledge.rakelAdmin.unansweredCaption');
  return (
    <section aria-labelledby="kb-unanswered-heading" className="section">
      <Heading level={2} data-size="sm" id="kb-unanswered-heading">
        {t('knowledge.rakelAdmin.unanswered')}
      </Heading>
      <Paragraph className="muted">{t('knowledge.rakelAdmin.unansweredIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="section-toolbar section-toolbar--end kb-period">
        <Textfield
          type="date"
          label={t('knowledge.rakelAdmin.from')}
          name="from"
          value={draft.from}
          onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
          error={errors.from}
        />
        <Textfield
          type="date"
          label={t('knowledge.rakelAdmin.to')}
          name="to"
          value={draft.to}
          onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
          error={errors.to}
        />
        <Button type="submit" variant="secondary">
          {t('knowledge.rakelAdmin.show')}
        </Button>
      </form>
      <ListState
        list={list}
        count={items.length}
        none={t('knowledge.rakelAdmin.noUnanswered')}
        counted={t('knowledge.rakelAdmin.unansweredCount', { count: items.length, n: formatNumber(items.length, lng) })}
      />
      {items.length > 0 && (
        <DataTable
          label={caption}
          hiddenCaption
          className="kb-unanswered-table"
          small
          busy={list.loading}
          columns={[
            t('knowledge.rakelAdmin.question'),
            { text: t('knowledge.rakelAdmin.times'), className: 'num' },
            t('knowledge.rakelAdmin.last'),
          ]}
        >
          {items.map((q) => (
            <Table.Row key={q.question}>
              <Table.HeaderCell scope="row" className="wrap" lang="nb">
                {q.question}
              </Table.HeaderCell>
              <Table.Cell className="num">{formatNumber(q.times, lng)}</Table.Cell>
              <Table.Cell>
                <When iso={q.last} />
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}

type SettingsField = 'viewRetentionMonths' | 'conversationRetentionDays' | 'url' | 'name' | 'key' | 'apiVersion';

function Settings({ say }: { say: (m: string) => void }) {
  const { t } = useTranslation();
  const settings = useAsync(() => knowledgeApi.settings(), 'settings');
  return (
    <section aria-labelledby="kb-settings-heading" className="section">
      <Heading level={2} data-size="sm" id="kb-settings-heading">
        {t('knowledge.rakelAdmin.settings')}
      </Heading>
      <ListState list={settings} />
      {settings.data && (
        <SettingsForm
          key={JSON.stringify(settings.data)}
          settings={settings.data}
          onSaved={(s, message) => {
            settings.setData(s);
            say(message);
          }}
        />
      )}
    </section>
  );
}

function SettingsForm({
  settings,
  onSaved,
}: {
  settings: KnowledgeSettings;
  onSaved: (s: KnowledgeSettings, message: string) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    viewRetentionMonths: String(settings.viewRetentionMonths),
    conversationRetentionDays: String(settings.conversationRetentionDays),
    url: settings.model?.url ?? '',
    name: settings.model?.name ?? '',
    key: '',
    apiVersion: settings.model?.apiVersion ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors<SettingsField>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'save' | 'remove'>();
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: SettingsField) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const whole = (s: string, min: number, max: number) => {
    const n = Number(s.trim());
    return /^\d+$/.test(s.trim()) && n >= min && n <= max ? n : undefined;
  };

  const send = async (input: Parameters<typeof knowledgeApi.saveSettings>[0], message: string) => {
    try {
      onSaved(await knowledgeApi.saveSettings(input), message);
    } catch (err) {
      const fields = fieldErrors(t, err) as FieldErrors<SettingsField> & { model?: string };
      if (fields.model) {
        fields.url = t('knowledge.rakelAdmin.modelInvalid');
        delete fields.model;
      }
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors<SettingsField> = {};
    const months = whole(values.viewRetentionMonths, 1, 120);
    const days = whole(values.conversationRetentionDays, 1, 3650);
    if (months === undefined) found.viewRetentionMonths = t('knowledge.rakelAdmin.between', { min: 1, max: 120 });
    if (days === undefined) found.conversationRetentionDays = t('knowledge.rakelAdmin.between', { min: 1, max: 3650 });
    const url = values.url.trim();
    const name = values.name.trim();
    const useModel = Boolean(url || name || values.key.trim());
    if (useModel) {
      if (!url) found.url = t('issues.required');
      else if (!/^https?:\/\/\S+$/i.test(url)) found.url = t('knowledge.rakelAdmin.urlInvalid');
      if (!name) found.name = t('issues.required');
    }
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(e.currentTarget);
    setBusy('save');
    await send(
      {
        viewRetentionMonths: months,
        conversationRetentionDays: days,
        ...(useModel && {
          model: {
            url,
            name,
            apiVersion: values.apiVersion.trim() || null,
            ...(values.key.trim() && { key: values.key.trim() }),
          },
        }),
      },
      t('knowledge.rakelAdmin.settingsSaved'),
    );
    setBusy(undefined);
  };

  const removeModel = async () => {
    if (busy) return;
    setBusy('remove');
    setErrors({});
    setError(undefined);
    await send({ model: null }, t('knowledge.rakelAdmin.modelRemoved'));
    setBusy(undefined);
    focusSoon('#kb-settings-heading');
  };

  return (
    <Card className="form-card">
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <div className="form--grid">
          <Textfield
            label={t('knowledge.rakelAdmin.viewRetentionMonths')}
            description={t('knowledge.rakelAdmin.viewRetentionHelp')}
            name="viewRetentionMonths"
            inputMode="numeric"
            value={values.viewRetentionMonths}
            onChange={set('viewRetentionMonths')}
            error={errors.viewRetentionMonths}
          />
          <Textfield
            label={t('knowledge.rakelAdmin.conversationRetentionDays')}
            description={t('knowledge.rakelAdmin.conversationRetentionHelp')}
            name="conversationRetentionDays"
            inputMode="numeric"
            value={values.conversationRetentionDays}
            onChange={set('conversationRetentionDays')}
            error={errors.conversationRetentionDays}
          />
        </div>
        <Heading level={3} data-size="xs">
          {t('knowledge.rakelAdmin.model')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {settings.model ? t('knowledge.rakelAdmin.modelOn') : t('knowledge.rakelAdmin.modelOff')}
        </Paragraph>
        <div className="form--grid">
          <Textfield
            label={t('knowledge.rakelAdmin.modelUrl')}
            description={t('knowledge.rakelAdmin.modelUrlHelp')}
            name="url"
            type="url"
            inputMode="url"
            value={values.url}
            onChange={set('url')}
            error={errors.url}
            autoComplete="off"
          />
          <Textfield
            label={t('knowledge.rakelAdmin.modelName')}
            name="name"
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            autoComplete="off"
          />
          <Textfield
            label={`${t('knowledge.rakelAdmin.apiVersion')} ${t('common.optional')}`}
            description={t('knowledge.rakelAdmin.apiVersionHelp')}
            name="apiVersion"
            value={values.apiVersion}
            onChange={set('apiVersion')}
            error={errors.apiVersion}
            autoComplete="off"
          />
          <div className="kb-key">
            <Textfield
              label={t('knowledge.rakelAdmin.key')}
              description={
                settings.model?.hasKey ? t('knowledge.rakelAdmin.keyStoredHelp') : t('knowledge.rakelAdmin.keyHelp')
              }
              name="key"
              type="password"
              value={values.key}
              onChange={set('key')}
              error={errors.key}
              autoComplete="new-password"
            />
            {settings.model && (
              <Tag data-color={settings.model.hasKey ? 'success' : 'neutral'} data-size="sm" data-testid="key-state">
                {settings.model.hasKey ? t('knowledge.rakelAdmin.keyStored') : t('knowledge.rakelAdmin.noKey')}
              </Tag>
            )}
          </div>
        </div>
        <div className="button-row">
          <Button type="submit" data-color="accent" loading={busy === 'save'}>
            {t('knowledge.rakelAdmin.saveSettings')}
          </Button>
          {settings.model && (
            <Button
              type="button"
              variant="secondary"
              data-color="danger"
              loading={busy === 'remove'}
              onClick={() => void removeModel()}
            >
              {t('knowledge.rakelAdmin.removeModel')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}

function Bots({ say }: { say: (m: string) => void }) {
  const { t } = useTranslation();
  const bots = useAsync(() => knowledgeApi.bots(), 'bots');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const items = bots.data?.bots ?? [];
  const setList = (list: Bot[]) => bots.setData({ bots: list });
  return (
    <section aria-labelledby="kb-bots-heading" className="section">
      <Heading level={2} data-size="sm" id="kb-bots-heading">
        {t('knowledge.rakelAdmin.bots')}
      </Heading>
      <Paragraph className="muted">{t('knowledge.rakelAdmin.botsIntro')}</Paragraph>
      <ListState list={bots} count={items.length} none={t('knowledge.rakelAdmin.noBots')} />
      {items.length > 0 && (
        <DataTable
          label={t('knowledge.rakelAdmin.bots')}
          hiddenCaption
          className="kb-bots-table"
          small
          columns={[
            t('knowledge.rakelAdmin.botName'),
            t('knowledge.rakelAdmin.botStatus'),
            t('knowledge.rakelAdmin.lastUsed'),
            t('knowledge.rakelAdmin.registered'),
            t('knowledge.rakelAdmin.actions'),
          ]}
        >
          {items.map((b) => (
            <Table.Row key={b.id} data-bot={b.name}>
              <Table.HeaderCell scope="row" className="wrap">
                {b.name}
              </Table.HeaderCell>
              <Table.Cell>
                <ActiveTag active={b.active} />
              </Table.Cell>
              <Table.Cell>
                <When iso={b.lastUsedAt} none={t('knowledge.rakelAdmin.never')} />
              </Table.Cell>
              <Table.Cell>
                <When iso={b.createdAt} />
              </Table.Cell>
              <Table.Cell>
                <ActionButton
                  run={async () => {
                    const r = await knowledgeApi.setBotActive(b.id, !b.active);
                    setList(r.bots);
                    say(t(b.active ? 'knowledge.rakelAdmin.botOff' : 'knowledge.rakelAdmin.botOn', { name: b.name }));
                  }}
                  label={t(b.active ? 'knowledge.rakelAdmin.turnOffLabel' : 'knowledge.rakelAdmin.turnOnLabel', {
                    name: b.name,
                  })}
                >
                  {b.active ? t('channels.turnOff') : t('channels.turnOn')}
                </ActionButton>
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {created ? (
        <BotToken created={created} onDone={() => setCreated(undefined)} />
      ) : (
        <NewBotForm
          onCreated={(bot) => {
            setCreated(bot);
            setList([
              ...items,
              { id: bot.id, name: bot.name, active: bot.active, lastUsedAt: null, createdAt: new Date().toISOString() },
            ]);
          }}
        />
      )}
    </section>
  );
}

function NewBotForm({
  onCreated,
}: {
  onCreated: (bot: { id: string; name: string; active: boolean; token: string }) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ name?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: typeof errors = {};
    if (!name.trim()) found.name = t('issues.required');
    else if (name.trim().length > 100) found.name = t('richText.tooLong', { max: 100 });
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      onCreated(await knowledgeApi.createBot(name.trim()));
      setName('');
    } catch (err) {
      const fields = fieldErrors(t, err);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className="form-card">
      <Heading level={3} data-size="xs" id="kb-new-bot-heading" tabIndex={-1}>
        {t('knowledge.rakelAdmin.newBot')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form">
        <Textfield
          label={t('knowledge.rakelAdmin.botName')}
          description={t('knowledge.rakelAdmin.botNameHelp')}
          name="botName"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          autoComplete="off"
          required
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {t('knowledge.rakelAdmin.register')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** The bot's token, shown this once. */
function BotToken({ created, onDone }: { created: { name: string; token: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Card className="form-card" data-color="warning">
      <Heading level={3} data-size="xs" id="kb-bot-token-heading" tabIndex={-1} ref={headingRef}>
        {t('knowledge.rakelAdmin.botCreated', { name: created.name })}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('knowledge.rakelAdmin.tokenOnce')}</Paragraph>
      </Alert>
      <CopyField
        label={t('knowledge.rakelAdmin.token')}
        description={t('knowledge.rakelAdmin.tokenHelp')}
        name="token"
        value={created.token}
      />
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => {
            onDone();
            focusSoon('#kb-new-bot-heading');
          }}
        >
          {t('knowledge.rakelAdmin.tokenDone')}
        </Button>
      </div>
    </Card>
  );
}
