import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams, useSearchParams } from 'react-router';
import { devicesApi } from '../../api/endpoints.ts';
import type { NonCompliantView } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { isNotFound } from '../governance/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { ruleRequirements, ruleScope, ruleWhen, violationText } from './rules.ts';
import {
  type BackState,
  CountCell,
  focusSoon,
  formatMemory,
  isUuid,
  memberOptions,
  PageHead,
  Pager,
  useDevices,
} from './shared.tsx';

const PAGE_SIZE = 100;

/** The devices that fail a rule, with what each fails, counted per member and department (for system owners). */
export function RulePage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { id = '' } = useParams();
  const { settings } = useDevices();
  const [params, setParams] = useSearchParams();
  const memberId = params.get('memberId') ?? '';
  const valid = isUuid(id);
  const view = useAsync(() => devicesApi.nonCompliant(id, memberId || undefined), `${id}|${memberId}`, valid);
  const rule = view.data?.rule;
  usePageTitle(rule?.name ?? t('devices.rules.title'));

  if (!valid || (view.error !== undefined && isNotFound(view.error))) return <NotFound />;
  if (view.error !== undefined && !view.data) return <ErrorMessage error={view.error} onRetry={view.reload} />;
  if (!view.data || !rule) return <Loading />;
  const v = view.data;
  const set = (key: string, value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    p.delete('page');
    setParams(p, { replace: true });
  };

  return (
    <>
      <BackLink to="/devices/rules">{t('devices.rules.back')}</BackLink>
      <PageHead title={rule.name} intro={rule.description || undefined} />
      <dl className="facts facts--grid">
        <div>
          <dt>{t('devices.rules.columns.appliesTo')}</dt>
          <dd>{ruleScope(t, rule, settings)}</dd>
        </div>
        <div>
          <dt>{t('devices.rules.columns.requirements')}</dt>
          <dd>{ruleRequirements(t, rule, lng)}</dd>
        </div>
        <div>
          <dt>{t('devices.rules.columns.when')}</dt>
          <dd>
            <Tag data-color={rule.inEffect ? 'success' : rule.active ? 'info' : 'neutral'} data-size="sm">
              {ruleWhen(t, rule, lng)}
            </Tag>
          </dd>
        </div>
      </dl>
      <search className="filters devices-filters" aria-label={t('devices.rules.page.filters')}>
        <SelectField
          label={t('devices.member')}
          name="memberId"
          value={memberId}
          onChange={(e) => set('memberId', e.target.value)}
          empty={t('devices.allMembers')}
          options={memberOptions(settings)}
        />
      </search>
      <Paragraph className="rule-summary" aria-live="polite">
        {v.nonCompliant === 0
          ? t('devices.rules.page.allOk', { covered: formatNumber(v.covered, lng) })
          : t('devices.rules.page.summary', {
              nonCompliant: formatNumber(v.nonCompliant, lng),
              covered: formatNumber(v.covered, lng),
            })}
      </Paragraph>
      {v.nonCompliant > 0 && <Departments view={v} />}
      {v.nonCompliant > 0 && <NonCompliantDevices view={v} />}
    </>
  );
}

function Departments({ view }: { view: NonCompliantView }) {
  const { t } = useTranslation();
  const caption = t('devices.rules.page.departmentsCaption');
  return (
    <section aria-labelledby="rule-departments" className="section">
      <h2 id="rule-departments" className="visually-hidden">
        {caption}
      </h2>
      <TableScroll label={caption}>
        <Table className="data-table rule-departments" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('devices.member')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.fields.department')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('devices.rules.page.failing')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('devices.rules.page.covered')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...view.departments]
              .sort(
                (a, b) =>
                  a.memberName.localeCompare(b.memberName, 'nb') || a.department.localeCompare(b.department, 'nb'),
              )
              .map((d) => (
                <Table.Row key={`${d.memberId}|${d.department}`}>
                  <Table.Cell>{d.memberName}</Table.Cell>
                  <Table.HeaderCell scope="row">
                    {d.department || t('devices.rules.page.noDepartment')}
                  </Table.HeaderCell>
                  <CountCell value={d.count} cell="failing" />
                  <CountCell value={d.covered} cell="covered" />
                </Table.Row>
              ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row" colSpan={2}>
                {t('devices.forecast.total')}
              </Table.HeaderCell>
              <CountCell value={view.nonCompliant} cell="failing" />
              <CountCell value={view.covered} cell="covered" />
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
    </section>
  );
}

function NonCompliantDevices({ view }: { view: NonCompliantView }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const back: BackState = { back: `${location.pathname}${location.search}`, backLabel: t('devices.rules.backToRule') };
  const pages = Math.max(1, Math.ceil(view.items.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
  const shown = view.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const caption = t('devices.rules.page.devicesCaption', {
    count: view.items.length,
    n: formatNumber(view.items.length, lng),
  });
  const goTo = (n: number) => {
    const p = new URLSearchParams(params);
    if (n > 1) p.set('page', String(n));
    else p.delete('page');
    setParams(p, { replace: true });
    focusSoon('#rule-devices');
  };
  return (
    <section aria-labelledby="rule-devices" className="section">
      <h2 id="rule-devices" className="visually-hidden" tabIndex={-1}>
        {caption}
      </h2>
      <TableScroll label={caption}>
        <Table className="data-table rule-devices" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('devices.fields.serial')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.member')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.fields.department')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.fields.model')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.fields.assignedTo')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('devices.fields.memory')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.rules.page.fails')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map(({ device: d, violations }) => (
              <Table.Row key={d.id} data-serial={d.serial}>
                <Table.HeaderCell scope="row" className="nowrap">
                  <Link asChild>
                    <RouterLink to={`/devices/${d.id}`} state={back}>
                      {d.serial}
                    </RouterLink>
                  </Link>
                </Table.HeaderCell>
                <Table.Cell>{d.memberName}</Table.Cell>
                <Table.Cell>{d.department}</Table.Cell>
                <Table.Cell className="break">{[d.manufacturer, d.model].filter(Boolean).join(' ')}</Table.Cell>
                <Table.Cell className="break">{d.assignedTo}</Table.Cell>
                <Table.Cell className="num nowrap">{formatMemory(d.memoryMb, lng)}</Table.Cell>
                <Table.Cell>
                  <ul className="plain-list violations">
                    {violations.map((x) => (
                      <li key={x.code}>{violationText(t, x, lng)}</li>
                    ))}
                  </ul>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Pager page={page} pages={pages} label={t('devices.pager.label')} onPage={goTo} />
    </section>
  );
}
