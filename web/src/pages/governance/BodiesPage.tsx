import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { useNotice } from '../economy/shared.tsx';
import { BODY_KINDS, type BodySeat, type GovBody, governanceApi, governanceUrls } from './api.ts';
import { AddMemberForm, EndTermDialog } from './MemberForms.tsx';
import { formatDate, thisYear } from './shared.tsx';

/**
 * The bodies (council, portfolio board, professional groups, innovation councils) with who sits in
 * them, each with its meeting plan as iCalendar. Administrators and a body's chair or secretary
 * change the membership; seating someone needs the users list, which only administrators may read.
 */
export function BodiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('governance.bodies.pageTitle'));
  const { user } = useSession();
  const bodies = useAsync(() => governanceApi.bodies(), 'bodies');
  const [notice, say] = useNotice();
  const [ending, setEnding] = useState<{ seat: BodySeat; body: GovBody }>();
  const [addTo, setAddTo] = useState<string>();
  const addRef = useRef<HTMLDivElement>(null);
  const admin = hasRole(user, 'admin');
  const year = thisYear();

  /** Administrators, and the body's current chair or secretary, change who sits in it. */
  const manages = (b: GovBody) =>
    admin ||
    b.members.some((s) => s.userId === user?.id && s.current && (s.role === 'chair' || s.role === 'secretary'));
  const list = bodies.data?.bodies ?? [];
  // The users list (for choosing the person) is for administrators only.
  const seatable = admin ? list.filter(manages) : [];

  const startAdding = (bodyId: string) => {
    setAddTo(bodyId);
    requestAnimationFrame(() => addRef.current?.querySelector<HTMLElement>('input, select')?.focus());
  };

  return (
    <>
      <Paragraph data-size="sm" className="eyebrow">
        {t('governance.title')}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('governance.bodies.title')}
      </Heading>
      <Paragraph className="muted">{t('governance.bodies.intro')}</Paragraph>
      {notice}
      {bodies.error !== undefined && <ErrorMessage error={bodies.error} onRetry={bodies.reload} />}
      {bodies.loading && !bodies.data && <Loading />}
      {BODY_KINDS.map((kind) => {
        const ofKind = list.filter((b) => b.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="section">
            <Heading level={2} data-size="md" id={`kind-${kind}`}>
              {t(`bodyKinds.${kind}`)}
            </Heading>
            <div className="gov-bodies">
              {ofKind.map((b) => (
                <BodyCard
                  key={b.id}
                  body={b}
                  // A kind with one body of the same name (the council) needs no second heading.
                  labelledBy={ofKind.length === 1 && b.name === t(`bodyKinds.${kind}`) ? `kind-${kind}` : undefined}
                  year={year}
                  canEnd={manages(b)}
                  canAdd={seatable.includes(b)}
                  onAdd={() => startAdding(b.id)}
                  onEnd={(seat) => setEnding({ seat, body: b })}
                />
              ))}
            </div>
          </section>
        );
      })}
      {seatable.length > 0 && (
        <div ref={addRef}>
          <AddMemberForm
            bodies={seatable}
            bodyId={addTo}
            onBodyChange={setAddTo}
            onAdded={(view, text) => {
              bodies.setData(view);
              say(text);
            }}
          />
        </div>
      )}
      <EndTermDialog
        seat={ending?.seat}
        bodyName={ending?.body.name ?? ''}
        onClose={() => setEnding(undefined)}
        onEnded={(view, text) => {
          bodies.setData(view);
          setEnding(undefined);
          say(text);
        }}
      />
    </>
  );
}

function BodyCard({
  body,
  labelledBy,
  year,
  canEnd,
  canAdd,
  onAdd,
  onEnd,
}: {
  body: GovBody;
  /** the heading that already names the body, when it needs none of its own */
  labelledBy?: string;
  year: number;
  canEnd: boolean;
  canAdd: boolean;
  onAdd: () => void;
  onEnd: (seat: BodySeat) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = `body-${body.id}`;
  const caption = t('governance.bodies.caption', { body: body.name });
  return (
    <article className="gov-body" aria-labelledby={labelledBy ?? headingId}>
      {!labelledBy && (
        <Heading level={3} data-size="sm" id={headingId}>
          {body.name}
        </Heading>
      )}
      {body.description && <Paragraph data-size="sm">{body.description}</Paragraph>}
      {body.members.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('governance.bodies.noMembers')}
        </Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="data-table gov-members" data-size="sm">
            <caption className="table-caption visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('governance.bodies.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.bodies.role')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.bodies.municipality')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('governance.bodies.term')}</Table.HeaderCell>
                {canEnd && <Table.HeaderCell scope="col">{t('governance.bodies.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {body.members.map((s) => (
                <Table.Row key={s.id} data-seat={s.name}>
                  <Table.HeaderCell scope="row">
                    {s.name}
                    {!s.current && <span className="muted"> {t('governance.bodies.notCurrent')}</span>}
                  </Table.HeaderCell>
                  <Table.Cell>{t(`governance.roles.${s.role}`)}</Table.Cell>
                  <Table.Cell>{s.memberName ?? <span className="muted">{t('common.none')}</span>}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {formatDate(s.termFrom, lng)}–{s.termTo ? formatDate(s.termTo, lng) : ''}
                  </Table.Cell>
                  {canEnd && (
                    <Table.Cell>
                      {(s.termTo === null || s.current) && (
                        <Button variant="tertiary" data-size="sm" onClick={() => onEnd(s)}>
                          {t('governance.bodies.endTerm')}
                          <span className="visually-hidden"> {t('governance.bodies.forPerson', { name: s.name })}</span>
                        </Button>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <div className="button-row gov-body__links">
        <Link href={governanceUrls.plan(body.id, year)} download>
          {t('governance.bodies.plan', { year })}
          <span className="visually-hidden"> {t('governance.bodies.forBody', { body: body.name })}</span>
        </Link>
        {canAdd && (
          <Button variant="secondary" data-size="sm" onClick={onAdd}>
            {t('governance.bodies.addMember')}
            <span className="visually-hidden"> {t('governance.bodies.toBody', { body: body.name })}</span>
          </Button>
        )}
      </div>
    </article>
  );
}
