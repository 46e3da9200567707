import { PlusOutlined } from '@ant-design/icons';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, Flex, Input, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { grantLabel } from '../../../access';
import { problemText } from '../../../api/problem';
import type { UserView } from '../../../api/types';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useUnlockUser, useUpdateUser, useUsers } from './api';
import ResetPasswordModal from './ResetPasswordModal';
import UserFormModal from './UserFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserView } | { kind: 'reset'; user: UserView } | null;

const isLocked = (user: UserView) => user.lockedUntil !== null && user.lockedUntil > new Date().toISOString();

export default function UsersPage() {
  const users = useUsers();
  const update = useUpdateUser();
  const unlock = useUnlockUser();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [filter, setFilter] = useState('');

  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      void message.success(done);
    } catch (error) {
      void message.error(problemText(error));
    }
  };

  const columns: TableColumnsType<UserView> = [
    { title: t('pages.users.columns.username'), dataIndex: 'username', width: 150 },
    { title: t('pages.users.columns.displayName'), dataIndex: 'displayName', width: 120 },
    {
      title: t('pages.users.columns.grants'),
      key: 'grants',
      render: (_, user) => (
        <Flex gap={4} wrap>
          {user.grants.map((g) => (
            <Tag key={`${g.role}-${g.unitId}`} style={{ marginInlineEnd: 0 }}>
              {grantLabel(g)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('pages.users.columns.status'),
      key: 'status',
      width: 170,
      render: (_, user) =>
        user.disabled ? (
          <Tag>{t('pages.users.status.disabled')}</Tag>
        ) : isLocked(user) ? (
          <Tag color="red">{t('pages.users.status.locked', { until: formatDistrictDateTime(user.lockedUntil!) })}</Tag>
        ) : (
          <Tag color="green">{t('pages.users.status.active')}</Tag>
        ),
    },
    {
      title: t('pages.users.columns.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => (at ? formatDistrictDateTime(at) : <Typography.Text type="secondary">{t('pages.users.neverLoggedIn')}</Typography.Text>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 240,
      render: (_, user) => (
        <Flex gap={4} wrap>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user })}>
            {t('pages.users.actions.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'reset', user })}>
            {t('pages.users.actions.resetPassword')}
          </Button>
          {isLocked(user) && (
            <Button type="link" size="small" onClick={() => void act(() => unlock.mutateAsync(user.id), t('pages.users.done.unlocked'))}>
              {t('pages.users.actions.unlock')}
            </Button>
          )}
          {user.disabled ? (
            <Button
              type="link"
              size="small"
              onClick={() => void act(() => update.mutateAsync({ id: user.id, disabled: false }), t('pages.users.done.enabled'))}
            >
              {t('pages.users.actions.enable')}
            </Button>
          ) : (
            <Popconfirm
              title={t('pages.users.confirmDisable')}
              onConfirm={() => act(() => update.mutateAsync({ id: user.id, disabled: true }), t('pages.users.done.disabled'))}
            >
              <Button type="link" size="small" danger>
                {t('pages.users.actions.disable')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  const needle = filter.trim().toLowerCase();
  const shown = users.data?.items.filter((u) => !needle || u.username.includes(needle) || u.displayName.toLowerCase().includes(needle));

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('pages.users.title')}</h1>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          {t('pages.users.create')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Input.Search allowClear placeholder={t('pages.users.filter')} onChange={(e) => setFilter(e.target.value)} style={{ maxWidth: 320 }} />
        {users.isError ? (
          <ProblemAlert error={users.error} />
        ) : (
          <Table<UserView> rowKey="id" columns={columns} dataSource={shown} loading={users.isPending} scroll={{ x: 1000 }} pagination={{ pageSize: 20, hideOnSinglePage: true }} />
        )}
      </Flex>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormModal user={dialog.kind === 'edit' ? dialog.user : null} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </Card>
  );
}
