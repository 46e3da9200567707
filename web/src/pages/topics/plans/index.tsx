import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { PLAN_READING_LABELS, PLAN_STATUS_LABELS, QUARTERS, type PlanReading } from '@fabutong/core/contract/topics';
import { CONTENT_CATEGORIES, CONTENT_CATEGORY_LABELS, RELEASE_FORMS } from '@fabutong/core/rules/vocabulary';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, Col, Empty, Flex, Form, Grid, Input, Row, Select, Skeleton, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useReleasingUnits } from '../../../components/releases/api';
import { formLabel } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { useFilePlan, usePlanProgress, usePlans, useSavePlan, type Plan, type PlanInput, type PlanProgress } from '../api';

const READING_COLORS: Record<PlanReading, string> = { on_track: 'success', behind: 'error', no_plan: 'default' };

/** Annual release plans: a unit files its topics by quarter; the news office sees them as one calendar and against what went out. */
export default function PlansPage() {
  const { access } = useCurrentUser();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const narrow = Grid.useBreakpoint().md === false;
  const tabs = [
    ...(access.unitIds.length > 0 || access.newsOffice ? [{ key: 'mine', label: t('topics.plans.tabs.mine'), children: <UnitPlan year={year} /> }] : []),
    ...(access.districtWide ? [{ key: 'calendar', label: t('topics.plans.tabs.calendar'), children: <Calendar year={year} /> }] : []),
    { key: 'progress', label: t('topics.plans.tabs.progress'), children: <Progress year={year} /> },
  ];
  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('topics.plans.title')}</h1>}
      extra={
        <Select
          aria-label={t('topics.common.year', { year })}
          value={year}
          onChange={setYear}
          options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: t('topics.common.year', { year: y }) }))}
        />
      }
      styles={narrow ? { body: { padding: 12 } } : undefined}
    >
      <Tabs items={tabs} defaultActiveKey={access.districtWide ? 'calendar' : 'mine'} destroyOnHidden />
    </Card>
  );
}

function UnitPlan({ year }: { year: number }) {
  const { access } = useCurrentUser();
  const units = useReleasingUnits();
  const mine = (units.data ?? []).filter((u) => access.newsOffice || access.unitIds.includes(u.id));
  const [unitId, setUnitId] = useState<number | undefined>(undefined);
  const chosen = unitId ?? (access.unitIds[0] && mine.some((u) => u.id === access.unitIds[0]) ? access.unitIds[0] : mine[0]?.id);
  const plans = usePlans(year);
  if (plans.isError) return <ProblemAlert error={plans.error} />;
  if (plans.isPending || units.isPending) return <Skeleton active />;
  const plan = plans.data.items.find((p) => p.unitId === chosen);
  return (
    <Flex vertical gap={12}>
      {mine.length > 1 && (
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          aria-label={t('topics.plans.unit')}
          value={chosen}
          onChange={setUnitId}
          options={mine.map((u) => ({ value: u.id, label: u.name }))}
        />
      )}
      {chosen !== undefined && <PlanEditor key={`${chosen}-${year}-${plan?.updatedAt ?? ''}`} unitId={chosen} year={year} plan={plan} />}
    </Flex>
  );
}

type Values = Pick<PlanInput, 'note' | 'items'>;

function PlanEditor({ unitId, year, plan }: { unitId: number; year: number; plan: Plan | undefined }) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSavePlan();
  const file = useFilePlan();
  const required = [{ required: true, message: t('topics.pool.form.required') }];
  const submit = async (values: Values) => {
    try {
      await save.mutateAsync({ unitId, year, note: values.note || null, items: values.items ?? [] });
      void message.success(t('topics.common.saved'));
    } catch {
      // Shown above the form.
    }
  };
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{t('topics.plans.status')}：</Typography.Text>
        {plan ? <Tag color={plan.status === 'filed' ? 'success' : 'default'}>{PLAN_STATUS_LABELS[plan.status]}</Tag> : <Typography.Text type="secondary">{t('topics.plans.noPlan')}</Typography.Text>}
        {plan?.filedAt && <Typography.Text type="secondary">{t('topics.plans.filedAt', { name: plan.filedByName ?? '', at: formatDistrictDateTime(plan.filedAt) })}</Typography.Text>}
        {plan && plan.revision > 0 && <Typography.Text type="secondary">{t('topics.plans.revision', { n: plan.revision })}</Typography.Text>}
      </Flex>
      {(save.isError || file.isError) && <ProblemAlert error={save.error ?? file.error} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ note: plan?.note ?? '', items: plan?.items ?? [] }}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} align="middle">
                  <Col xs={8} md={3}>
                    <Form.Item name={[field.name, 'quarter']} rules={required} style={{ marginBottom: 0 }}>
                      <Select aria-label={t('topics.common.quarter', { quarter: '' })} options={QUARTERS.map((q) => ({ value: q, label: t('topics.common.quarter', { quarter: q }) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={16} md={9}>
                    <Form.Item name={[field.name, 'title']} rules={required} style={{ marginBottom: 0 }}>
                      <Input placeholder={t('topics.plans.itemTitle')} aria-label={t('topics.plans.itemTitle')} maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={11} md={6}>
                    <Form.Item name={[field.name, 'form']} style={{ marginBottom: 0 }}>
                      <Select allowClear placeholder={t('topics.plans.itemForm')} options={RELEASE_FORMS.map((f) => ({ value: f, label: formLabel(f) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={11} md={5}>
                    <Form.Item name={[field.name, 'category']} style={{ marginBottom: 0 }}>
                      <Select allowClear placeholder={t('topics.plans.itemCategory')} options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: CONTENT_CATEGORY_LABELS[c] }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quarter: 1, title: '', form: null, category: null })}>
                {t('topics.plans.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="note" label={t('topics.plans.note')} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('topics.plans.save')}
          </Button>
          {plan && plan.status === 'draft' && (
            <Button
              loading={file.isPending}
              onClick={() =>
                void modal.confirm({
                  title: t('topics.plans.confirmFile'),
                  onOk: () =>
                    file
                      .mutateAsync(plan.id)
                      .then(() => void message.success(t('topics.plans.filed')))
                      .catch(() => undefined),
                })
              }
            >
              {t('topics.plans.file')}
            </Button>
          )}
        </Flex>
      </Form>
    </Flex>
  );
}

/** Every unit's plan as one calendar: units down, quarters across. */
function Calendar({ year }: { year: number }) {
  const plans = usePlans(year);
  if (plans.isError) return <ProblemAlert error={plans.error} />;
  if (plans.isPending) return <Skeleton active />;
  if (plans.data.items.length === 0) return <Empty description={t('topics.plans.calendarEmpty')} />;
  const columns: TableColumnsType<Plan> = [
    {
      title: t('topics.plans.unit'),
      dataIndex: 'unitName',
      width: 160,
      fixed: 'left',
      render: (name: string, p) => (
        <Flex vertical>
          {name}
          <Tag color={p.status === 'filed' ? 'success' : 'default'} style={{ width: 'fit-content' }}>
            {PLAN_STATUS_LABELS[p.status]}
          </Tag>
        </Flex>
      ),
    },
    ...QUARTERS.map((q) => ({
      title: t('topics.common.quarter', { quarter: q }),
      key: `q${q}`,
      render: (_: unknown, p: Plan) => (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {p.items
            .filter((i) => i.quarter === q)
            .map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
        </ul>
      ),
    })),
  ];
  return <Table<Plan> rowKey="id" size="small" bordered pagination={false} columns={columns} dataSource={plans.data.items} scroll={{ x: 900 }} />;
}

type ProgressRow = PlanProgress['units'][number];

function Progress({ year }: { year: number }) {
  const progress = usePlanProgress(year);
  const columns = useMemo<TableColumnsType<ProgressRow>>(
    () => [
      { title: t('topics.plans.unit'), dataIndex: 'unitName', width: 160, fixed: 'left' },
      {
        title: t('topics.plans.status'),
        dataIndex: 'planStatus',
        width: 90,
        render: (s: ProgressRow['planStatus']) => (s === 'none' ? <Typography.Text type="secondary">{t('common.empty')}</Typography.Text> : PLAN_STATUS_LABELS[s]),
      },
      ...QUARTERS.map((q) => ({
        title: `${t('topics.common.quarterShort', { quarter: q })} ${t('topics.plans.progress.planned')}/${t('topics.plans.progress.actual')}`,
        key: `q${q}`,
        width: 110,
        render: (_: unknown, r: ProgressRow) => `${r.quarters[q - 1]!.planned} / ${r.quarters[q - 1]!.actual}`,
      })),
      { title: t('topics.plans.progress.plannedDue'), dataIndex: 'plannedDue', width: 110 },
      { title: t('topics.plans.progress.actualToDate'), dataIndex: 'actualToDate', width: 90 },
      { title: t('topics.plans.progress.reading'), dataIndex: 'reading', width: 120, render: (r: PlanReading) => <Tag color={READING_COLORS[r]}>{PLAN_READING_LABELS[r]}</Tag> },
    ],
    [],
  );
  if (progress.isError) return <ProblemAlert error={progress.error} />;
  if (progress.isPending) return <Skeleton active />;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('topics.plans.progress.asOf', { date: progress.data.asOf })}</Typography.Text>
      <Table<ProgressRow> rowKey="unitId" size="small" pagination={false} columns={columns} dataSource={progress.data.units} scroll={{ x: 1000 }} />
    </Flex>
  );
}
