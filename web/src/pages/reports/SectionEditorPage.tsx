import { Alert, Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { reportsApi } from '../../api/endpoints.ts';
import type { Report, ReportSection, RichDoc } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ImageDialog, type ImageUpload, LinkDialog } from '../../components/rich-text/EditorDialogs.tsx';
import { EditorToolbar } from '../../components/rich-text/EditorToolbar.tsx';
import { type EditorKeys, editorExtensions } from '../../components/rich-text/editor-extensions.ts';
import {
  type AnyNode,
  type DocProblem,
  docProblems,
  normalizeDoc,
  REPORT_IMAGE_SRC,
} from '../../components/rich-text/rich-doc.ts';
import { useUnsavedWarning } from '../../components/rich-text/useUnsavedWarning.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { isUuid } from '../devices/shared.tsx';
import { useNotice } from '../economy/shared.tsx';
import { isNotFound } from '../governance/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { PageHead, sectionLabel } from './shared.tsx';

/** One section of a report in the rich-text editor, for those the server lets edit it. */
export function SectionEditorPage() {
  const { t } = useTranslation();
  const { id = '', key = '' } = useParams();
  const valid = isUuid(id);
  const report = useAsync(() => reportsApi.get(id), id, valid);
  // the answer for another report (the address changed) is not this one's
  const r = report.data?.id === id ? report.data : undefined;
  const section = r?.sections.find((s) => s.key === key);
  usePageTitle(
    section ? t('reports.editor.pageTitle', { section: sectionLabel(section) }) : t('reports.report.loading'),
  );

  if (!valid || (report.error !== undefined && isNotFound(report.error))) return <NotFound />;
  if (report.error !== undefined) return <ErrorMessage error={report.error} onRetry={report.reload} />;
  if (!r) return <Loading />;
  if (!section) return <NotFound />;
  const back = <BackLink to={`/reports/${r.id}`}>{t('reports.editor.back', { title: r.title })}</BackLink>;
  const heading = sectionLabel(section);
  if (!section.canEdit)
    return (
      <>
        {back}
        <PageHead title={heading} eyebrow={r.title} />
        <Alert data-color="info" className="section" data-testid="read-only">
          <Heading level={2} data-size="xs">
            {t('reports.editor.readOnlyTitle')}
          </Heading>
          <Paragraph>
            {r.status === 'draft' ? t('reports.editor.readOnlyRole') : t('reports.editor.readOnlyStatus')}
          </Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/reports/${r.id}/preview`}>{t('reports.editor.readInPreview')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      </>
    );
  return (
    <>
      {back}
      <PageHead title={heading} eyebrow={r.title} intro={t('reports.editor.intro')} />
      <SectionEditor report={r} section={section} onReport={report.setData} />
    </>
  );
}

/** The API's limit on an image of a report (reports.service). */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const serialise = (doc: RichDoc) => JSON.stringify(doc);
const startDoc = (doc: RichDoc) =>
  doc.content.length > 0 ? doc : ({ type: 'doc', content: [{ type: 'paragraph' }] } as unknown as RichDoc);

/** What the conflict panel knows: who saved the section in between, and whether it may still be edited. */
interface Conflict {
  latest?: Report;
  loading: boolean;
}

function SectionEditor({
  report: r,
  section,
  onReport,
}: {
  report: Report;
  section: ReportSection;
  onReport: (r: Report) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const editorId = 'section-editor';
  const [base, setBase] = useState(section.updatedAt);
  const baseline = useRef(serialise(normalizeDoc(section.body as AnyNode)));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [problems, setProblems] = useState<DocProblem[]>([]);
  const [conflict, setConflict] = useState<Conflict>();
  const [dialog, setDialog] = useState<'link' | 'image'>();
  const [notice, say] = useNotice();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const keys = useRef<EditorKeys>({ save: () => {}, toToolbar: () => {} });
  const leaveWarning = useUnsavedWarning(dirty, t('reports.editor.unsavedText'));
  const images: ImageUpload = {
    upload: (file, content) => reportsApi.uploadImage(r.id, file.name, content),
    maxBytes: MAX_IMAGE_BYTES,
    inserted: (file) => t('reports.editor.imageInserted', { file }),
    altChanged: t('reports.editor.imageAltChanged'),
  };

  const editor = useEditor({
    extensions: editorExtensions(keys),
    content: startDoc(section.body),
    editorProps: {
      attributes: {
        id: editorId,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('reports.editor.label', { section: sectionLabel(section) }),
        'aria-describedby': 'section-editor-help',
        class: 'rich-editor__content',
        spellcheck: 'true',
        lang: 'nb',
      },
    },
    onUpdate: ({ editor: e }) => setDirty(serialise(normalizeDoc(e.getJSON() as AnyNode)) !== baseline.current),
  });

  const save = async (baseUpdatedAt: string | null = base) => {
    if (saving) return;
    const doc = normalizeDoc(editor.getJSON() as AnyNode);
    const found = docProblems(doc, REPORT_IMAGE_SRC);
    setProblems(found);
    setError(undefined);
    if (found.length > 0) {
      requestAnimationFrame(() => document.getElementById('editor-problems')?.focus());
      return;
    }
    setSaving(true);
    try {
      const next = await reportsApi.saveSection(r.id, section.key, doc, baseUpdatedAt);
      const saved = next.sections.find((s) => s.key === section.key);
      baseline.current = serialise(doc);
      setBase(saved?.updatedAt ?? null);
      setConflict(undefined);
      // the text may have changed while it was being saved
      setDirty(serialise(normalizeDoc(editor.getJSON() as AnyNode)) !== baseline.current);
      onReport(next);
      say(t('reports.editor.saved', { section: sectionLabel(section) }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setConflict({ loading: true });
        requestAnimationFrame(() => document.getElementById('editor-conflict')?.focus());
        reportsApi.get(r.id).then(
          (latest) => setConflict({ latest, loading: false }),
          () => setConflict({ loading: false }),
        );
      } else setError(err);
    } finally {
      setSaving(false);
    }
  };
  keys.current = {
    save: () => void save(),
    toToolbar: () => (toolbarRef.current?.querySelector<HTMLElement>('button[tabindex="0"]') ?? undefined)?.focus(),
  };

  /** Take the text someone else saved (what was typed here is dropped). */
  const reload = (latest: Report) => {
    const s = latest.sections.find((x) => x.key === section.key);
    if (!s) return;
    editor.commands.setContent(startDoc(s.body), { emitUpdate: false });
    baseline.current = serialise(normalizeDoc(s.body as AnyNode));
    setBase(s.updatedAt);
    setDirty(false);
    setConflict(undefined);
    setProblems([]);
    onReport(latest);
    say(t('reports.editor.reloaded'));
    editor.commands.focus('start');
  };

  // the editor's aria-label follows the UI's language
  const label = t('reports.editor.label', { section: sectionLabel(section) });
  useEffect(() => {
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: {
          ...(editor.options.editorProps.attributes as Record<string, string>),
          'aria-label': label,
        },
      },
    });
  }, [editor, label]);

  const latestSection = conflict?.latest?.sections.find((s) => s.key === section.key);
  const stillEditable = latestSection?.canEdit ?? true;
  const current = r.sections.find((s) => s.key === section.key) ?? section;

  return (
    <section aria-labelledby="section-editor-heading" className="section rich-editor">
      <h2 id="section-editor-heading" className="visually-hidden">
        {t('reports.editor.heading')}
      </h2>
      {notice}
      {conflict && (
        <Alert data-color="warning" id="editor-conflict" tabIndex={-1} data-testid="conflict">
          <Heading level={3} data-size="xs">
            {t('reports.editor.conflict.title')}
          </Heading>
          {conflict.loading && <Loading label={t('reports.editor.conflict.loading')} />}
          {!conflict.loading && latestSection && (
            <Paragraph>
              {stillEditable
                ? t('reports.editor.conflict.text', {
                    name: latestSection.updatedBy ?? t('reports.editor.conflict.someone'),
                    time: formatDateTime(latestSection.updatedAt, lng),
                  })
                : t('reports.editor.conflict.locked')}
            </Paragraph>
          )}
          {!conflict.loading && !latestSection && <Paragraph>{t('reports.editor.conflict.unknown')}</Paragraph>}
          <div className="button-row">
            {conflict.latest && (
              <Button variant="secondary" data-size="sm" onClick={() => reload(conflict.latest!)}>
                {t('reports.editor.conflict.reload')}
              </Button>
            )}
            {conflict.latest && latestSection && stillEditable && (
              <Button
                variant="secondary"
                data-size="sm"
                data-color="danger"
                onClick={() => void save(latestSection.updatedAt)}
              >
                {t('reports.editor.conflict.overwrite')}
              </Button>
            )}
          </div>
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert data-color="danger" id="editor-problems" tabIndex={-1}>
          <Heading level={3} data-size="xs">
            {t('reports.editor.problems.title')}
          </Heading>
          <ul>
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each save
              <li key={i}>
                {p.kind === 'link'
                  ? t('richText.problems.link', { href: p.href })
                  : p.kind === 'imageAlt'
                    ? t('richText.problems.imageAlt', { n: p.index })
                    : t('reports.editor.problems.imageSrc', { n: p.index })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {error !== undefined && <ErrorMessage error={error} level={3} />}
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
      <Paragraph data-size="sm" className="muted" id="section-editor-help">
        {t('richText.help')}
      </Paragraph>
      <div className="button-row rich-editor__actions">
        <Button data-color="accent" onClick={() => void save()} loading={saving} data-testid="save-section">
          {t('reports.editor.save')}
        </Button>
        <Link asChild>
          <RouterLink to={`/reports/${r.id}/preview`}>{t('reports.editor.preview')}</RouterLink>
        </Link>
        <span role="status" className="rich-editor__state" data-testid="save-state">
          {saving ? (
            <>
              <Spinner aria-hidden="true" data-size="xs" /> {t('reports.editor.saving')}
            </>
          ) : dirty ? (
            t('reports.editor.unsavedChanges')
          ) : current.updatedAt ? (
            t('reports.editor.lastSaved', {
              time: formatDateTime(current.updatedAt, lng),
              name: current.updatedBy ?? t('reports.editor.conflict.someone'),
            })
          ) : (
            t('reports.editor.notSaved')
          )}
        </span>
      </div>
      <LinkDialog editor={editor} open={dialog === 'link'} onClose={() => setDialog(undefined)} />
      <ImageDialog
        editor={editor}
        images={images}
        open={dialog === 'image'}
        onClose={() => setDialog(undefined)}
        onInserted={say}
      />
      {leaveWarning}
    </section>
  );
}
