import { Button, Card, Link, Paragraph, Spinner, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { RichDoc } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckboxList, RadioGroup } from '../../components/ChoiceFields.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ImageDialog, type ImageUpload, LinkDialog } from '../../components/rich-text/EditorDialogs.tsx';
import { EditorToolbar } from '../../components/rich-text/EditorToolbar.tsx';
import { type EditorKeys, editorExtensions } from '../../components/rich-text/editor-extensions.ts';
import {
  type AnyNode,
  ARTICLE_IMAGE_SRC,
  type DocProblem,
  docProblems,
  normalizeDoc,
} from '../../components/rich-text/rich-doc.ts';
import { useUnsavedWarning } from '../../components/rich-text/useUnsavedWarning.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatDateTime, isDay } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import type { FieldErrors } from '../../lib/useSubmit.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { isUuid } from '../devices/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { isNotFound } from '../governance/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { useServiceDeskConfig } from '../servicedesk/config.ts';
import {
  ARTICLE_KINDS,
  type ArticleInput,
  type ArticleKind,
  type ArticleStatus,
  AUDIENCES,
  type Audience,
  knowledgeApi,
  type ManagedArticle,
} from './api.ts';
import { KnowledgeHead, StatusTag, splitList } from './shared.tsx';

/** The API's limits (knowledge.schemas, articles.service). */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_TITLE = 200;
const MAX_SUMMARY = 1000;
const MAX_TAG = 40;
const MAX_TAGS = 20;
const HTTPS = /^https:\/\/[^\s<>"']+$/i;

/** What a saved article's page is told by the page that saved it (a new article, saved first). */
interface EditState {
  message?: string;
}

/** "Ny artikkel" (/knowledge/manage/new) or an article's edit form (/knowledge/manage/<id>). */
export function ArticleEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const isNew = id === 'new';
  const valid = isNew || isUuid(id);
  const article = useAsync(() => knowledgeApi.managed(id), id, valid && !isNew);
  const a = article.data?.id === id ? article.data : undefined;
  usePageTitle(isNew ? t('knowledge.edit.newTitle') : a ? a.title : t('knowledge.edit.loading'));

  if (!valid || (article.error !== undefined && isNotFound(article.error))) return <NotFound />;
  const back = <BackLink to="/knowledge/manage">{t('knowledge.edit.back')}</BackLink>;
  if (article.error !== undefined)
    return (
      <>
        {back}
        <ErrorMessage error={article.error} onRetry={article.reload} />
      </>
    );
  if (!isNew && !a) return <Loading />;
  return (
    <>
      {back}
      <ArticleForm key={a?.id ?? 'new'} article={a} />
    </>
  );
}

type Field =
  | 'kind'
  | 'title'
  | 'summary'
  | 'body'
  | 'videoUrl'
  | 'tags'
  | 'audience'
  | 'serviceIds'
  | 'memberIds'
  | 'ownerId'
  | 'reviewOn';

interface Values {
  kind: ArticleKind;
  title: string;
  summary: string;
  videoUrl: string;
  tags: string;
  audience: Audience;
  serviceIds: string[];
  memberIds: string[];
  ownerId: string;
  reviewOn: string;
}

const EMPTY_DOC: RichDoc = { type: 'doc', content: [] };
const startDoc = (doc: RichDoc) =>
  doc.content.length > 0 ? doc : ({ type: 'doc', content: [{ type: 'paragraph' }] } as unknown as RichDoc);

function valuesOf(a: ManagedArticle | undefined, me: string | undefined): Values {
  return {
    kind: a?.kind ?? 'article',
    title: a?.title ?? '',
    summary: a?.summary ?? '',
    videoUrl: a?.videoUrl ?? '',
    tags: (a?.tags ?? []).join(', '),
    audience: a?.audience ?? 'everyone',
    serviceIds: a?.serviceIds ?? [],
    memberIds: a?.memberIds ?? [],
    ownerId: a ? (a.ownerId ?? '') : (me ?? ''),
    reviewOn: a?.reviewOn ?? '',
  };
}

/** The values as the API takes them (what "unsaved changes" compares). */
function inputOf(v: Values, body: RichDoc): ArticleInput {
  return {
    kind: v.kind,
    title: v.title.trim(),
    summary: v.summary.trim(),
    body,
    videoUrl: v.videoUrl.trim() || null,
    tags: splitList(v.tags),
    audience: v.audience,
    serviceIds: [...v.serviceIds].sort(),
    memberIds: [...v.memberIds].sort(),
    ownerId: v.ownerId || null,
    reviewOn: v.reviewOn || null,
  };
}

const serialise = (input: ArticleInput) => JSON.stringify(input);

/** The problems the form finds itself, at their fields. */
function check(t: TFunction, input: ArticleInput, problems: DocProblem[]): FieldErrors<Field> {
  const found: FieldErrors<Field> = {};
  if (!input.title) found.title = t('issues.required');
  else if (input.title.length > MAX_TITLE) found.title = t('richText.tooLong', { max: MAX_TITLE });
  if (input.summary.length > MAX_SUMMARY) found.summary = t('richText.tooLong', { max: MAX_SUMMARY });
  const problem = problems[0];
  if (problem)
    found.body =
      problem.kind === 'link'
        ? t('richText.problems.link', { href: problem.href })
        : problem.kind === 'imageAlt'
          ? t('richText.problems.imageAlt', { n: problem.index })
          : t('knowledge.edit.imageSrc', { n: problem.index });
  if (input.videoUrl && !HTTPS.test(input.videoUrl)) found.videoUrl = t('knowledge.edit.videoUrlInvalid');
  if (input.tags.some((x) => x.length > MAX_TAG)) found.tags = t('knowledge.edit.tagTooLong', { max: MAX_TAG });
  else if (input.tags.length > MAX_TAGS) found.tags = t('knowledge.edit.tooManyTags', { max: MAX_TAGS });
  if (input.reviewOn && !isDay(input.reviewOn)) found.reviewOn = t('issues.date');
  return found;
}

/** The server's refusals at the fields, in the form's words where the general ones say too little. */
function serverErrors(t: TFunction, err: unknown): FieldErrors<Field> {
  const fields = fieldErrors(t, err) as FieldErrors<Field> & { slug?: string };
  if (!(err instanceof ApiError)) return fields;
  const on = (f: string) => err.issues.some((i) => i.path === f || i.path.startsWith(`${f}.`));
  if (on('videoUrl')) fields.videoUrl = t('knowledge.edit.videoUrlInvalid');
  if (on('body')) fields.body = t('knowledge.edit.bodyInvalid');
  if (on('tags')) fields.tags = t('knowledge.edit.tagsInvalid');
  if (on('serviceIds')) fields.serviceIds = t('knowledge.edit.servicesInvalid');
  if (on('ownerId')) fields.ownerId = t('knowledge.edit.ownerInvalid');
  delete fields.slug;
  return fields;
}

type Busy = 'save' | ArticleStatus;

function ArticleForm({ article }: { article: ManagedArticle | undefined }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { user } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const config = useServiceDeskConfig();
  const { overview } = useCooperation();
  const [saved, setSaved] = useState(article);
  const [values, setValues] = useState<Values>(() => valuesOf(article, user?.id));
  const initialBody = article?.body ?? EMPTY_DOC;
  const [baseline, setBaseline] = useState(() =>
    serialise(inputOf(valuesOf(article, user?.id), normalizeDoc(initialBody as AnyNode))),
  );
  const [body, setBody] = useState<RichDoc>(() => normalizeDoc(initialBody as AnyNode));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<Busy>();
  const [dialog, setDialog] = useState<'link' | 'image'>();
  const [notice, say] = useNotice();
  const formRef = useRef<HTMLFormElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const keys = useRef<EditorKeys>({ save: () => {}, toToolbar: () => {} });
  const editorId = 'kb-body-editor';

  const current = serialise(inputOf(values, body));
  const dirty = current !== baseline;
  const leaveWarning = useUnsavedWarning(dirty, t('knowledge.edit.unsavedText'));

  // "Lagret" from the page that created the article
  const message = (location.state as EditState | null)?.message;
  useEffect(() => {
    if (!message) return;
    say(message);
    navigate(location.pathname, { replace: true, state: null });
  }, [message, say, navigate, location.pathname]);

  const editor = useEditor({
    extensions: editorExtensions(keys),
    content: startDoc(initialBody),
    editorProps: {
      attributes: {
        id: editorId,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': 'kb-body-label',
        'aria-describedby': 'kb-body-help',
        class: 'rich-editor__content',
        spellcheck: 'true',
        lang: 'nb',
      },
    },
    onUpdate: ({ editor: e }) => setBody(normalizeDoc(e.getJSON() as AnyNode)),
  });

  // the text's error is said with it, and marks it as the field to fix
  const bodyError = errors.body;
  useEffect(() => {
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: {
          ...(editor.options.editorProps.attributes as Record<string, string>),
          'aria-describedby': bodyError ? 'kb-body-error kb-body-help' : 'kb-body-help',
          'aria-invalid': bodyError ? 'true' : 'false',
        },
      },
    });
  }, [editor, bodyError]);

  const images: ImageUpload = {
    upload: (file, content) => knowledgeApi.uploadImage(file.type, content),
    maxBytes: MAX_IMAGE_BYTES,
    inserted: (file) => t('knowledge.edit.imageInserted', { file }),
    altChanged: t('knowledge.edit.imageAltChanged'),
  };

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  /** Save what the form holds; the article as saved, or undefined when it could not be. */
  const save = async (): Promise<ManagedArticle | undefined> => {
    const doc = normalizeDoc(editor.getJSON() as AnyNode);
    const input = inputOf(values, doc);
    const found = check(t, input, docProblems(doc, ARTICLE_IMAGE_SRC));
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      if (found.body && Object.keys(found).length === 1) requestAnimationFrame(() => editor.commands.focus());
      return undefined;
    }
    // the server decides the owner of a new article (its writer) when none is chosen
    const send = saved ? input : { ...input, ownerId: input.ownerId ?? undefined };
    try {
      const next = saved ? await knowledgeApi.update(saved.id, send) : await knowledgeApi.create(send);
      setSaved(next);
      setBaseline(serialise(input));
      return next;
    } catch (err) {
      const fields = serverErrors(t, err);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(formRef.current);
      return undefined;
    }
  };

  /** After a new article is saved, its own address is the page (where the status buttons work on it). */
  const toSaved = (next: ManagedArticle, text: string) => {
    if (article) say(text);
    else navigate(`/knowledge/manage/${next.id}`, { replace: true, state: { message: text } satisfies EditState });
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setBusy('save');
    try {
      const next = await save();
      if (next)
        toSaved(
          next,
          t(next.status === 'published' ? 'knowledge.edit.savedPublished' : 'knowledge.edit.saved', {
            title: next.title,
          }),
        );
    } finally {
      setBusy(undefined);
    }
  };

  keys.current = {
    save: () => formRef.current?.requestSubmit(),
    toToolbar: () => (toolbarRef.current?.querySelector<HTMLElement>('button[tabindex="0"]') ?? undefined)?.focus(),
  };

  /** Publish, take back to draft, or archive – saving the changes first. */
  const changeStatus = async (status: ArticleStatus) => {
    if (busy) return;
    setBusy(status);
    try {
      const base = dirty || !saved ? await save() : saved;
      if (!base) return;
      try {
        const next = await knowledgeApi.setStatus(base.id, status);
        setSaved(next);
        toSaved(next, t(`knowledge.edit.statusChanged.${status}`, { title: next.title }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && status === 'published') {
          setErrors({ body: t('knowledge.edit.emptyCannotPublish') });
          requestAnimationFrame(() => editor.commands.focus());
        } else setError(err);
        // a new article was saved all the same: its page is where it is now
        if (!article) toSaved(base, t('knowledge.edit.saved', { title: base.title }));
      }
    } finally {
      setBusy(undefined);
    }
  };

  const catalogue = config.data?.catalogue ?? [];
  const agents = config.data?.agents ?? [];
  const ownerOptions = agents.map((x) => ({ value: x.id, label: x.name }));
  if (values.ownerId && !agents.some((x) => x.id === values.ownerId))
    ownerOptions.unshift({ value: values.ownerId, label: t('knowledge.edit.otherOwner') });
  const members = overview?.members ?? [];
  const status = saved?.status ?? 'draft';

  return (
    <>
      <KnowledgeHead
        title={saved ? saved.title : t('knowledge.edit.newTitle')}
        eyebrow={t('knowledge.edit.eyebrow')}
        intro={saved ? undefined : t('knowledge.edit.newIntro')}
      />
      {notice}
      {saved && (
        <p className="kb-edit-status" data-testid="article-status">
          <StatusTag status={saved.status} />
          {saved.status === 'published' && (
            <Link asChild>
              <RouterLink to={`/knowledge/articles/${saved.slug}`}>{t('knowledge.edit.showInPortal')}</RouterLink>
            </Link>
          )}
          <span className="muted">
            {t('knowledge.edit.lastChanged', { time: formatDateTime(saved.updatedAt, lng) })}
          </span>
        </p>
      )}
      {error !== undefined && <ErrorMessage error={error} level={2} />}
      {config.error !== undefined && <ErrorMessage error={config.error} onRetry={config.reload} level={2} />}
      <Card className="form-card kb-edit">
        <form ref={formRef} onSubmit={submit} noValidate className="form">
          <RadioGroup
            legend={t('knowledge.edit.kind')}
            name="kind"
            options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) }))}
            value={values.kind}
            onChange={set('kind')}
          />
          <Textfield
            label={t('knowledge.edit.title')}
            name="title"
            value={values.title}
            onChange={(e) => set('title')(e.target.value)}
            error={errors.title}
            maxLength={MAX_TITLE}
            autoComplete="off"
            required
          />
          <Textfield
            label={`${t('knowledge.edit.summary')} ${t('common.optional')}`}
            description={t('knowledge.edit.summaryHelp')}
            name="summary"
            multiline
            rows={3}
            value={values.summary}
            onChange={(e) => set('summary')(e.target.value)}
            error={errors.summary}
          />
          <div className="kb-edit__body rich-editor">
            <span className="ds-label" id="kb-body-label">
              {t('knowledge.edit.body')}
            </span>
            <div className="rich-editor__frame">
              <EditorToolbar
                editor={editor}
                editorId={editorId}
                toolbarRef={toolbarRef}
                onLink={() => setDialog('link')}
                onImage={() => setDialog('image')}
              />
              <EditorContent editor={editor} className="rich-editor__area" />
            </div>
            <Paragraph data-size="sm" className="muted" id="kb-body-help">
              {t('richText.help')}
            </Paragraph>
            {bodyError && <ValidationMessage id="kb-body-error">{bodyError}</ValidationMessage>}
          </div>
          <Textfield
            label={`${t('knowledge.edit.videoUrl')} ${t('common.optional')}`}
            description={t('knowledge.edit.videoUrlHelp')}
            name="videoUrl"
            type="url"
            inputMode="url"
            value={values.videoUrl}
            onChange={(e) => set('videoUrl')(e.target.value)}
            error={errors.videoUrl}
          />
          <Textfield
            label={`${t('knowledge.edit.tags')} ${t('common.optional')}`}
            description={t('knowledge.edit.tagsHelp')}
            name="tags"
            value={values.tags}
            onChange={(e) => set('tags')(e.target.value)}
            error={errors.tags}
            autoComplete="off"
          />
          <SelectField
            label={t('knowledge.edit.audience')}
            name="audience"
            value={values.audience}
            onChange={(e) => set('audience')(e.target.value as Audience)}
            options={AUDIENCES.map((x) => ({ value: x, label: t(`knowledge.audiences.${x}`) }))}
            error={errors.audience}
          />
          {catalogue.length > 0 && (
            <CheckboxList
              legend={`${t('knowledge.edit.services')} ${t('common.optional')}`}
              description={t('knowledge.edit.servicesHelp')}
              name="serviceIds"
              options={catalogue.map((c) => ({ value: c.id, label: c.name }))}
              checked={values.serviceIds}
              onChange={set('serviceIds')}
              error={errors.serviceIds}
            />
          )}
          {members.length > 0 && (
            <CheckboxList
              legend={t('knowledge.edit.members')}
              description={t('knowledge.edit.membersHelp')}
              name="memberIds"
              options={members.map((m) => ({ value: m.id, label: m.name }))}
              checked={values.memberIds}
              onChange={set('memberIds')}
              error={errors.memberIds}
            />
          )}
          <div className="form--grid">
            <SelectField
              label={t('knowledge.edit.owner')}
              name="ownerId"
              value={values.ownerId}
              onChange={(e) => set('ownerId')(e.target.value)}
              options={ownerOptions}
              empty={t('knowledge.edit.noOwner')}
              error={errors.ownerId}
            />
            <Textfield
              label={`${t('knowledge.edit.reviewOn')} ${t('common.optional')}`}
              description={t('knowledge.edit.reviewOnHelp')}
              name="reviewOn"
              type="date"
              value={values.reviewOn}
              onChange={(e) => set('reviewOn')(e.target.value)}
              error={errors.reviewOn}
            />
          </div>
          <div className="button-row rich-editor__actions">
            <Button type="submit" data-color="accent" loading={busy === 'save'} data-testid="save-article">
              {t('knowledge.edit.save')}
            </Button>
            {status !== 'published' && (
              <Button
                type="button"
                variant="secondary"
                loading={busy === 'published'}
                onClick={() => void changeStatus('published')}
              >
                {t('knowledge.edit.publish')}
              </Button>
            )}
            {saved && status !== 'draft' && (
              <Button
                type="button"
                variant="secondary"
                loading={busy === 'draft'}
                onClick={() => void changeStatus('draft')}
              >
                {t('knowledge.edit.toDraft')}
              </Button>
            )}
            {saved && status !== 'archived' && (
              <Button
                type="button"
                variant="secondary"
                data-color="danger"
                loading={busy === 'archived'}
                onClick={() => void changeStatus('archived')}
              >
                {t('knowledge.edit.archive')}
              </Button>
            )}
            <span role="status" className="rich-editor__state" data-testid="save-state">
              {busy ? (
                <>
                  <Spinner aria-hidden="true" data-size="xs" /> {t('knowledge.edit.saving')}
                </>
              ) : dirty ? (
                t('knowledge.edit.unsavedChanges')
              ) : saved ? (
                t('knowledge.edit.allSaved')
              ) : (
                ''
              )}
            </span>
          </div>
        </form>
      </Card>
      <LinkDialog editor={editor} open={dialog === 'link'} onClose={() => setDialog(undefined)} />
      <ImageDialog
        editor={editor}
        images={images}
        open={dialog === 'image'}
        onClose={() => setDialog(undefined)}
        onInserted={say}
      />
      {leaveWarning}
    </>
  );
}
