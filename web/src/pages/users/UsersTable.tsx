import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.ts';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { RoleList } from '../../components/RoleList.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../lib/format.ts';

interface Props {
  users: User[];
  caption: string;
  busy: boolean;
  onEdit: (user: User) => void;
}

export function UsersTable({ users, caption, busy, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const { memberById } = useCooperation();
  return (
    <TableScroll label={caption}>
      <Table zebra hover className="data-table" aria-busy={busy}>
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('users.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.email')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.member')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.roles')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.lastLogin')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">
              <span className="visually-hidden">{t('users.actions')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((u) => (
            <Table.Row key={u.id}>
              <Table.HeaderCell scope="row">{u.name}</Table.HeaderCell>
              <Table.Cell>{u.email}</Table.Cell>
              <Table.Cell>
                {u.memberId ? (memberById.get(u.memberId)?.name ?? t('common.none')) : t('users.noMember')}
              </Table.Cell>
              <Table.Cell>
                <RoleList roles={u.roles} empty={t('users.noRoles')} />
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={u.active ? 'success' : 'neutral'} data-size="sm">
                  {u.active ? t('users.active') : t('users.inactive')}
                </Tag>
              </Table.Cell>
              <Table.Cell className="nowrap">
                {u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language) : t('users.never')}
              </Table.Cell>
              <Table.Cell>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('users.editLabel', { name: u.name })}
                  onClick={() => onEdit(u)}
                >
                  {t('users.edit')}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
