import { Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceRule } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useNotice } from '../economy/shared.tsx';
import { RuleForm } from './RuleForm.tsx';
import { ruleRequirements, ruleScope, ruleWhen } from './rules.ts';
import { focusSoon, PageHead, useDevices } from './shared.tsx';

/** Compliance rules on device groups; each links to the devices that fail it. The service desk edits them. */
export function RulesPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { settings } = useDevices();
  usePageTitle(t('devices.rules.title'));
  const rules = useAsync(() => devicesApi.rules(), 'rules');
  const [editing, setEditing] = useState<DeviceRule>();
  const [notice, say] = useNotice();
  const items = rules.data?.items ?? [];
  const caption = t('devices.rules.caption');

  const saved = (r: DeviceRule, message: string) => {
    const known = items.some((x) => x.id === r.id);
    rules.setData({
      items: (known ? items.map((x) => (x.id === r.id ? r : x)) : [...items, r]).sort((a, b) =>
        a.name.localeCompare(b.name, 'nb'),
      ),
    });
    setEditing(undefined);
    say(message);
    focusSoon(`[data-rule="${r.id}"] a`);
  };

  return (
    <>
      <PageHead title={t('devices.rules.title')} intro={t('devices.rules.intro')} />
      {notice}
      {rules.error !== undefined && <ErrorMessage error={rules.error} onRetry={rules.reload} />}
      {!rules.data && rules.loading && <Loading />}
      {rules.data && items.length === 0 && <Paragraph className="muted">{t('devices.rules.empty')}</Paragraph>}
      {items.length > 0 && (
        <TableScroll label={caption}>
          <Table className="data-table rules-table" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('devices.rules.columns.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.rules.columns.appliesTo')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.rules.columns.requirements')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('devices.rules.columns.when')}</Table.HeaderCell>
                {settings.canKeep && <Table.HeaderCell scope="col">{t('devices.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((r) => (
                <Table.Row key={r.id} data-rule={r.id}>
                  <Table.HeaderCell scope="row" className="break">
                    <Link asChild>
                      <RouterLink to={`/devices/rules/${r.id}`}>{r.name}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell className="break">{ruleScope(t, r, settings)}</Table.Cell>
                  <Table.Cell className="break">{ruleRequirements(t, r, lng)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={r.inEffect ? 'success' : r.active ? 'info' : 'neutral'} data-size="sm">
                      {ruleWhen(t, r, lng)}
                    </Tag>
                  </Table.Cell>
                  {settings.canKeep && (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => {
                          setEditing(r);
                          focusSoon('#rule-edit-heading');
                        }}
                      >
                        {t('devices.rules.edit')}
                        <span className="visually-hidden"> {r.name}</span>
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {settings.canKeep &&
        (editing ? (
          <RuleForm
            key={editing.id}
            rule={editing}
            onSaved={saved}
            onCancel={() => {
              const id = editing.id;
              setEditing(undefined);
              focusSoon(`[data-rule="${id}"] button`);
            }}
          />
        ) : (
          <RuleForm key="new" onSaved={saved} />
        ))}
    </>
  );
}
