import { CloudUploadOutlined, DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Progress, Result, Spin, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import type { ImportReport, ImportResult } from '../../../api/org-types';
import { problemText } from '../../../api/problem';
import { t } from '../../../locales';
import { downloadTemplate, MAX_UPLOAD_MB, useImport, usePreviewImport, type UploadProgress } from './api';
import ReportTables from './ReportTables';

type Phase = { kind: 'choose' } | { kind: 'sending'; to: 'preview' | 'import'; progress: UploadProgress } | { kind: 'previewed' } | { kind: 'done'; result: ImportResult };

/** A row's mistakes are located `工作表.行号.列名`; what is left concerns the file or a sheet as a whole. */
const aboutRows = (path: string) => /^[^.]+\.\d+(\.|$)/.test(path);

/** 批量导入: the template, a preview of the filled-in workbook row by row, and the all-or-nothing import. */
export default function ImportsPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [templateBusy, setTemplateBusy] = useState(false);
  const preview = usePreviewImport((progress) => setPhase({ kind: 'sending', to: 'preview', progress }));
  const run = useImport((progress) => setPhase({ kind: 'sending', to: 'import', progress }));

  const reset = () => {
    setFile(null);
    setReport(null);
    setError(null);
    setPhase({ kind: 'choose' });
  };

  const check = async (chosen: File) => {
    if (!/\.xlsx$/i.test(chosen.name)) return void message.error(t('org.imports.wrongType'));
    if (chosen.size > MAX_UPLOAD_MB * 1024 * 1024) return void message.error(t('org.imports.tooLarge', { mb: MAX_UPLOAD_MB }));
    setFile(chosen);
    setReport(null);
    setError(null);
    setPhase({ kind: 'sending', to: 'preview', progress: { percent: 0, sent: false } });
    try {
      setReport(await preview.mutateAsync(chosen));
      setPhase({ kind: 'previewed' });
    } catch (err) {
      setError(err);
      setPhase({ kind: 'choose' });
    }
  };

  const importFile = async () => {
    if (!file) return;
    setError(null);
    setPhase({ kind: 'sending', to: 'import', progress: { percent: 0, sent: false } });
    try {
      const result = await run.mutateAsync(file);
      setPhase({ kind: 'done', result });
    } catch (err) {
      setError(err);
      setPhase({ kind: 'previewed' });
    }
  };

  const getTemplate = async () => {
    setTemplateBusy(true);
    try {
      await downloadTemplate();
    } catch (err) {
      void message.error(t('org.common.downloadFailed', { reason: problemText(err) }));
    } finally {
      setTemplateBusy(false);
    }
  };

  const readyToImport = (phase.kind === 'previewed' && report?.valid === true) || (phase.kind === 'sending' && phase.to === 'import');
  const step = phase.kind === 'done' ? 3 : readyToImport ? 2 : 1;
  // A refused import names its mistakes in `errors`, flat, as the preview does.
  const refusal = error instanceof ApiError ? (error.problem.errors ?? []) : [];

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.imports.title')}</h1>}
      extra={
        <Button icon={<DownloadOutlined />} loading={templateBusy} onClick={() => void getTemplate()}>
          {t('org.imports.template')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('org.imports.intro')}</Typography.Text>
        <Steps
          size="small"
          responsive={false}
          titlePlacement="vertical"
          current={step}
          items={[{ title: t('org.imports.steps.template') }, { title: t('org.imports.steps.upload') }, { title: t('org.imports.steps.import') }]}
        />
        {error !== null && (
          <Alert
            type="error"
            showIcon
            title={phase.kind === 'previewed' ? t('org.imports.refused') : problemText(error)}
            description={
              phase.kind === 'previewed' ? (
                <Flex vertical>
                  <span>{problemText(error)}</span>
                  {refusal.slice(0, 20).map((e) => (
                    <span key={`${e.path}-${e.message}`}>{e.message}</span>
                  ))}
                </Flex>
              ) : undefined
            }
          />
        )}
        {phase.kind === 'choose' && (
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(chosen) => {
              void check(chosen);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('org.imports.dragger')}</p>
            <p className="ant-upload-hint">{t('org.imports.draggerHint', { mb: MAX_UPLOAD_MB })}</p>
          </Upload.Dragger>
        )}
        {phase.kind === 'sending' && file && <Sending file={file} to={phase.to} progress={phase.progress} />}
        {phase.kind === 'previewed' && report && (
          <Flex vertical gap={16}>
            <Summary report={report} />
            <ReportTables report={report} />
            <Flex gap={8} wrap align="center">
              <Button type="primary" icon={<CloudUploadOutlined />} disabled={!report.valid} onClick={() => void importFile()}>
                {t('org.imports.confirm')}
              </Button>
              <Button icon={<ReloadOutlined />} onClick={reset}>
                {t('org.imports.another')}
              </Button>
              {report.valid && <Typography.Text type="secondary">{t('org.imports.confirmHint')}</Typography.Text>}
            </Flex>
          </Flex>
        )}
        {phase.kind === 'done' && (
          <Result
            status="success"
            title={t('org.imports.done')}
            subTitle={t('org.imports.doneDetail', { name: phase.result.fileName, ...phase.result.counts })}
            extra={[
              <Button key="units" type="primary" onClick={() => void navigate('/units')}>
                {t('org.imports.toUnits')}
              </Button>,
              <Button key="again" onClick={reset}>
                {t('org.imports.another')}
              </Button>,
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}

function Sending({ file, to, progress }: { file: File; to: 'preview' | 'import'; progress: UploadProgress }) {
  return (
    <Flex vertical gap={12} align="center" style={{ padding: '24px 0' }}>
      {progress.sent ? (
        <Spin size="large" description={to === 'preview' ? t('org.imports.checking') : t('org.imports.importing')}>
          <div style={{ width: 240, height: 48 }} />
        </Spin>
      ) : (
        <>
          <Typography.Text>{t('org.imports.uploading', { name: file.name })}</Typography.Text>
          <Progress percent={progress.percent} status="active" style={{ maxWidth: 420 }} />
        </>
      )}
    </Flex>
  );
}

function Summary({ report }: { report: ImportReport }) {
  const general = report.errors.filter((e) => !aboutRows(e.path));
  if (report.valid) {
    return <Alert type="success" showIcon title={t('org.imports.valid', { name: report.fileName, ...report.counts })} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('org.imports.invalid', { name: report.fileName, errors: report.counts.errors, rows: report.counts.invalidRows })}
      description={
        general.length > 0 && (
          <Flex vertical>
            <span>{t('org.imports.fileErrors')}</span>
            {general.map((e) => (
              <span key={`${e.path}-${e.message}`}>{e.message}</span>
            ))}
          </Flex>
        )
      }
    />
  );
}
