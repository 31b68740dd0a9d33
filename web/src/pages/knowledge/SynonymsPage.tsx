import { Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/ChoiceFields.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { RowActions } from '../../components/RowActions.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { DataTable, ListState } from '../channels/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { ConfirmDialog } from '../governance/shared.tsx';
import { focusSoon } from '../reports/shared.tsx';
import { knowledgeApi, type Synonym, type SynonymKind } from './api.ts';
import { Day, KnowledgeHead, splitList } from './shared.tsx';

const KINDS: SynonymKind[] = ['synonym', 'misspelling'];
const MAX_WORD = 60;
const MAX_WORDS = 20;

/** The words search treats alike: synonyms (equal words) and misspellings (the right word first). */
export function SynonymsPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.synonyms.title'));
  const list = useAsync(() => knowledgeApi.synonyms(), 'synonyms');
  const [editing, setEditing] = useState<Synonym>();
  const [removing, setRemoving] = useState<Synonym>();
  const [notice, say] = useNotice();
  const items = list.data?.synonyms ?? [];
  const name = (s: Synonym) => s.words.join(', ');

  const saved = (s: Synonym, message: string) => {
    const data = list.data;
    if (data) {
      const known = data.synonyms.some((x) => x.id === s.id);
      list.setData({ synonyms: known ? data.synonyms.map((x) => (x.id === s.id ? s : x)) : [s, ...data.synonyms] });
    }
    setEditing(undefined);
    say(message);
    focusSoon(`[data-synonym="${s.id}"] th`);
  };

  return (
    <>
      <KnowledgeHead title={t('knowledge.synonyms.title')} intro={t('knowledge.synonyms.intro')} />
      {notice}
      <ListState list={list} count={items.length} none={t('knowledge.synonyms.none')} />
      {items.length > 0 && (
        <DataTable
          label={t('knowledge.synonyms.caption')}
          hiddenCaption
          className="kb-synonyms-table"
          small
          columns={[
            t('knowledge.synonyms.words'),
            t('knowledge.synonyms.kind'),
            t('knowledge.synonyms.updated'),
            t('knowledge.synonyms.actions'),
          ]}
        >
          {items.map((s) => (
            <Table.Row key={s.id} data-synonym={s.id}>
              <Table.HeaderCell scope="row" className="wrap" tabIndex={-1}>
                {s.kind === 'misspelling' ? (
                  <>
                    <strong>{s.words[0]}</strong>
                    <span className="cell-sub">
                      {t('knowledge.synonyms.misspelledAs', { words: s.words.slice(1).join(', ') })}
                    </span>
                  </>
                ) : (
                  name(s)
                )}
              </Table.HeaderCell>
              <Table.Cell>{t(`knowledge.synonyms.kinds.${s.kind}`)}</Table.Cell>
              <Table.Cell>
                <Day iso={s.updatedAt} />
              </Table.Cell>
              <Table.Cell>
                <RowActions
                  name={name(s)}
                  onEdit={() => {
                    setEditing(s);
                    focusSoon('#kb-synonym-edit-heading');
                  }}
                  onRemove={() => setRemoving(s)}
                />
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {editing ? (
        <SynonymForm
          key={editing.id}
          synonym={editing}
          onSaved={saved}
          onCancel={() => {
            const id = editing.id;
            setEditing(undefined);
            focusSoon(`[data-synonym="${id}"] button`);
          }}
        />
      ) : (
        <SynonymForm key="new" onSaved={saved} />
      )}
      {removing && (
        <ConfirmDialog
          id="kb-synonym-delete"
          open
          danger
          title={t('knowledge.synonyms.deleteTitle', { words: name(removing) })}
          confirm={t('knowledge.synonyms.deleteConfirm')}
          onClose={() => setRemoving(undefined)}
          afterConfirm={() => focusSoon('main h1')}
          onConfirm={async () => {
            await knowledgeApi.removeSynonym(removing.id);
            if (list.data) list.setData({ synonyms: list.data.synonyms.filter((x) => x.id !== removing.id) });
            if (editing?.id === removing.id) setEditing(undefined);
            say(t('knowledge.synonyms.deleted', { words: name(removing) }));
            setRemoving(undefined);
          }}
        >
          <Paragraph>{t('knowledge.synonyms.deleteText')}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
}

function SynonymForm({
  synonym,
  onSaved,
  onCancel,
}: {
  synonym?: Synonym;
  onSaved: (s: Synonym, message: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SynonymKind>(synonym?.kind ?? 'synonym');
  const [words, setWords] = useState(synonym?.words.join(', ') ?? '');
  const [errors, setErrors] = useState<{ words?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const headingId = synonym ? 'kb-synonym-edit-heading' : 'kb-synonym-new-heading';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const list = splitList(words);
    const found: typeof errors = {};
    if (list.length < 2) found.words = t('knowledge.synonyms.atLeastTwo');
    else if (list.length > MAX_WORDS) found.words = t('knowledge.synonyms.tooMany', { max: MAX_WORDS });
    else if (list.some((w) => w.length > MAX_WORD)) found.words = t('knowledge.synonyms.tooLong', { max: MAX_WORD });
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const input = { kind, words: list };
      const saved = synonym
        ? await knowledgeApi.updateSynonym(synonym.id, input)
        : await knowledgeApi.addSynonym(input);
      if (!synonym) setWords('');
      onSaved(
        saved,
        t(synonym ? 'knowledge.synonyms.saved' : 'knowledge.synonyms.added', { words: saved.words.join(', ') }),
      );
    } catch (err) {
      const fields = fieldErrors(t, err);
      const mapped: typeof errors = fields.words ? { words: t('knowledge.synonyms.invalid') } : {};
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
          {synonym
            ? t('knowledge.synonyms.editTitle', { words: synonym.words.join(', ') })
            : t('knowledge.synonyms.addTitle')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <RadioGroup
            legend={t('knowledge.synonyms.kind')}
            name={synonym ? 'kind-edit' : 'kind'}
            options={KINDS.map((k) => ({ value: k, label: t(`knowledge.synonyms.kindOptions.${k}`) }))}
            value={kind}
            onChange={setKind}
          />
          <Textfield
            label={t('knowledge.synonyms.words')}
            description={t(`knowledge.synonyms.wordsHelp.${kind}`)}
            name="words"
            value={words}
            onChange={(e) => setWords(e.target.value)}
            error={errors.words}
            autoComplete="off"
            required
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {synonym ? t('knowledge.synonyms.save') : t('knowledge.synonyms.add')}
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
