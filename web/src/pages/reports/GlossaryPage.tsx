import { Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi } from '../../api/endpoints.ts';
import type { Glossary, GlossaryTerm } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RowActions } from '../../components/RowActions.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useNotice } from '../economy/shared.tsx';
import { ConfirmDialog } from '../governance/shared.tsx';
import { focusSoon, isConflict, PageHead } from './shared.tsx';

const collator = new Intl.Collator('nb');
const sorted = (items: GlossaryTerm[]) => [...items].sort((a, b) => collator.compare(a.term, b.term));

/** The terms the reports explain (section 3 "Definisjoner og begreper"), and for editors add, change and delete. */
export function GlossaryPage() {
  const { t } = useTranslation();
  usePageTitle(t('reports.glossary.title'));
  const glossary = useAsync<Glossary>(() => reportsApi.glossary(), 'glossary');
  const [editing, setEditing] = useState<GlossaryTerm>();
  const [removing, setRemoving] = useState<GlossaryTerm>();
  const [notice, say] = useNotice();
  const g = glossary.data;
  const items = sorted(g?.items ?? []);
  const canEdit = g?.can.edit ?? false;
  const caption = t('reports.glossary.caption');

  const saved = (term: GlossaryTerm, message: string) => {
    if (!g) return;
    const known = g.items.some((x) => x.id === term.id);
    glossary.setData({ ...g, items: known ? g.items.map((x) => (x.id === term.id ? term : x)) : [...g.items, term] });
    setEditing(undefined);
    say(message);
    focusSoon(`[data-term="${term.id}"] th`);
  };

  return (
    <>
      <PageHead title={t('reports.glossary.title')} intro={t('reports.glossary.intro')} />
      {notice}
      {glossary.error !== undefined && <ErrorMessage error={glossary.error} onRetry={glossary.reload} />}
      {!g && glossary.loading && <Loading />}
      {g && items.length === 0 && <Paragraph className="muted">{t('reports.glossary.empty')}</Paragraph>}
      {items.length > 0 && (
        <TableScroll label={caption}>
          <Table className="data-table glossary-table" data-size="sm">
            <caption className="table-caption">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('reports.glossary.term')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.glossary.definition')}</Table.HeaderCell>
                {canEdit && <Table.HeaderCell scope="col">{t('reports.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((term) => (
                <Table.Row key={term.id} data-term={term.id}>
                  <Table.HeaderCell scope="row" className="glossary-table__term" tabIndex={-1}>
                    {term.term}
                  </Table.HeaderCell>
                  <Table.Cell className="break pre-line">{term.definition}</Table.Cell>
                  {canEdit && (
                    <Table.Cell>
                      <RowActions
                        name={term.term}
                        onEdit={() => {
                          setEditing(term);
                          focusSoon('#term-edit-heading');
                        }}
                        onRemove={() => setRemoving(term)}
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
          <TermForm
            key={editing.id}
            term={editing}
            onSaved={saved}
            onCancel={() => {
              const id = editing.id;
              setEditing(undefined);
              focusSoon(`[data-term="${id}"] button`);
            }}
          />
        ) : (
          <TermForm key="new" onSaved={saved} />
        ))}
      {removing && (
        <ConfirmDialog
          id="term-delete"
          open
          danger
          title={t('reports.glossary.deleteTitle', { term: removing.term })}
          confirm={t('reports.glossary.deleteConfirm')}
          onClose={() => setRemoving(undefined)}
          afterConfirm={() => focusSoon('.reports-h1')}
          onConfirm={async () => {
            await reportsApi.removeTerm(removing.id);
            if (g) glossary.setData({ ...g, items: g.items.filter((x) => x.id !== removing.id) });
            if (editing?.id === removing.id) setEditing(undefined);
            say(t('reports.glossary.deleted', { term: removing.term }));
            setRemoving(undefined);
          }}
        >
          <Paragraph>{t('reports.glossary.deleteText')}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
}

function TermForm({
  term,
  onSaved,
  onCancel,
}: {
  term?: GlossaryTerm;
  onSaved: (term: GlossaryTerm, message: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ term: term?.term ?? '', definition: term?.definition ?? '' });
  const [errors, setErrors] = useState<{ term?: string; definition?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const headingId = term ? 'term-edit-heading' : 'term-new-heading';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const input = { term: values.term.trim(), definition: values.definition.trim() };
    const found: typeof errors = {};
    if (!input.term) found.term = t('issues.required');
    else if (input.term.length > 200) found.term = t('reports.create.tooLong', { max: 200 });
    if (!input.definition) found.definition = t('issues.required');
    else if (input.definition.length > 4000) found.definition = t('reports.create.tooLong', { max: 4000 });
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const saved = term ? await reportsApi.updateTerm(term.id, input) : await reportsApi.addTerm(input);
      if (!term) setValues({ term: '', definition: '' });
      onSaved(
        saved,
        term ? t('reports.glossary.saved', { term: saved.term }) : t('reports.glossary.added', { term: saved.term }),
      );
    } catch (err) {
      if (isConflict(err)) {
        setErrors({ term: t('reports.glossary.exists') });
        focusFirstInvalid(form);
        return;
      }
      const fields = fieldErrors(t, err);
      const mapped: typeof errors = {};
      if (fields.term) mapped.term = fields.term;
      if (fields.definition) mapped.definition = fields.definition;
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
          {term ? t('reports.glossary.editTitle', { term: term.term }) : t('reports.glossary.addTitle')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <Textfield
            label={t('reports.glossary.term')}
            name="term"
            value={values.term}
            onChange={(e) => setValues((v) => ({ ...v, term: e.target.value }))}
            error={errors.term}
            required
          />
          <Textfield
            label={t('reports.glossary.definition')}
            name="definition"
            multiline
            rows={3}
            value={values.definition}
            onChange={(e) => setValues((v) => ({ ...v, definition: e.target.value }))}
            error={errors.definition}
            required
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {term ? t('reports.glossary.save') : t('reports.glossary.add')}
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
