import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { economyApi } from '../../api/endpoints.ts';
import type { EconomyInvestments } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { FramesFacts } from './FramesSection.tsx';
import { AddProjectForm, EditProjectForm } from './ProjectForms.tsx';
import {
  FiguresCells,
  FiguresHead,
  Num,
  Section,
  UnitToggle,
  unitText,
  useEconomy,
  useNotice,
  useUnit,
} from './shared.tsx';

/** Investment projects (the council's four columns), the frame with VAT compensation, and the plan. */
export function InvestmentsPage() {
  const { t } = useTranslation();
  const { year, editor, drivers } = useEconomy();
  const [unit, setUnit] = useUnit();
  const investments = useAsync(() => economyApi.investments(year, unit), `${year}|${unit}`);
  const frames = useAsync(() => economyApi.frames(year), String(year));
  const [notice, say] = useNotice();
  const data = investments.data;

  return (
    <>
      {notice}
      <Section id="projects-heading" title={t('economy.investments.title')} intro={t('economy.investments.intro')}>
        <div className="economy-toolbar">
          <UnitToggle unit={unit} onChange={setUnit} name="investments-unit" />
        </div>
        {investments.error !== undefined && (
          <ErrorMessage error={investments.error} onRetry={investments.reload} level={3} />
        )}
        {investments.loading && !data && <Loading />}
        {data && <ProjectsTable investments={data} busy={investments.loading} />}
      </Section>
      <Section id="investment-frame-heading" title={t('economy.investments.frameTitle', { year })}>
        {frames.error !== undefined && <ErrorMessage error={frames.error} onRetry={frames.reload} level={3} />}
        {frames.loading && !frames.data && <Loading />}
        {frames.data && <FramesFacts frames={frames.data} members={drivers.data?.members ?? []} only="investment" />}
        {editor && (
          <Paragraph data-size="sm">
            <Link asChild>
              <RouterLink to={`/economy/${year}/payments#frames-form-heading`}>
                {t('economy.investments.changeFrames')}
              </RouterLink>
            </Link>
          </Paragraph>
        )}
      </Section>
      <Section id="plan-heading" title={t('economy.plan.title')} intro={t('economy.plan.intro', { year })}>
        {data && <PlanTable investments={data} />}
      </Section>
      {editor && data && (
        <>
          <AddProjectForm
            year={year}
            onAdded={(name) => {
              investments.reload();
              say(t('economy.projects.added', { name }));
            }}
          />
          {data.projects.length > 0 && (
            <EditProjectForm
              projects={data.projects}
              onSaved={(name) => {
                investments.reload();
                say(t('economy.projects.saved', { name }));
              }}
            />
          )}
        </>
      )}
    </>
  );
}

function ProjectsTable({ investments, busy }: { investments: EconomyInvestments; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const caption = t('economy.investments.caption', {
    year: investments.year,
    unit: unitText(t, investments.unit),
  });
  if (investments.rows.length === 0)
    return <Paragraph className="muted">{t('economy.investments.empty', { year: investments.year })}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table className="data-table projects-table" data-size="sm" aria-busy={busy}>
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('economy.projects.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('economy.projects.area')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('economy.projects.deadline')}</Table.HeaderCell>
            <FiguresHead />
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {investments.rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row" className="break">
                {r.name}
              </Table.HeaderCell>
              <Table.Cell>{r.area || <span className="muted">{t('common.none')}</span>}</Table.Cell>
              <Table.Cell className="nowrap">
                {r.deadline ? formatDay(r.deadline, i18n.language) : <span className="muted">{t('common.none')}</span>}
              </Table.Cell>
              <FiguresCells figures={r} />
            </Table.Row>
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row className="total-row">
            <Table.HeaderCell scope="row" colSpan={3}>
              {t('economy.sum')}
            </Table.HeaderCell>
            <FiguresCells figures={investments.sum} />
          </Table.Row>
        </tfoot>
      </Table>
    </TableScroll>
  );
}

/** The multi-year plan: each year's frame with VAT, its compensation, and each member's net part. */
function PlanTable({ investments }: { investments: EconomyInvestments }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { plan } = investments;
  if (plan.length === 0) return <Paragraph className="muted">{t('economy.plan.empty')}</Paragraph>;
  const members = plan[0]?.members ?? [];
  const caption = t('economy.plan.caption', { unit: unitText(t, investments.unit) });
  return (
    <>
      {!investments.hasKey && (
        <Paragraph data-size="sm" className="note">
          {t('economy.plan.noKey', { year: investments.year })}
        </Paragraph>
      )}
      <TableScroll label={caption}>
        <Table className="data-table plan-table" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('economy.plan.year')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('economy.plan.frame')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('economy.plan.vat')}
              </Table.HeaderCell>
              {members.map((m) => (
                <Table.HeaderCell key={m.memberId} scope="col" className="num">
                  {m.name}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="num">
                {t('economy.plan.net')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {plan.map((p) => (
              <Table.Row key={p.year}>
                <Table.HeaderCell scope="row">{p.year}</Table.HeaderCell>
                <Num value={p.frame} lng={lng} />
                <Num value={-p.vatCompensation} lng={lng} />
                {members.map((m) => (
                  <Num
                    key={m.memberId}
                    value={p.members.find((x) => x.memberId === m.memberId)?.amount ?? 0}
                    lng={lng}
                  />
                ))}
                <Num value={p.net} lng={lng} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
