import { PlusOutlined } from '@ant-design/icons';
import { WARNING_LEVEL_LABELS, WARNING_STATE_LABELS, WARNING_STATES, type WarningLevel, type WarningState } from '@fabutong/core/contract/incidents';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, Flex, Form, Input, Modal, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { problemText } from '../../../api/problem';
import { canIssueWarnings } from '../../../components/incidents/access';
import type { Warning } from '../../../components/incidents/types';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useLiftWarning, useWarnings } from './api';
import WarningModal from './WarningModal';

export const LEVEL_COLOUR: Record<WarningLevel, string> = { blue: 'blue', yellow: 'gold', orange: 'orange', red: 'red' };
const STATE_COLOUR: Record<WarningState, string> = { pending: 'default', in_force: 'red', expired: 'default', lifted: 'green' };

export default function WarningsPage() {
  const { me } = useCurrentUser();
  const [state, setState] = useState<string | undefined>();
  const warnings = useWarnings(state);
  const [editing, setEditing] = useState<Warning | null | 'new'>(null);
  const [lifting, setLifting] = useState<Warning | null>(null);
  const may = canIssueWarnings(me);

  const columns: TableColumnsType<Warning> = [
    {
      title: t('incidents.warnings.columns.title'),
      key: 'title',
      render: (_, w) => (
        <Flex vertical>
          <a href={`/warnings/${w.id}`} target="_blank" rel="noreferrer">
            {w.title}
          </a>
          <Typography.Text type="secondary">
            {w.category} · {t('incidents.warnings.revision', { n: w.revision })}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('incidents.warnings.columns.level'), dataIndex: 'level', width: 90, render: (l: WarningLevel) => <Tag color={LEVEL_COLOUR[l]}>{WARNING_LEVEL_LABELS[l]}</Tag> },
    { title: t('incidents.warnings.columns.area'), dataIndex: 'area', ellipsis: true },
    {
      title: t('incidents.warnings.columns.validity'),
      key: 'validity',
      width: 190,
      render: (_, w) => (
        <Flex vertical>
          <span>{formatDistrictDateTime(w.validFrom)}</span>
          <span>{formatDistrictDateTime(w.validUntil)}</span>
        </Flex>
      ),
    },
    { title: t('incidents.warnings.columns.unit'), dataIndex: 'issuingUnitName', width: 140 },
    { title: t('incidents.warnings.columns.state'), dataIndex: 'state', width: 90, render: (s: WarningState) => <Tag color={STATE_COLOUR[s]}>{WARNING_STATE_LABELS[s]}</Tag> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, w) =>
        may &&
        (w.state === 'in_force' || w.state === 'pending') && (
          <Flex gap={4}>
            <Button type="link" size="small" onClick={() => setEditing(w)}>
              {t('incidents.warnings.update')}
            </Button>
            <Button type="link" size="small" danger onClick={() => setLifting(w)}>
              {t('incidents.warnings.lift')}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('incidents.warnings.title')}</h1>}
      extra={
        may && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('incidents.warnings.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Select
          allowClear
          placeholder={t('incidents.warnings.filterState')}
          value={state}
          onChange={setState}
          options={WARNING_STATES.map((s) => ({ value: s, label: WARNING_STATE_LABELS[s] }))}
          style={{ width: 160 }}
        />
        {warnings.isError ? (
          <ProblemAlert error={warnings.error} />
        ) : (
          <Table<Warning>
            rowKey="id"
            columns={columns}
            dataSource={warnings.data?.items}
            loading={warnings.isPending}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('incidents.warnings.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        )}
      </Flex>
      {editing && <WarningModal warning={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {lifting && <LiftModal warning={lifting} onClose={() => setLifting(null)} />}
    </Card>
  );
}

function LiftModal({ warning, onClose }: { warning: Warning; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const lift = useLiftWarning();
  const { message } = App.useApp();
  const submit = async ({ reason }: { reason: string }) => {
    try {
      await lift.mutateAsync({ id: warning.id, reason });
      void message.success(t('incidents.warnings.done.lifted'));
      onClose();
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={`${t('incidents.warnings.liftTitle')}：${warning.title}`} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ danger: true }} confirmLoading={lift.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('incidents.warnings.liftReason')} rules={[{ required: true, message: t('incidents.warnings.form.required') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
