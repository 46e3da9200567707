import { FileExcelOutlined, FileWordOutlined, GlobalOutlined } from '@ant-design/icons';
import { EVALUATION_DIMENSION_LABELS, EVALUATION_SOURCE_INFO, type EvaluationIndicator } from '@fabutong/core/rules/evaluation';
import { EVALUATION_ACTION_LABELS, EVALUATION_ACTIONS, EVALUATION_ACTOR, EVALUATION_STATUS_LABELS, evaluationTransition, type EvaluationAction } from '@fabutong/core/workflows/evaluation';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, Descriptions, Flex, InputNumber, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { problemText } from '../../../api/problem';
import { exportHref, reportHref, useEvaluation, useSaveTemplate, useScoreboard, type EvaluationView, type UnitEvaluationView } from '../../../components/evaluation/api';
import ScoreChart from '../../../components/evaluation/ScoreChart';
import StepModal from '../../../components/evaluation/StepModal';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';

/** 评估工作台: the year's template, every unit's computed figures and scores, and the stages up to publication. */
export default function EvaluationWorkspace() {
  const id = Number(useParams().id);
  const evaluation = useEvaluation(id);
  const { me, access } = useCurrentUser();
  const [step, setStep] = useState<EvaluationAction | null>(null);
  if (evaluation.isError) return <ProblemAlert error={evaluation.error} />;
  if (!evaluation.data) return <Skeleton active />;
  const e = evaluation.data;
  const leader = me.grants.some((g) => g.role === 'leader');
  const steps = EVALUATION_ACTIONS.filter((a) => evaluationTransition(e.status, a) !== null && (EVALUATION_ACTOR[a] === 'leader' ? leader : access.newsOffice));

  return (
    <Flex vertical gap={16}>
      <Card
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{e.title}</h1>}
        extra={
          <Flex gap={8} wrap>
            {steps.map((a) => (
              <Button key={a} type={a === 'return' || a === 'reopen' ? 'default' : 'primary'} danger={a === 'return'} onClick={() => setStep(a)}>
                {EVALUATION_ACTION_LABELS[a]}
              </Button>
            ))}
          </Flex>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'status', label: t('evaluation.list.status'), children: <Tag color={e.status === 'published' ? 'green' : 'blue'}>{EVALUATION_STATUS_LABELS[e.status]}</Tag> },
            ...(e.decidedAt ? [{ key: 'decided', label: EVALUATION_ACTION_LABELS.approve, children: t('evaluation.workspace.decided', { by: e.decidedBy ?? '', at: formatDistrictDateTime(e.decidedAt), note: e.decisionNote ?? '—' }) }] : []),
            ...(e.versions ? [{ key: 'versions', label: t('evaluation.list.versions'), children: t('evaluation.workspace.published', { version: e.versions }) }] : []),
          ]}
        />
        {access.districtWide && (
          <Flex gap={8} wrap>
            {e.versions > 0 && (
              <Button icon={<FileWordOutlined />} href={reportHref(e.id)}>
                {t('evaluation.workspace.report')}
              </Button>
            )}
            <Button icon={<FileExcelOutlined />} href={exportHref(e.id)}>
              {t('evaluation.workspace.export')}
            </Button>
            {e.versions > 0 && (
              <Button icon={<GlobalOutlined />} href={`/evaluations/${e.year}`} target="_blank">
                {t('evaluation.workspace.portal')}
              </Button>
            )}
          </Flex>
        )}
      </Card>
      <Card>
        <Tabs
          defaultActiveKey={e.status === 'draft' ? 'template' : 'ranking'}
          items={[
            { key: 'ranking', label: t('evaluation.workspace.ranking'), children: <Ranking evaluation={e} /> },
            { key: 'template', label: t('evaluation.workspace.template'), children: <Template evaluation={e} editable={access.newsOffice && e.status === 'draft'} /> },
          ]}
        />
      </Card>
      {step && <StepModal id={e.id} action={step} onClose={() => setStep(null)} />}
    </Flex>
  );
}

function Ranking({ evaluation }: { evaluation: EvaluationView }) {
  const board = useScoreboard(evaluation.id);
  if (board.isError) return <ProblemAlert error={board.error} />;
  const units = board.data?.units ?? [];
  return (
    <Flex vertical gap={16}>
      {units.length > 1 && <ScoreChart rows={units} label={t('evaluation.workspace.chart')} />}
      <Table<UnitEvaluationView>
        rowKey="unitId"
        loading={board.isPending}
        dataSource={units}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('evaluation.workspace.rank'), dataIndex: 'rank', width: 70, render: (rank: number | null) => rank ?? '—' },
          { title: t('evaluation.workspace.unit'), key: 'unit', render: (_, u) => <Link to={`/evaluation/${evaluation.id}/units/${u.unitId}`}>{u.unitName}</Link> },
          { title: t('evaluation.workspace.total'), dataIndex: 'total', width: 100, render: (v: number | null) => v ?? t('evaluation.workspace.noData') },
          { title: t('evaluation.workspace.scoredWeight'), dataIndex: 'scoredWeight', width: 140 },
          { title: t('evaluation.workspace.selfTotal'), dataIndex: 'selfTotal', width: 110, render: (v: number | null) => v ?? '—' },
        ]}
      />
    </Flex>
  );
}

function Template({ evaluation, editable }: { evaluation: EvaluationView; editable: boolean }) {
  const [indicators, setIndicators] = useState<EvaluationIndicator[]>(evaluation.indicators as EvaluationIndicator[]);
  const save = useSaveTemplate(evaluation.id);
  const { message } = App.useApp();
  const total = Math.round(indicators.reduce((s, i) => s + i.weight, 0) * 10) / 10;
  const submit = async () => {
    try {
      await save.mutateAsync({ title: evaluation.title, indicators });
      void message.success(t('evaluation.workspace.templateSaved'));
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Flex vertical gap={12}>
      <Table<EvaluationIndicator>
        rowKey="key"
        dataSource={indicators}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('evaluation.workspace.dimension'), key: 'dimension', width: 150, render: (_, i) => EVALUATION_DIMENSION_LABELS[i.dimension] },
          { title: t('evaluation.workspace.indicator'), key: 'name', render: (_, i) => <Flex vertical><span>{i.name}</span><Typography.Text type="secondary">{i.description}</Typography.Text></Flex> },
          {
            title: t('evaluation.workspace.source'),
            key: 'source',
            width: 200,
            render: (_, i) =>
              i.kind === 'manual' ? (
                <Tag>{t('evaluation.workspace.manual')}</Tag>
              ) : i.source && evaluation.availableSources.includes(i.source) ? (
                <Tag color="blue">{`${t('evaluation.workspace.computed')} · ${EVALUATION_SOURCE_INFO[i.source].rule}`}</Tag>
              ) : (
                <Tag color="orange">{t('evaluation.workspace.noSource')}</Tag>
              ),
          },
          {
            title: t('evaluation.workspace.weight'),
            key: 'weight',
            width: 110,
            render: (_, i, index) =>
              editable ? (
                <InputNumber
                  aria-label={`${i.name} ${t('evaluation.workspace.weight')}`}
                  min={0.5}
                  max={100}
                  step={0.5}
                  value={i.weight}
                  onChange={(w) => setIndicators(indicators.map((x, j) => (j === index ? { ...x, weight: Number(w ?? 0) } : x)))}
                />
              ) : (
                i.weight
              ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3} />
            <Table.Summary.Cell index={1}>
              <Typography.Text type={total === 100 ? undefined : 'danger'}>{t('evaluation.workspace.weightTotal', { total })}</Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {editable && (
        <Button type="primary" onClick={() => void submit()} loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('evaluation.workspace.saveTemplate')}
        </Button>
      )}
    </Flex>
  );
}
