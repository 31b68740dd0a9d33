import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Member } from '../../api/types.ts';
import { EmailLink, PhoneLink } from '../../components/ContactLines.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay, todayInOslo } from '../../lib/format.ts';
import { type ContactStatus, contactStatus, sortContacts } from './contactStatus.ts';
import { EndContactDialog } from './EndContactDialog.tsx';

const STATUS_COLOR: Record<ContactStatus, string> = { current: 'success', upcoming: 'info', ended: 'neutral' };

interface Props {
  member: Member;
  canEdit: boolean;
  onChanged: (message: string) => void;
}

/** Every contact person of the member, current and ended, with "End" for editors. */
export function ContactsTable({ member, canEdit, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [ending, setEnding] = useState<Contact>();
  const today = todayInOslo();
  const contacts = sortContacts(member.contacts, today);
  const day = (d: string | null) => formatDay(d, i18n.language);

  return (
    <section aria-labelledby="contacts-heading" className="section">
      <Heading level={2} data-size="sm" id="contacts-heading">
        {t('member.contacts')}
      </Heading>
      {contacts.length === 0 ? (
        <Paragraph className="muted">{t('member.noContacts')}</Paragraph>
      ) : (
        <TableScroll label={t('member.contactsCaption', { name: member.name })}>
          <Table zebra className="data-table">
            <caption className="visually-hidden">{t('member.contactsCaption', { name: member.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('member.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.jobTitle')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.email')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.phone')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.period')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.status')}</Table.HeaderCell>
                {canEdit && <Table.HeaderCell scope="col">{t('member.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {contacts.map((c) => {
                const status = contactStatus(c, today);
                return (
                  <Table.Row key={c.id}>
                    <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
                    <Table.Cell>{c.title}</Table.Cell>
                    <Table.Cell>
                      <EmailLink contact={c} />
                    </Table.Cell>
                    <Table.Cell className="nowrap">
                      <PhoneLink contact={c} />
                    </Table.Cell>
                    <Table.Cell className="nowrap">
                      {c.validTo
                        ? t('member.fromTo', { from: day(c.validFrom), to: day(c.validTo) })
                        : t('member.from', { date: day(c.validFrom) })}
                    </Table.Cell>
                    <Table.Cell>
                      <Tag data-color={STATUS_COLOR[status]} data-size="sm">
                        {t(`member.${status}`)}
                      </Tag>
                    </Table.Cell>
                    {canEdit && (
                      <Table.Cell>
                        {c.validTo === null && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t('member.endContactLabel', { name: c.name })}
                            onClick={() => setEnding(c)}
                          >
                            {t('member.endContact')}
                          </Button>
                        )}
                      </Table.Cell>
                    )}
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {canEdit && (
        <EndContactDialog
          contact={ending}
          onClose={() => setEnding(undefined)}
          onEnded={(c) => {
            setEnding(undefined);
            onChanged(t('member.ended_done', { name: c.name }));
          }}
        />
      )}
    </section>
  );
}
