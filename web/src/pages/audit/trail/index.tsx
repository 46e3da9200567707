import { SafetyCertificateOutlined } from '@ant-design/icons';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, InputNumber, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditCheck, AuditFilter, AuditRecord } from '../../../api/types';
import ProblemAlert from '../../../components/ProblemAlert';
import { lookup, t } from '../../../locales';
import { zhCN } from '../../../locales/zh-CN';
import { useAuditRecords, useVerifyAuditChain } from './api';

interface FilterForm {
  action?: string;
  entity?: string;
  actorId?: number | null;
  dates?: [Dayjs, Dayjs] | null;
}

const FIRST_PAGE: AuditFilter = { page: 1, pageSize: 20 };

const actionLabel = (action: string) => lookup(`pages.audit.actions.${action}`);
const entityLabel = (entity: string) => lookup(`pages.audit.entities.${entity}`);

// The server matches `action` as a prefix, so a whole group ("auth.") is a filter too.
const ACTION_OPTIONS = Object.entries(zhCN.pages.audit.actions).map(([group, actions]) => ({
  label: lookup(`pages.audit.actionGroups.${group}`),
  options: [
    { value: `${group}.`, label: lookup(`pages.audit.actionGroups.${group}`) },
    ...Object.entries(actions).map(([name, label]) => ({ value: `${group}.${name}`, label })),
  ],
}));
const ENTITY_OPTIONS = Object.entries(zhCN.pages.audit.entities).map(([value, label]) => ({ value, label }));

export default function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>(FIRST_PAGE);
  const [form] = Form.useForm<FilterForm>();
  const records = useAuditRecords(filter);
  const verify = useVerifyAuditChain();

  const search = ({ action, entity, actorId, dates }: FilterForm) =>
    setFilter({
      ...FIRST_PAGE,
      pageSize: filter.pageSize,
      action: action || undefined,
      entity: entity || undefined,
      actorId: actorId ?? undefined,
      from: dates?.[0].format('YYYY-MM-DD'),
      to: dates?.[1].format('YYYY-MM-DD'),
    });

  const onlyActor = (actorId: number) => {
    form.setFieldsValue({ actorId });
    search({ ...form.getFieldsValue(), actorId });
  };

  const columns: TableColumnsType<AuditRecord> = [
    { title: '#', dataIndex: 'id', width: 80 },
    { title: t('pages.audit.columns.at'), dataIndex: 'at', width: 150, render: (at: string) => formatDistrictDateTime(at) },
    {
      title: t('pages.audit.columns.actor'),
      key: 'actor',
      width: 140,
      render: (_, r) =>
        r.actorId === null ? (
          <Typography.Text type="secondary">{r.actorName ?? t('pages.audit.anonymous')}</Typography.Text>
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} title={t('pages.audit.filterByActor')} onClick={() => onlyActor(r.actorId!)}>
            {r.actorName ?? `#${r.actorId}`}
          </Button>
        ),
    },
    { title: t('pages.audit.columns.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? t('common.empty') },
    {
      title: t('pages.audit.columns.action'),
      dataIndex: 'action',
      render: (action: string) => (
        <Flex vertical>
          <span>{actionLabel(action) ?? action}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {action}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('pages.audit.columns.entity'),
      key: 'entity',
      width: 140,
      render: (_, r) => `${entityLabel(r.entity) ?? r.entity}${r.entityId ? ` #${r.entityId}` : ''}`,
    },
    { title: t('pages.audit.columns.unit'), dataIndex: 'unitId', width: 80, render: (id: number | null) => id ?? t('common.empty') },
  ];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('pages.audit.title')}</h1>}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
          {t('pages.audit.verify.button')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        {verify.isError && <ProblemAlert error={verify.error} />}
        {verify.data && <VerifyResult check={verify.data} />}
        <Form<FilterForm> form={form} layout="vertical" onFinish={search}>
          <Row gutter={16} align="bottom">
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name="action" label={t('pages.audit.filter.action')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('pages.audit.filter.actionPlaceholder')} options={ACTION_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item name="entity" label={t('pages.audit.filter.entity')}>
                <Select allowClear placeholder={t('pages.audit.filter.entityPlaceholder')} options={ENTITY_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item name="actorId" label={t('pages.audit.filter.actorId')}>
                <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name="dates" label={t('pages.audit.filter.dates')}>
                <DatePicker.RangePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={4}>
              <Form.Item>
                <Flex gap={8}>
                  <Button type="primary" htmlType="submit">
                    {t('common.search')}
                  </Button>
                  <Button
                    onClick={() => {
                      form.resetFields();
                      setFilter({ ...FIRST_PAGE, pageSize: filter.pageSize });
                    }}
                  >
                    {t('common.reset')}
                  </Button>
                </Flex>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {records.isError ? (
          <ProblemAlert error={records.error} />
        ) : (
          <Table<AuditRecord>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={records.data?.items}
            loading={records.isFetching}
            scroll={{ x: 900 }}
            expandable={{
              rowExpandable: (r) => r.before !== null || r.after !== null,
              expandedRowRender: (r) => <Changes record={r} />,
            }}
            pagination={{
              current: filter.page,
              pageSize: filter.pageSize,
              total: records.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('pages.audit.total', { total }),
              onChange: (page, pageSize) => setFilter({ ...filter, page: pageSize === filter.pageSize ? page : 1, pageSize }),
            }}
          />
        )}
      </Flex>
    </Card>
  );
}

function VerifyResult({ check }: { check: AuditCheck }) {
  const anchor = check.newestAnchor
    ? t('pages.audit.verify.anchor', { id: check.newestAnchor.id, at: formatDistrictDateTime(check.newestAnchor.at), count: check.anchorsChecked })
    : null;
  const notes = [...(anchor ? [anchor] : []), ...check.warnings];
  const description = notes.length > 0 ? <Flex vertical>{notes.map((note) => <span key={note}>{note}</span>)}</Flex> : undefined;
  if (check.ok) {
    return <Alert type={check.warnings.length > 0 ? 'warning' : 'success'} showIcon title={t('pages.audit.verify.ok', { checked: check.checked })} description={description} />;
  }
  const reason = check.reason ?? '';
  return (
    <Alert
      type="error"
      showIcon
      title={
        check.firstBrokenId === null
          ? t('pages.audit.verify.brokenNoId', { checked: check.checked, reason })
          : t('pages.audit.verify.broken', { id: check.firstBrokenId, checked: check.checked, reason })
      }
      description={description}
    />
  );
}

function Changes({ record }: { record: AuditRecord }) {
  const block = (title: string, value: unknown) => (
    <Col xs={24} md={12}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <pre style={{ margin: '4px 0 0', padding: 12, background: 'rgba(0, 0, 0, 0.03)', borderRadius: 6, overflow: 'auto', maxHeight: 320, fontSize: 12 }}>
        {value === null ? t('common.empty') : JSON.stringify(value, null, 2)}
      </pre>
    </Col>
  );
  return (
    <Row gutter={[16, 8]}>
      {block(t('pages.audit.before'), record.before)}
      {block(t('pages.audit.after'), record.after)}
    </Row>
  );
}
