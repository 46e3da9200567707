import { POST_LABELS } from '@fabutong/core/rules/appointments';
import { Button, Drawer, Empty, Flex, Grid, Input, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../../api/org-types';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { usePeople, usePersonDetail } from './api';
import PersonModal from './PersonModal';

const orEmpty = (text: string | null) => text ?? t('common.empty');

/** Everyone the organization knows, found by name; each with the posts they held, and (for the news office) their details to correct. */
export default function PeoplePanel({ canEdit }: { canEdit: boolean }) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const people = usePeople(q);
  const [editing, setEditing] = useState<Person | null>(null);
  const [viewing, setViewing] = useState<Person | null>(null);

  const narrow = Grid.useBreakpoint().md === false;

  const actions: TableColumnsType<Person>[number] = {
    title: t('common.actions'),
    key: 'actions',
    width: 140,
    render: (_, person) => (
      <Flex gap={4} wrap>
        <Button type="link" size="small" onClick={() => setViewing(person)}>
          {t('org.people.appointments')}
        </Button>
        {canEdit && (
          <Button type="link" size="small" onClick={() => setEditing(person)}>
            {t('org.people.edit')}
          </Button>
        )}
      </Flex>
    ),
  };
  // On a phone the contact columns fold under the name, so the actions stay in view.
  const narrowColumns: TableColumnsType<Person> = [
    {
      title: t('org.people.columns.name'),
      key: 'person',
      render: (_, person) => (
        <Flex vertical>
          <Typography.Text strong>{person.name}</Typography.Text>
          {[person.pressPhone, person.officePhone, person.mobile].filter(Boolean).map((phone) => (
            <Typography.Text key={phone} type="secondary">
              {phone}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    { ...actions, width: 110 },
  ];
  const columns: TableColumnsType<Person> = [
    { title: t('org.people.columns.name'), dataIndex: 'name', width: 110, fixed: 'start' },
    { title: t('org.people.columns.pressPhone'), dataIndex: 'pressPhone', width: 140, render: orEmpty },
    { title: t('org.people.columns.officePhone'), dataIndex: 'officePhone', width: 140, render: orEmpty },
    { title: t('org.people.columns.mobile'), dataIndex: 'mobile', width: 130, render: orEmpty },
    { title: t('org.people.columns.email'), dataIndex: 'email', render: orEmpty },
    actions,
  ];

  return (
    <Flex vertical gap={16}>
      <Input.Search allowClear placeholder={t('org.people.search')} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320 }} />
      {people.isError ? (
        <ProblemAlert error={people.error} />
      ) : (
        <Table<Person>
          rowKey="id"
          size="middle"
          columns={narrow ? narrowColumns : columns}
          dataSource={people.data?.items}
          loading={people.isFetching}
          scroll={narrow ? undefined : { x: 760 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('org.people.total', { total }) }}
        />
      )}
      {editing && <PersonModal person={editing} onClose={() => setEditing(null)} />}
      <Drawer open={viewing !== null} onClose={() => setViewing(null)} title={viewing ? t('org.people.detailTitle', { name: viewing.name }) : undefined} size="min(420px, 100vw)">
        {viewing && <PersonAppointments id={viewing.id} />}
      </Drawer>
    </Flex>
  );
}

function PersonAppointments({ id }: { id: number }) {
  const detail = usePersonDetail(id);
  if (detail.isPending) return <Skeleton active />;
  if (detail.isError) return <ProblemAlert error={detail.error} />;
  if (detail.data.appointments.length === 0) return <Empty description={t('org.people.noAppointments')} />;
  return (
    <Flex vertical gap={12}>
      {detail.data.appointments.map((a) => (
        <Flex key={a.id} vertical gap={2}>
          <Flex gap={8} wrap align="center">
            <Link to={`/units/${a.unitId}`}>{a.unitName}</Link>
            <Tag color={a.current ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
              {POST_LABELS[a.post]}
            </Tag>
          </Flex>
          <Typography.Text type="secondary">
            {[a.title, a.to ? t('org.unit.term', { from: a.from, to: a.to }) : t('org.unit.termOpen', { from: a.from })].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
