import { PlusOutlined } from '@ant-design/icons';
import { INCIDENT_STATUS_LABELS, INCIDENT_STATUSES } from '@fabutong/core/contract/incidents';
import { INCIDENT_GRADES } from '@fabutong/core/rules/vocabulary';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Button, Card, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { canRegisterIncidents } from '../../../components/incidents/access';
import { ClockTag, useNow, gradeLabel } from '../../../components/incidents/clock';
import type { Incident } from '../../../components/incidents/types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useIncidents } from './api';
import RegisterModal from './RegisterModal';

export const GRADE_COLOUR = { I: 'magenta', II: 'red', III: 'orange', IV: 'gold' } as const;

export default function IncidentRegisterPage() {
  const { me } = useCurrentUser();
  const [filter, setFilter] = useState<{ status?: string; grade?: string; page: number }>({ status: 'active', page: 1 });
  const incidents = useIncidents(filter);
  const [creating, setCreating] = useState(false);
  const now = useNow();
  const navigate = useNavigate();

  const columns: TableColumnsType<Incident> = [
    {
      title: t('incidents.register.columns.title'),
      key: 'title',
      render: (_, i) => (
        <Flex vertical>
          <Link to={`/incidents/${i.id}`}>{i.title}</Link>
          <Typography.Text type="secondary">{i.location}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('incidents.register.columns.grade'),
      key: 'grade',
      width: 110,
      render: (_, i) => <Tag color={GRADE_COLOUR[i.grade]}>{gradeLabel(i.grade)}</Tag>,
    },
    { title: t('incidents.register.columns.occurredAt'), dataIndex: 'occurredAt', width: 150, render: (at: string) => formatDistrictDateTime(at) },
    { title: t('incidents.register.columns.unit'), dataIndex: 'responsibleUnitName', width: 140 },
    {
      title: t('incidents.register.columns.clocks'),
      key: 'clocks',
      render: (_, i) =>
        i.clocks.length === 0 && !i.nextUpdate ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex vertical gap={4}>
            {i.clocks.map((c) => (
              <ClockTag key={c.rule} clock={c} now={now} />
            ))}
            {i.nextUpdate && <ClockTag clock={i.nextUpdate} now={now} />}
          </Flex>
        ),
    },
    {
      title: t('incidents.register.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: Incident['status']) => <Tag color={status === 'active' ? 'red' : 'default'}>{INCIDENT_STATUS_LABELS[status]}</Tag>,
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.register.title')}</h1>}
      extra={
        canRegisterIncidents(me) && (
          <Button type="primary" danger icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('incidents.register.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={8} wrap>
          <Select
            allowClear
            placeholder={t('incidents.register.allStatuses')}
            value={filter.status}
            onChange={(status?: string) => setFilter({ ...filter, status, page: 1 })}
            options={INCIDENT_STATUSES.map((s) => ({ value: s, label: INCIDENT_STATUS_LABELS[s] }))}
            style={{ width: 140 }}
            aria-label={t('incidents.register.status')}
          />
          <Select
            allowClear
            placeholder={t('incidents.register.allGrades')}
            value={filter.grade}
            onChange={(grade?: string) => setFilter({ ...filter, grade, page: 1 })}
            options={INCIDENT_GRADES.map((g) => ({ value: g, label: gradeLabel(g) }))}
            style={{ width: 140 }}
            aria-label={t('incidents.register.grade')}
          />
        </Flex>
        {incidents.isError ? (
          <ProblemAlert error={incidents.error} />
        ) : (
          <Table<Incident>
            rowKey="id"
            columns={columns}
            dataSource={incidents.data?.items}
            loading={incidents.isPending}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('incidents.register.empty') }}
            pagination={{ current: filter.page, pageSize: 20, total: incidents.data?.total, hideOnSinglePage: true, onChange: (page) => setFilter({ ...filter, page }) }}
          />
        )}
      </Flex>
      {creating && (
        <RegisterModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/incidents/${id}`);
          }}
        />
      )}
    </Card>
  );
}
