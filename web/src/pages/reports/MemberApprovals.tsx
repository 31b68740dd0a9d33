import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { reportsApi } from '../../api/endpoints.ts';
import type { Report } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { shownOnFields } from '../../lib/errors.ts';
import { formatDay, isDay } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';

type Changed = (next: Report, message: string, focus?: string) => void;
interface Row {
  memberId: string;
  memberName: string;
  date: string;
  signer: string;
}
type RowErrors = Record<string, { date?: string; signer?: string }>;

/**
 * An annual report is approved by every member (a date and who signed for the member). The table is
 * editable until the report is approved; the report can only be approved when every row has a date.
 */
export function MemberApprovals({ report: r, onChanged }: { report: Report; onChanged: Changed }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const editable = r.status !== 'approved' && (r.can.edit || r.can.approve);
  const [rows, setRows] = useState<Row[]>(() =>
    r.memberApprovals.map((a) => ({ ...a, date: a.date ?? '', signer: a.signer ?? '' })),
  );
  const [errors, setErrors] = useState<RowErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const caption = t('reports.approvals.caption');
  const missing = r.memberApprovals.filter((a) => !a.date).length;

  const change = (memberId: string, key: 'date' | 'signer', value: string) =>
    setRows((xs) => xs.map((x) => (x.memberId === memberId ? { ...x, [key]: value } : x)));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: RowErrors = {};
    for (const row of rows) {
      const date = row.date.trim();
      const signer = row.signer.trim();
      if (!date && !signer) continue;
      const err: { date?: string; signer?: string } = {};
      if (!isDay(date)) err.date = date ? t('issues.date') : t('reports.approvals.dateMissing');
      if (!signer) err.signer = t('reports.approvals.signerMissing');
      else if (signer.length > 200) err.signer = t('reports.create.tooLong', { max: 200 });
      if (err.date || err.signer) found[row.memberId] = err;
    }
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const approvals = rows
        .filter((row) => row.date.trim() && row.signer.trim())
        .map((row) => ({ memberId: row.memberId, date: row.date.trim(), signer: row.signer.trim() }));
      const next = await reportsApi.memberApprovals(r.id, approvals);
      onChanged(next, t('reports.approvals.saved'), '#report-approvals-heading');
    } catch (err) {
      // issues name the row: approvals.<n>.date / approvals.<n>.signer
      const mapped: RowErrors = {};
      if (err instanceof ApiError) {
        const sent = rows.filter((row) => row.date.trim() && row.signer.trim());
        for (const issue of err.issues) {
          const m = /^approvals\.(\d+)\.(date|signer)$/.exec(issue.path);
          const row = m ? sent[Number(m[1])] : undefined;
          if (!m || !row) continue;
          mapped[row.memberId] = {
            ...mapped[row.memberId],
            [m[2]!]: m[2] === 'date' ? t('issues.date') : t('issues.invalid'),
          };
        }
      }
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  const table = (
    <TableScroll label={caption}>
      <Table className="data-table reports-approvals" data-size="sm">
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('reports.approvals.member')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reports.approvals.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reports.approvals.signer')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => {
            const a = r.memberApprovals.find((x) => x.memberId === row.memberId);
            return (
              <Table.Row key={row.memberId} data-member={row.memberId}>
                <Table.HeaderCell scope="row">{row.memberName}</Table.HeaderCell>
                {editable ? (
                  <>
                    <Table.Cell>
                      <Textfield
                        type="date"
                        data-size="sm"
                        aria-label={t('reports.approvals.dateFor', { member: row.memberName })}
                        name={`date-${row.memberId}`}
                        value={row.date}
                        onChange={(e) => change(row.memberId, 'date', e.target.value)}
                        error={errors[row.memberId]?.date}
                      />
                    </Table.Cell>
                    <Table.Cell>
                      <Textfield
                        data-size="sm"
                        aria-label={t('reports.approvals.signerFor', { member: row.memberName })}
                        name={`signer-${row.memberId}`}
                        value={row.signer}
                        onChange={(e) => change(row.memberId, 'signer', e.target.value)}
                        error={errors[row.memberId]?.signer}
                      />
                    </Table.Cell>
                  </>
                ) : (
                  <>
                    <Table.Cell>
                      {a?.date ? (
                        formatDay(a.date, lng)
                      ) : (
                        <span className="muted">{t('reports.approvals.notYet')}</span>
                      )}
                    </Table.Cell>
                    <Table.Cell>{a?.signer ?? <span className="muted">{t('common.none')}</span>}</Table.Cell>
                  </>
                )}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );

  return (
    <section aria-labelledby="report-approvals-heading" className="section">
      <Heading level={2} data-size="sm" id="report-approvals-heading" tabIndex={-1}>
        {t('reports.approvals.title')}
      </Heading>
      <Paragraph data-size="sm" className="muted intro__text">
        {missing > 0 && r.status !== 'approved'
          ? t('reports.approvals.introMissing', { count: missing })
          : t('reports.approvals.intro')}
      </Paragraph>
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      {editable ? (
        <form onSubmit={submit} noValidate className="form form--compact">
          {table}
          <div className="button-row">
            <Button type="submit" loading={busy} variant="secondary">
              {t('reports.approvals.save')}
            </Button>
          </div>
        </form>
      ) : (
        table
      )}
    </section>
  );
}
