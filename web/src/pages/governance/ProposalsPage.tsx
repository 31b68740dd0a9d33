import {
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { parseKroner } from '../economy/format.ts';
import { governanceApi, type Proposal, type ProposalStatus } from './api.ts';
import { stageText } from './shared.tsx';

const STATUS_COLOR: Record<ProposalStatus, 'info' | 'neutral' | 'danger' | 'success'> = {
  open: 'info',
  rejected: 'danger',
  withdrawn: 'neutral',
  closed: 'neutral',
  case: 'success',
  project: 'success',
};

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" className="nowrap">
      {t(`governance.proposalStatus.${status}`)}
    </Tag>
  );
}

/** Set by the submit form, so the proposal's page can say it was sent. */
export interface ProposalLinkState {
  submitted?: boolean;
}

/** Innspill: submit an idea or need, and follow every proposal (or your own) through the steps. */
export function ProposalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('governance.proposals.pageTitle'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const mine = params.get('mine') === '1';
  const proposals = useAsync(() => governanceApi.proposals(mine), String(mine));
  const [chosen, setChosen] = useState(mine);
  const list = proposals.data?.proposals ?? [];
  const caption = mine ? t('governance.proposals.captionMine') : t('governance.proposals.caption');

  const choose = (next: boolean) => {
    setChosen(next);
    const p = new URLSearchParams(params);
    if (next) p.set('mine', '1');
    else p.delete('mine');
    setParams(p, { replace: true });
  };

  return (
    <>
      <Paragraph data-size="sm" className="eyebrow">
        {t('governance.title')}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('governance.proposals.title')}
      </Heading>
      <Paragraph className="muted">{t('governance.proposals.intro')}</Paragraph>
      <section aria-labelledby="proposals-heading" className="section">
        <Heading level={2} data-size="sm" id="proposals-heading">
          {t('governance.proposals.listTitle')}
        </Heading>
        <Fieldset>
          <Fieldset.Legend>{t('governance.proposals.show')}</Fieldset.Legend>
          <div className="radio-row">
            <Radio
              label={t('governance.proposals.all')}
              name="proposalFilter"
              value="all"
              checked={!chosen}
              onChange={() => choose(false)}
            />
            <Radio
              label={t('governance.proposals.mine')}
              name="proposalFilter"
              value="mine"
              checked={chosen}
              onChange={() => choose(true)}
            />
          </div>
        </Fieldset>
        {proposals.error !== undefined && <ErrorMessage error={proposals.error} onRetry={proposals.reload} level={3} />}
        {proposals.loading && !proposals.data && <Loading />}
        {proposals.data &&
          (list.length === 0 ? (
            <Paragraph className="muted" role="status">
              {mine ? t('governance.proposals.emptyMine') : t('governance.proposals.empty')}
            </Paragraph>
          ) : (
            <ProposalsTable proposals={list} caption={caption} busy={proposals.loading} />
          ))}
      </section>
      <ProposalForm
        onSubmitted={(p) => {
          const state: ProposalLinkState = { submitted: true };
          navigate(`/governance/proposals/${p.id}`, { state });
        }}
      />
    </>
  );
}

function ProposalsTable({ proposals, caption, busy }: { proposals: Proposal[]; caption: string; busy: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={caption}>
      <Table className="data-table gov-proposals" data-size="sm" aria-busy={busy}>
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('governance.proposals.reference')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.proposals.titleField')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.proposals.stage')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.proposals.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.proposals.proposer')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governance.proposals.updated')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {proposals.map((p) => (
            <Table.Row key={p.id} data-reference={p.reference}>
              <Table.HeaderCell scope="row" className="nowrap">
                <Link asChild>
                  <RouterLink to={`/governance/proposals/${p.id}`}>{p.reference}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell className="break">{p.title}</Table.Cell>
              <Table.Cell>{stageText(t, p.stage, p.bodyName)}</Table.Cell>
              <Table.Cell>
                <ProposalStatusTag status={p.status} />
              </Table.Cell>
              <Table.Cell>{p.proposer ?? t('common.none')}</Table.Cell>
              <Table.Cell className="nowrap">{formatDateTime(p.updatedAt, i18n.language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

interface Values {
  title: string;
  need: string;
  benefit: string;
  memberIds: string[];
  cost: string;
}
type Errors = Partial<Record<keyof Values, string>>;

/** Submit a proposal: it goes first to the innovation council of the proposer's municipality. */
function ProposalForm({ onSubmitted }: { onSubmitted: (p: Proposal) => void }) {
  const { t } = useTranslation();
  const { overview } = useCooperation();
  const { user } = useSession();
  const [values, setValues] = useState<Values>(() => ({
    title: '',
    need: '',
    benefit: '',
    memberIds: user?.memberId ? [user.memberId] : [],
    cost: '',
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: 'title' | 'need' | 'benefit' | 'cost') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const members = overview?.members ?? [];

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    if (!values.title.trim()) found.title = t('issues.required');
    if (!values.need.trim()) found.need = t('governance.proposalForm.needRequired');
    let costOre: number | null = null;
    if (values.cost.trim()) {
      const ore = parseKroner(values.cost);
      if (ore === undefined || ore < 0) found.cost = t('governance.proposalForm.costInvalid');
      else costOre = ore;
    }
    if (!user?.memberId && values.memberIds.length === 0)
      found.memberIds = t('governance.proposalForm.chooseMunicipality');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      onSubmitted(
        await governanceApi.submitProposal({
          title: values.title.trim(),
          need: values.need.trim(),
          benefit: values.benefit.trim(),
          memberIds: values.memberIds,
          estimatedCostOre: costOre,
        }),
      );
    } catch (err) {
      const byField = fieldErrors(t, err);
      const fields: Errors = {};
      if (byField.title) fields.title = byField.title;
      if (byField.need) fields.need = t('governance.proposalForm.needRequired');
      if (byField.benefit) fields.benefit = byField.benefit;
      if (byField.memberIds) fields.memberIds = t('governance.proposalForm.chooseMunicipality');
      if (byField.estimatedCostOre) fields.cost = t('governance.proposalForm.costInvalid');
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="proposal-form-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="proposal-form-heading">
          {t('governance.proposalForm.title')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('governance.proposalForm.intro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <Textfield
            label={t('governance.proposalForm.titleField')}
            name="proposalTitle"
            value={values.title}
            onChange={set('title')}
            error={errors.title}
            maxLength={300}
            autoComplete="off"
            required
          />
          <Textfield
            label={t('governance.proposalForm.need')}
            description={t('governance.proposalForm.needHelp')}
            name="need"
            multiline
            rows={4}
            value={values.need}
            onChange={set('need')}
            error={errors.need}
            maxLength={10_000}
            required
          />
          <Textfield
            label={`${t('governance.proposalForm.benefit')} ${t('common.optional')}`}
            name="benefit"
            multiline
            rows={3}
            value={values.benefit}
            onChange={set('benefit')}
            error={errors.benefit}
            maxLength={10_000}
          />
          <Fieldset className="checkbox-list">
            <Fieldset.Legend>{t('governance.proposalForm.municipalities')}</Fieldset.Legend>
            <Fieldset.Description>{t('governance.proposalForm.municipalitiesHelp')}</Fieldset.Description>
            <div className="checkbox-list__items">
              {members.map((m) => (
                <Checkbox
                  key={m.id}
                  label={m.name}
                  value={m.id}
                  checked={values.memberIds.includes(m.id)}
                  aria-invalid={errors.memberIds ? true : undefined}
                  onChange={(e) =>
                    setValues((v) => ({
                      ...v,
                      memberIds: e.target.checked ? [...v.memberIds, m.id] : v.memberIds.filter((x) => x !== m.id),
                    }))
                  }
                />
              ))}
            </div>
            {errors.memberIds && <ValidationMessage>{errors.memberIds}</ValidationMessage>}
          </Fieldset>
          <Textfield
            label={`${t('governance.proposalForm.cost')} ${t('common.optional')}`}
            description={t('governance.proposalForm.costHelp')}
            name="cost"
            inputMode="decimal"
            value={values.cost}
            onChange={set('cost')}
            error={errors.cost}
            autoComplete="off"
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('governance.proposalForm.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
