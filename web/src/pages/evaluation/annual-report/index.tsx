import { ANNUAL_REPORT_STATUS_LABELS } from '@fabutong/core/contract/evaluation';
import { QUOTA_STATUS_LABELS } from '@fabutong/core/contract/quotas';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { problemText } from '../../../api/problem';
import { useAcknowledge, useAnnualReport, useSaveReport } from '../../../components/evaluation/api';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';

interface Body {
  workReport: string;
  nextYearPlan: string;
}

/** 年度工作报告 (A9.8): the template prefilled with the year's figures; the spokesperson submits, the principal acknowledges. */
export default function AnnualReportPage() {
  const params = useParams();
  const year = Number(params.year);
  const unitId = Number(params.unitId);
  const report = useAnnualReport(year, unitId);
  const { me, access } = useCurrentUser();
  const save = useSaveReport(year, unitId);
  const acknowledge = useAcknowledge(year, unitId);
  const { message } = App.useApp();
  const [form] = Form.useForm<Body>();
  const [note, setNote] = useState('');
  if (report.isError) return <ProblemAlert error={report.error} />;
  if (!report.data) return <Skeleton active />;
  const r = report.data;
  const editable = (r.status === 'missing' || r.status === 'draft') && access.unitIds.includes(unitId);
  const principal = r.status === 'submitted' && me.grants.some((g) => g.role === 'unit_approver' && g.unitId === unitId);

  const write = async (submit: boolean) => {
    let body: Body;
    try {
      body = submit ? await form.validateFields() : form.getFieldsValue();
    } catch {
      return; // the form shows what is missing
    }
    try {
      await save.mutateAsync({ submit, body: { workReport: body.workReport ?? '', nextYearPlan: body.nextYearPlan ?? '' } });
      void message.success(submit ? t('evaluation.report.submitted') : t('evaluation.report.saved'));
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  const ack = async () => {
    try {
      await acknowledge.mutateAsync(note.trim() || null);
      void message.success(t('evaluation.report.acknowledged'));
    } catch (error) {
      void message.error(problemText(error));
    }
  };

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('evaluation.report.title', { unit: r.unitName, year })}</h1>}
      extra={<Link to="/annual-reports">{t('evaluation.nav.annualReports')}</Link>}
    >
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'sp', label: t('evaluation.reports.spokesperson'), children: r.spokesperson?.name ?? '—' },
            { key: 'status', label: t('evaluation.reports.status'), children: <Tag>{ANNUAL_REPORT_STATUS_LABELS[r.status]}</Tag> },
            { key: 'due', label: t('evaluation.reports.due', { due: '' }), children: r.dueDate },
          ]}
        />
        <Card size="small" title={t('evaluation.report.prefill')}>
          <Flex vertical gap={8}>
            <Typography.Text>{t('evaluation.report.releases', { count: r.prefill.releases.length, coverage: r.prefill.coverage })}</Typography.Text>
            <List size="small" dataSource={r.prefill.releases} renderItem={(rel) => <List.Item>{`${rel.date} ${rel.title}`}</List.Item>} />
            <Typography.Text strong>{t('evaluation.report.quotas')}</Typography.Text>
            <List
              size="small"
              dataSource={r.prefill.quotas}
              renderItem={(q) => (
                <List.Item extra={<Tag>{QUOTA_STATUS_LABELS[q.status as keyof typeof QUOTA_STATUS_LABELS] ?? q.status}</Tag>}>{`${q.rule} ${q.explanation}`}</List.Item>
              )}
            />
          </Flex>
        </Card>
        {editable ? (
          <Form form={form} layout="vertical" initialValues={{ workReport: r.workReport, nextYearPlan: r.nextYearPlan }}>
            <Form.Item name="workReport" label={t('evaluation.report.workReport')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={8} maxLength={20000} />
            </Form.Item>
            <Form.Item name="nextYearPlan" label={t('evaluation.report.nextYearPlan')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={6} maxLength={20000} />
            </Form.Item>
            <Flex gap={8}>
              <Button onClick={() => void write(false)} loading={save.isPending}>
                {t('evaluation.report.save')}
              </Button>
              <Button type="primary" onClick={() => void write(true)} loading={save.isPending}>
                {t('evaluation.report.submit')}
              </Button>
            </Flex>
          </Form>
        ) : (
          <>
            {r.status !== 'missing' && (
              <Descriptions
                bordered
                size="small"
                column={1}
                items={[
                  { key: 'w', label: t('evaluation.report.workReport'), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.workReport}</Typography.Paragraph> },
                  { key: 'p', label: t('evaluation.report.nextYearPlan'), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.nextYearPlan}</Typography.Paragraph> },
                ]}
              />
            )}
            {r.acknowledgedAt && <Alert type="success" showIcon title={t('evaluation.report.ackBy', { by: r.acknowledgedBy ?? '', at: formatDistrictDateTime(r.acknowledgedAt), note: r.acknowledgementNote ?? '—' })} />}
          </>
        )}
        {principal && (
          <Flex gap={8} align="flex-start">
            <Input.TextArea aria-label={t('evaluation.report.ackNote')} placeholder={t('evaluation.report.ackNote')} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
            <Button type="primary" onClick={() => void ack()} loading={acknowledge.isPending}>
              {t('evaluation.report.acknowledge')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
