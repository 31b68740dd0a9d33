import { Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { economyApi } from '../../api/endpoints.ts';
import { type EconomyAccount, EXPENSE_TYPES, type ExpenseType } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { pathErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { Section, useNotice } from './shared.tsx';

/** Which expense type each account of the accounting system belongs to; the import needs it. */
export function AccountsSection({ editor }: { editor: boolean }) {
  const { t } = useTranslation();
  const accounts = useAsync(() => economyApi.accounts(), 'accounts');
  const [notice, say] = useNotice();
  const list = accounts.data ?? [];
  const caption = t('economy.accounts.caption');
  return (
    <Section id="accounts-heading" title={t('economy.accounts.title')} intro={t('economy.accounts.intro')}>
      {notice}
      {accounts.error !== undefined && <ErrorMessage error={accounts.error} onRetry={accounts.reload} level={3} />}
      {accounts.loading && !accounts.data && <Loading />}
      {accounts.data && list.length === 0 && <Paragraph className="muted">{t('economy.accounts.empty')}</Paragraph>}
      {list.length > 0 && (
        <TableScroll label={caption}>
          <Table className="data-table accounts-table" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('economy.accounts.account')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('economy.accounts.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('economy.accounts.expenseType')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.map((a) => (
                <Table.Row key={a.account}>
                  <Table.HeaderCell scope="row">{a.account}</Table.HeaderCell>
                  <Table.Cell>{a.name || <span className="muted">{t('common.none')}</span>}</Table.Cell>
                  <Table.Cell>{t(`economy.expenseTypes.${a.expenseType}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {editor && (
        <AccountForm
          onSaved={(saved, account) => {
            accounts.setData(saved);
            say(t('economy.accounts.saved', { account }));
          }}
        />
      )}
    </Section>
  );
}

const EMPTY = { account: '', name: '', expenseType: '' };
type Values = typeof EMPTY;

function AccountForm({ onSaved }: { onSaved: (accounts: EconomyAccount[], account: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Partial<Values> = {};
    if (!values.account.trim()) found.account = t('issues.required');
    if (!values.expenseType) found.expenseType = t('issues.invalidOption');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    const account = values.account.trim();
    try {
      const saved = await economyApi.putAccounts([
        { account, name: values.name.trim() || undefined, expenseType: values.expenseType as ExpenseType },
      ]);
      setValues(EMPTY);
      onSaved(saved, account);
    } catch (err) {
      const byPath = pathErrors(t, err);
      const fields: Partial<Values> = {};
      if (byPath['accounts.0.account']) fields.account = byPath['accounts.0.account'];
      if (byPath['accounts.0.name']) fields.name = byPath['accounts.0.name'];
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card">
      <Heading level={3} data-size="xs">
        {t('economy.accounts.formTitle')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('economy.accounts.formIntro')}
      </Paragraph>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form form--grid">
        <Textfield
          label={t('economy.accounts.account')}
          name="account"
          value={values.account}
          onChange={set('account')}
          error={errors.account}
          maxLength={40}
          autoComplete="off"
          required
        />
        <Textfield
          label={`${t('economy.accounts.name')} ${t('common.optional')}`}
          name="accountName"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          maxLength={200}
          autoComplete="off"
        />
        <SelectField
          label={t('economy.accounts.expenseType')}
          name="expenseType"
          value={values.expenseType}
          onChange={set('expenseType')}
          empty={t('economy.choose')}
          options={EXPENSE_TYPES.map((x) => ({ value: x, label: t(`economy.expenseTypes.${x}`) }))}
          error={errors.expenseType}
        />
        <div className="button-row form__full">
          <Button type="submit" loading={busy} data-color="accent">
            {t('economy.accounts.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
