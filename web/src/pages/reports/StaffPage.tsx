import { Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi } from '../../api/endpoints.ts';
import type { StaffYear, StaffYears } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RowActions } from '../../components/RowActions.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { parseWhole } from '../devices/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { ConfirmDialog } from '../governance/shared.tsx';
import {
  currentYear,
  decimalToInput,
  focusSoon,
  formatDecimal,
  formatPercent,
  PageHead,
  parseDecimal,
} from './shared.tsx';

/** Staffing (årsverk, employees, women and men) and sick leave per year: the annual report's organisation section. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  usePageTitle(t('reports.staff.title'));
  const staff = useAsync<StaffYears>(() => reportsApi.staffYears(), 'staff');
  const [editing, setEditing] = useState<StaffYear>();
  const [removing, setRemoving] = useState<StaffYear>();
  const [notice, say] = useNotice();
  const s = staff.data;
  const items = [...(s?.items ?? [])].sort((a, b) => b.year - a.year);
  const canEdit = s?.can.edit ?? false;
  const caption = t('reports.staff.caption');
  const none = <span className="muted">{t('common.none')}</span>;

  const saved = (row: StaffYear, message: string) => {
    if (!s) return;
    const known = s.items.some((x) => x.year === row.year);
    staff.setData({ ...s, items: known ? s.items.map((x) => (x.year === row.year ? row : x)) : [...s.items, row] });
    setEditing(undefined);
    say(message);
    focusSoon(`[data-year="${row.year}"] th`);
  };

  return (
    <>
      <PageHead title={t('reports.staff.title')} intro={t('reports.staff.intro')} />
      {notice}
      {staff.error !== undefined && <ErrorMessage error={staff.error} onRetry={staff.reload} />}
      {!s && staff.loading && <Loading />}
      {s && items.length === 0 && <Paragraph className="muted">{t('reports.staff.empty')}</Paragraph>}
      {items.length > 0 && (
        <TableScroll label={caption}>
          <Table className="data-table staff-table" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('reports.staff.year')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('reports.staff.fte')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('reports.staff.employees')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('reports.staff.women')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('reports.staff.men')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('reports.staff.sickLeave')}
                </Table.HeaderCell>
                {canEdit && <Table.HeaderCell scope="col">{t('reports.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((row) => (
                <Table.Row key={row.year} data-year={row.year}>
                  <Table.HeaderCell scope="row" tabIndex={-1}>
                    {row.year}
                  </Table.HeaderCell>
                  <Table.Cell className="num" data-cell="fte">
                    {formatDecimal(row.fte, 1, lng)}
                  </Table.Cell>
                  <Table.Cell className="num" data-cell="employees">
                    {formatNumber(row.employees, lng)}
                  </Table.Cell>
                  <Table.Cell className="num">{row.women === null ? none : formatNumber(row.women, lng)}</Table.Cell>
                  <Table.Cell className="num">{row.men === null ? none : formatNumber(row.men, lng)}</Table.Cell>
                  <Table.Cell className="num nowrap" data-cell="sickLeave">
                    {row.sickLeavePercent === null ? none : formatPercent(row.sickLeavePercent, lng)}
                  </Table.Cell>
                  {canEdit && (
                    <Table.Cell>
                      <RowActions
                        name={String(row.year)}
                        onEdit={() => {
                          setEditing(row);
                          focusSoon('#staff-edit-heading');
                        }}
                        onRemove={() => setRemoving(row)}
                      />
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {canEdit &&
        (editing ? (
          <StaffForm
            key={editing.year}
            row={editing}
            onSaved={saved}
            onCancel={() => {
              const year = editing.year;
              setEditing(undefined);
              focusSoon(`[data-year="${year}"] button`);
            }}
          />
        ) : (
          <StaffForm key="new" known={items.map((x) => x.year)} onSaved={saved} />
        ))}
      {removing && (
        <ConfirmDialog
          id="staff-delete"
          open
          danger
          title={t('reports.staff.deleteTitle', { year: removing.year })}
          confirm={t('reports.staff.deleteConfirm')}
          onClose={() => setRemoving(undefined)}
          afterConfirm={() => focusSoon('.reports-h1')}
          onConfirm={async () => {
            await reportsApi.removeStaffYear(removing.year);
            if (s) staff.setData({ ...s, items: s.items.filter((x) => x.year !== removing.year) });
            if (editing?.year === removing.year) setEditing(undefined);
            say(t('reports.staff.deleted', { year: removing.year }));
            setRemoving(undefined);
          }}
        >
          <Paragraph>{t('reports.staff.deleteText', { year: removing.year })}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
}

interface Values {
  year: string;
  fte: string;
  employees: string;
  women: string;
  men: string;
  sickLeavePercent: string;
}
type Errors = Partial<Record<keyof Values, string>>;

function StaffForm({
  row,
  known = [],
  onSaved,
  onCancel,
}: {
  row?: StaffYear;
  /** the years the table has already (a new row for one of them changes it) */
  known?: number[];
  onSaved: (row: StaffYear, message: string) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [values, setValues] = useState<Values>(() => ({
    year: String(row?.year ?? currentYear() - 1),
    fte: decimalToInput(row?.fte ?? null, lng),
    employees: row ? String(row.employees) : '',
    women: row?.women == null ? '' : String(row.women),
    men: row?.men == null ? '' : String(row.men),
    sickLeavePercent: decimalToInput(row?.sickLeavePercent ?? null, lng),
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const headingId = row ? 'staff-edit-heading' : 'staff-new-heading';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const year = parseWhole(values.year);
    const fte = parseDecimal(values.fte, 1);
    const employees = parseWhole(values.employees);
    const women = parseWhole(values.women);
    const men = parseWhole(values.men);
    const sick = parseDecimal(values.sickLeavePercent, 2);
    const found: Errors = {};
    if (year === null || year === undefined || year < 2000 || year > 2100) found.year = t('reports.staff.yearInvalid');
    if (fte === null) found.fte = t('issues.required');
    else if (fte === undefined || fte > 100_000) found.fte = t('reports.staff.fteInvalid');
    if (employees === null) found.employees = t('issues.required');
    else if (employees === undefined) found.employees = t('reports.staff.wholeInvalid');
    if (women === undefined) found.women = t('reports.staff.wholeInvalid');
    if (men === undefined) found.men = t('reports.staff.wholeInvalid');
    if (sick === undefined || (sick !== null && sick > 100)) found.sickLeavePercent = t('reports.staff.percentInvalid');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    const input = {
      fte: fte!,
      employees: employees!,
      women: women ?? null,
      men: men ?? null,
      sickLeavePercent: sick ?? null,
    };
    setBusy(true);
    try {
      const saved = await reportsApi.putStaffYear(year!, input);
      if (!row)
        setValues({ year: String(year! + 1), fte: '', employees: '', women: '', men: '', sickLeavePercent: '' });
      onSaved(
        saved,
        row || known.includes(year!)
          ? t('reports.staff.saved', { year: year! })
          : t('reports.staff.added', { year: year! }),
      );
    } catch (err) {
      const fields = fieldErrors(t, err);
      const mapped: Errors = {};
      if (fields.year) mapped.year = t('reports.staff.yearInvalid');
      if (fields.fte) mapped.fte = t('reports.staff.fteInvalid');
      if (fields.employees) mapped.employees = t('reports.staff.wholeInvalid');
      if (fields.women) mapped.women = t('reports.staff.wholeInvalid');
      if (fields.men) mapped.men = t('reports.staff.wholeInvalid');
      if (fields.sickLeavePercent) mapped.sickLeavePercent = t('reports.staff.percentInvalid');
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
          {row ? t('reports.staff.editTitle', { year: row.year }) : t('reports.staff.addTitle')}
        </Heading>
        {!row && (
          <Paragraph data-size="sm" className="muted">
            {t('reports.staff.addHelp')}
          </Paragraph>
        )}
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <Textfield
            label={t('reports.staff.year')}
            name="year"
            inputMode="numeric"
            value={values.year}
            onChange={set('year')}
            error={errors.year}
            readOnly={!!row}
            required
          />
          <Textfield
            label={t('reports.staff.fte')}
            description={t('reports.staff.fteHelp')}
            name="fte"
            inputMode="decimal"
            value={values.fte}
            onChange={set('fte')}
            error={errors.fte}
            required
          />
          <Textfield
            label={t('reports.staff.employees')}
            name="employees"
            inputMode="numeric"
            value={values.employees}
            onChange={set('employees')}
            error={errors.employees}
            required
          />
          <Textfield
            label={`${t('reports.staff.women')} ${t('common.optional')}`}
            name="women"
            inputMode="numeric"
            value={values.women}
            onChange={set('women')}
            error={errors.women}
          />
          <Textfield
            label={`${t('reports.staff.men')} ${t('common.optional')}`}
            name="men"
            inputMode="numeric"
            value={values.men}
            onChange={set('men')}
            error={errors.men}
          />
          <Textfield
            label={`${t('reports.staff.sickLeaveField')} ${t('common.optional')}`}
            description={t('reports.staff.sickLeaveHelp')}
            name="sickLeavePercent"
            inputMode="decimal"
            value={values.sickLeavePercent}
            onChange={set('sickLeavePercent')}
            error={errors.sickLeavePercent}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {row ? t('reports.staff.save') : t('reports.staff.add')}
            </Button>
            {onCancel && (
              <Button type="button" variant="secondary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </form>
      </Card>
    </section>
  );
}
