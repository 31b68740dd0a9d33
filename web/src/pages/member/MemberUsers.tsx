import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { cooperationApi } from '../../api/endpoints.ts';
import type { Member } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RoleList } from '../../components/RoleList.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';

/** The member's users; hidden when the API does not let this user see them. */
export function MemberUsers({ member }: { member: Member }) {
  const { t, i18n } = useTranslation();
  const users = useAsync(() => cooperationApi.memberUsers(member.id), member.id);
  if (users.error instanceof ApiError && users.error.status === 403) return null;
  const items = users.data?.items ?? [];
  return (
    <section aria-labelledby="member-users-heading" className="section">
      <Heading level={2} data-size="sm" id="member-users-heading">
        {t('member.users')}
      </Heading>
      {users.error !== undefined ? (
        <ErrorMessage error={users.error} onRetry={users.reload} level={3} />
      ) : !users.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <Paragraph className="muted">{t('member.noUsers')}</Paragraph>
      ) : (
        <TableScroll label={t('member.usersCaption', { name: member.name })}>
          <Table zebra className="data-table">
            <caption className="visually-hidden">{t('member.usersCaption', { name: member.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('member.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.email')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.userRoles')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('member.lastLogin')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((u) => (
                <Table.Row key={u.id}>
                  <Table.HeaderCell scope="row">{u.name}</Table.HeaderCell>
                  <Table.Cell>{u.email}</Table.Cell>
                  <Table.Cell>
                    <RoleList roles={u.roles} />
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={u.active ? 'success' : 'neutral'} data-size="sm">
                      {u.active ? t('users.active') : t('users.inactive')}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    {u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language) : t('member.never')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
