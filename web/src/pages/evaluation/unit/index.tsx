import { EVALUATION_DIMENSION_LABELS, type EvaluationIndicator } from '@fabutong/core/rules/evaluation';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, List, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { problemText } from '../../../api/problem';
import { useAdjust, useEvaluation, useSelfEvaluate, useUnitEvaluation, type UnitEvaluationView } from '../../../components/evaluation/api';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useOpenLink } from '../../../components/links';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';

type Row = UnitEvaluationView['indicators'][number] & { indicator: EvaluationIndicator };
type SelfDraft = Record<string, { score: number | null; comment: string | null }>;

/** 单位评估: the computed figures with their evidence, the unit's self-evaluation beside them, and the news office's scores. */
export default function UnitEvaluationPage() {
  const params = useParams();
  const id = Number(params.id);
  const unitId = Number(params.unitId);
  const evaluation = useEvaluation(id);
  const unit = useUnitEvaluation(id, unitId);
  const { access } = useCurrentUser();
  const selfEvaluate = useSelfEvaluate(id, unitId);
  const { message } = App.useApp();
  const openLink = useOpenLink();
  const [draft, setDraft] = useState<SelfDraft>({});
  const [adjusting, setAdjusting] = useState<Row | null>(null);

  useEffect(() => {
    if (unit.data) setDraft(Object.fromEntries(unit.data.indicators.map((i) => [i.key, { score: i.selfScore, comment: i.selfComment }])));
  }, [unit.data]);

  if (evaluation.isError || unit.isError) return <ProblemAlert error={evaluation.error ?? unit.error} />;
  if (!evaluation.data || !unit.data) return <Skeleton active />;
  const e = evaluation.data;
  const u = unit.data;
  const open = e.status === 'open';
  const mayself = open && access.unitIds.includes(unitId);
  const mayAdjust = open && access.newsOffice;
  const rows: Row[] = u.indicators.map((i) => ({ ...i, indicator: (e.indicators as EvaluationIndicator[]).find((x) => x.key === i.key)! }));

  const saveSelf = async () => {
    try {
      await selfEvaluate.mutateAsync(Object.entries(draft).map(([key, v]) => ({ key, score: v.score, comment: v.comment?.trim() || null })));
      void message.success(t('evaluation.unit.selfSaved'));
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  const set = (key: string, patch: Partial<SelfDraft[string]>) => setDraft({ ...draft, [key]: { score: draft[key]?.score ?? null, comment: draft[key]?.comment ?? null, ...patch } });

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('evaluation.unit.title', { unit: u.unitName, evaluation: e.title })}</h1>}
      extra={<Link to={`/evaluation/${id}`}>{t('evaluation.unit.back')}</Link>}
    >
      <Flex vertical gap={16}>
        <Typography.Text strong>{u.total === null ? t('evaluation.unit.noTotal') : t('evaluation.unit.total', { total: u.total, weight: u.scoredWeight })}</Typography.Text>
        {!open && access.unitIds.includes(unitId) && <Alert type="info" showIcon title={t('evaluation.unit.selfClosed')} />}
        <Table<Row>
          rowKey="key"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1100 }}
          expandable={{
            rowExpandable: (r) => (r.figure?.evidence.length ?? 0) > 0,
            expandedRowRender: (r) => (
              <List
                size="small"
                header={t('evaluation.unit.evidence')}
                dataSource={r.figure?.evidence ?? []}
                renderItem={(ev) => (
                  <List.Item extra={<Tag>{ev.status}</Tag>}>
                    {ev.link ? <Typography.Link onClick={() => openLink(ev.link!)}>{ev.label}</Typography.Link> : ev.label}
                  </List.Item>
                )}
              />
            ),
          }}
          columns={[
            {
              title: t('evaluation.workspace.indicator'),
              key: 'name',
              width: 200,
              render: (_, r) => (
                <Flex vertical>
                  <span>{`${r.indicator.name}（${r.indicator.weight}）`}</span>
                  <Typography.Text type="secondary">{EVALUATION_DIMENSION_LABELS[r.indicator.dimension]}</Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('evaluation.unit.figure'),
              key: 'figure',
              width: 200,
              render: (_, r) => (r.indicator.kind === 'manual' ? <Tag>{t('evaluation.workspace.manual')}</Tag> : r.figure ? r.figure.summary : <Tag color="orange">{t('evaluation.workspace.noData')}</Tag>),
            },
            { title: t('evaluation.unit.computedScore'), dataIndex: 'computedScore', width: 90, render: (v: number | null) => v ?? '—' },
            {
              title: t('evaluation.unit.selfScore'),
              key: 'self',
              width: 260,
              render: (_, r) =>
                mayself ? (
                  <Flex vertical gap={4}>
                    <InputNumber
                      aria-label={`${r.indicator.name} ${t('evaluation.unit.selfScore')}`}
                      min={0}
                      max={r.indicator.weight}
                      step={0.5}
                      value={draft[r.key]?.score ?? null}
                      onChange={(v) => set(r.key, { score: v === null ? null : Number(v) })}
                    />
                    <Input
                      aria-label={`${r.indicator.name} ${t('evaluation.unit.selfComment')}`}
                      placeholder={t('evaluation.unit.selfComment')}
                      maxLength={1000}
                      value={draft[r.key]?.comment ?? ''}
                      onChange={(ev) => set(r.key, { comment: ev.target.value })}
                    />
                  </Flex>
                ) : (
                  <Flex vertical>
                    <span>{r.selfScore ?? '—'}</span>
                    {r.selfComment && <Typography.Text type="secondary">{r.selfComment}</Typography.Text>}
                  </Flex>
                ),
            },
            {
              title: t('evaluation.unit.review'),
              key: 'review',
              width: 220,
              render: (_, r) =>
                r.reviewScore === null ? (
                  '—'
                ) : (
                  <Flex vertical>
                    <span>
                      {r.reviewScore} {r.adjusted && <Tag color="gold">{t('evaluation.unit.adjusted')}</Tag>}
                    </span>
                    <Typography.Text type="secondary">{`${r.reviewReason ?? ''}（${r.reviewedBy ?? ''}）`}</Typography.Text>
                  </Flex>
                ),
            },
            { title: t('evaluation.unit.final'), dataIndex: 'finalScore', width: 90, render: (v: number | null) => v ?? t('evaluation.workspace.noData') },
            ...(mayAdjust
              ? [
                  {
                    title: t('common.actions'),
                    key: 'adjust',
                    width: 100,
                    render: (_: unknown, r: Row) => (
                      <Button size="small" onClick={() => setAdjusting(r)}>
                        {t('evaluation.unit.adjust')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {mayself && (
          <Button type="primary" onClick={() => void saveSelf()} loading={selfEvaluate.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('evaluation.unit.saveSelf')}
          </Button>
        )}
      </Flex>
      {adjusting && <AdjustModal id={id} unitId={unitId} row={adjusting} onClose={() => setAdjusting(null)} />}
    </Card>
  );
}

function AdjustModal({ id, unitId, row, onClose }: { id: number; unitId: number; row: Row; onClose: () => void }) {
  const [form] = Form.useForm<{ score: number | null; reason: string }>();
  const adjust = useAdjust(id, unitId);
  const { message } = App.useApp();
  const submit = async (values: { score: number | null; reason: string }) => {
    try {
      await adjust.mutateAsync({ key: row.key, score: values.score ?? null, reason: values.reason });
      void message.success(t('evaluation.unit.adjustedDone'));
      onClose();
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={t('evaluation.unit.adjustTitle', { name: row.indicator.name })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={adjust.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ score: row.reviewScore ?? row.computedScore }}>
        <Form.Item name="score" label={t('evaluation.unit.score', { weight: row.indicator.weight })} extra={row.indicator.kind === 'computed' ? t('evaluation.unit.clear') : undefined}>
          <InputNumber min={0} max={row.indicator.weight} step={0.5} />
        </Form.Item>
        <Form.Item name="reason" label={t('evaluation.unit.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('evaluation.unit.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
