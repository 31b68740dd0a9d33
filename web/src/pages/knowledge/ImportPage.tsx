import {
  Alert,
  Button,
  Card,
  Checkbox,
  Heading,
  Link,
  Paragraph,
  Spinner,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { RadioGroup } from '../../components/ChoiceFields.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatNumber } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { DataTable } from '../channels/shared.tsx';
import { focusSoon } from '../devices/shared.tsx';
import {
  ARTICLE_KINDS,
  type ArticleKind,
  AUDIENCES,
  type Audience,
  type ImportReport,
  type ImportResult,
  type ImportWarning,
  knowledgeApi,
} from './api.ts';
import { KnowledgeHead, splitList } from './shared.tsx';

const ACCEPT = '.md,.markdown,.html,.htm,text/markdown,text/html';
const READABLE = /\.(md|markdown|html?)$/i;
/** The API's limits (knowledge.schemas): files per import and characters per file. */
const MAX_FILES = 500;
const MAX_CHARS = 5_000_000;

/** "Importer": existing articles from Markdown or HTML files, as drafts (or published), one result per file. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  usePageTitle(t('knowledge.import.title'));
  const [files, setFiles] = useState<File[]>([]);
  const [publish, setPublish] = useState(false);
  const [audience, setAudience] = useState<Audience>('everyone');
  const [kind, setKind] = useState<ArticleKind>('article');
  const [tags, setTags] = useState('');
  const [fileError, setFileError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [phase, setPhase] = useState<'reading' | 'uploading'>();
  const [report, setReport] = useState<ImportReport & { published: boolean }>();
  const fileRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (phase) return;
    setError(undefined);
    let problem: string | undefined;
    const wrong = files.find((f) => !READABLE.test(f.name));
    if (files.length === 0) problem = t('knowledge.import.chooseFiles');
    else if (wrong) problem = t('knowledge.import.wrongType', { file: wrong.name });
    else if (files.length > MAX_FILES) problem = t('knowledge.import.tooMany', { max: MAX_FILES });
    setFileError(problem);
    if (problem) {
      requestAnimationFrame(() => fileRef.current?.focus());
      return;
    }
    try {
      setPhase('reading');
      const read = await Promise.all(files.map(async (f) => ({ fileName: f.name, text: await f.text() })));
      const big = read.find((f) => f.text.length > MAX_CHARS);
      if (big) {
        setFileError(t('knowledge.import.tooLarge', { file: big.fileName }));
        requestAnimationFrame(() => fileRef.current?.focus());
        return;
      }
      setPhase('uploading');
      const result = await knowledgeApi.import({
        files: read,
        publish,
        audience,
        kind,
        ...(splitList(tags).length > 0 && { tags: splitList(tags) }),
      });
      setReport({ ...result, published: publish });
      setFiles([]);
      if (fileRef.current) fileRef.current.value = '';
      focusSoon('#kb-import-result');
    } catch (err) {
      setError(err);
    } finally {
      setPhase(undefined);
    }
  };

  const n = (x: number) => formatNumber(x, lng);
  return (
    <>
      <KnowledgeHead title={t('knowledge.import.title')} intro={t('knowledge.import.intro')} />
      <Card className="form-card">
        {error !== undefined && <ErrorMessage error={error} level={2} />}
        <form onSubmit={submit} noValidate className="form">
          <Textfield
            ref={fileRef}
            type="file"
            multiple
            accept={ACCEPT}
            label={t('knowledge.import.files')}
            description={t('knowledge.import.filesHelp')}
            name="files"
            onChange={(e) => {
              setFiles(Array.from((e.target as HTMLInputElement).files ?? []));
              setFileError(undefined);
            }}
            error={fileError}
          />
          <RadioGroup
            legend={t('knowledge.import.kind')}
            name="kind"
            options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) }))}
            value={kind}
            onChange={setKind}
          />
          <div className="form--grid">
            <SelectField
              label={t('knowledge.edit.audience')}
              name="audience"
              value={audience}
              onChange={(e) => setAudience(e.target.value as Audience)}
              options={AUDIENCES.map((x) => ({ value: x, label: t(`knowledge.audiences.${x}`) }))}
            />
            <Textfield
              label={`${t('knowledge.import.tags')} ${t('common.optional')}`}
              description={t('knowledge.import.tagsHelp')}
              name="tags"
              value={tags}
              onChange={(e) => setTags(e.target.value)}
              autoComplete="off"
            />
          </div>
          <Checkbox
            label={t('knowledge.import.publish')}
            description={t('knowledge.import.publishHelp')}
            name="publish"
            value="yes"
            checked={publish}
            onChange={(e) => setPublish(e.target.checked)}
          />
          <div className="button-row">
            <Button type="submit" data-color="accent" aria-disabled={phase !== undefined || undefined}>
              {t('knowledge.import.submit')}
            </Button>
          </div>
          <Paragraph data-size="sm" role="status" className="upload-status">
            {phase && (
              <>
                <Spinner aria-hidden="true" data-size="xs" />{' '}
                {t(phase === 'reading' ? 'knowledge.import.reading' : 'knowledge.import.uploading', {
                  count: files.length,
                  n: n(files.length),
                })}
              </>
            )}
          </Paragraph>
        </form>
      </Card>
      {report && (
        <section aria-labelledby="kb-import-result" className="section">
          <Alert data-color={report.failed === 0 ? 'success' : report.created === 0 ? 'danger' : 'warning'}>
            <Heading level={2} data-size="xs" id="kb-import-result" tabIndex={-1}>
              {t('knowledge.import.resultHeading')}
            </Heading>
            <Paragraph>
              {t('knowledge.import.created', { count: report.created, n: n(report.created) })}{' '}
              {report.failed > 0 && t('knowledge.import.failed', { count: report.failed, n: n(report.failed) })}
            </Paragraph>
          </Alert>
          <DataTable
            label={t('knowledge.import.caption')}
            className="kb-import-table"
            columns={[t('knowledge.import.file'), t('knowledge.import.result'), t('knowledge.import.warnings')]}
          >
            {report.results.map((r) => (
              <Table.Row key={r.fileName} data-file={r.fileName} data-status={r.status}>
                <Table.HeaderCell scope="row" className="wrap">
                  {r.fileName}
                </Table.HeaderCell>
                <Table.Cell>
                  {r.status === 'created' && r.articleId ? (
                    <>
                      {report.published ? t('knowledge.import.createdPublished') : t('knowledge.import.createdDraft')}{' '}
                      <Link asChild>
                        <RouterLink to={`/knowledge/manage/${r.articleId}`}>{r.title}</RouterLink>
                      </Link>
                    </>
                  ) : (
                    <span className="cell-error">
                      {t('knowledge.import.notImported')} <ImportErrorText error={r.error} />
                    </span>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {r.warnings.length === 0 ? (
                    <span className="muted">{t('common.none')}</span>
                  ) : (
                    <ul className="kb-warnings">
                      {r.warnings.map((w) => (
                        <li key={`${w.code}:${w.detail}`} data-code={w.code}>
                          {warningText(t, w)}
                        </li>
                      ))}
                    </ul>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        </section>
      )}
    </>
  );
}

const ERROR_CODES = new Set(['no_text', 'unsupported_type', 'validation_failed']);

/** Why a file became no article, in the reader's language when we know the reason, else the server's words. */
function ImportErrorText({ error }: { error: ImportResult['error'] }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (ERROR_CODES.has(error.code))
    return <span data-code={error.code}>{t(`knowledge.import.errorCodes.${error.code}`)}</span>;
  return (
    <span data-code={error.code} lang="en">
      {error.message}
    </span>
  );
}

const warningText = (t: TFunction, w: ImportWarning) =>
  w.code === 'image_not_imported' && !w.detail
    ? t('knowledge.import.warningCodes.image_not_imported_bare')
    : t(`knowledge.import.warningCodes.${w.code}`, { detail: w.detail ?? '' });
