import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GovCase, governanceApi, type Meeting, type MeetingListItem } from './api.ts';
import { CaseForm } from './CaseForms.tsx';
import { CaseItem } from './CaseItem.tsx';
import type { MeetingRights } from './MeetingPage.tsx';

export interface AgendaProps {
  meeting: Meeting;
  rights: MeetingRights;
  /** later meetings of the same body that can still take a case */
  later: MeetingListItem[];
  /** case id → the meeting it belongs to, for links between postponed cases */
  caseMeeting: Map<string, string>;
  onMeeting: (m: Meeting) => void;
  onCase: (c: GovCase) => void;
  reload: () => void;
  say: (text: string) => void;
}

/** The agenda (saksliste): every case in order, and for the secretary the form that adds one. */
export function Agenda(props: AgendaProps) {
  const { t } = useTranslation();
  const { meeting: m, rights } = props;
  // A case just added: move to it once the agenda shows it.
  const [focusCase, setFocusCase] = useState<string>();
  useEffect(() => {
    if (!focusCase) return;
    const heading = document.getElementById(`case-${focusCase}-heading`);
    if (heading) {
      heading.focus();
      setFocusCase(undefined);
    }
  }, [focusCase]);
  return (
    <>
      <section aria-labelledby="agenda-heading" className="section">
        <Heading level={2} data-size="sm" id="agenda-heading" tabIndex={-1}>
          {t('governance.agenda.title')}
        </Heading>
        {m.cases.length === 0 ? (
          <Paragraph className="muted">{t('governance.agenda.empty')}</Paragraph>
        ) : (
          <ol className="gov-agenda plain-list">
            {m.cases.map((c, i) => (
              <li key={c.id}>
                <CaseItem {...props} item={c} index={i} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {rights.open && (
        <section aria-labelledby="add-case-heading" className="section">
          <CaseForm
            headingId="add-case-heading"
            level={2}
            title={t('governance.caseForm.addTitle')}
            submit={t('governance.caseForm.add')}
            onSubmit={async (input) => {
              const c = await governanceApi.addCase(m.id, input);
              props.onMeeting({ ...m, cases: [...m.cases, c] });
              props.say(t('governance.caseForm.added', { number: c.number ?? '', title: c.title }));
              setFocusCase(c.id);
            }}
          />
        </section>
      )}
    </>
  );
}
