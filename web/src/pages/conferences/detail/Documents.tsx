import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { CONFERENCE_DOCUMENT_KINDS, CONFERENCE_DOCUMENT_LABELS, REQUIRED_CONFERENCE_DOCUMENTS, type ConferenceDocumentKind } from '@fabutong/core/contract/conferences';
import { TALKING_POINT_USE_KIND_LABELS } from '@fabutong/core/contract/talking-points';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, List, Progress, Tag, Typography, message } from 'antd';
import { useRef, useState } from 'react';
import { problemText } from '../../../api/problem';
import { conferenceKey, uploadWithProgress } from '../../../components/conferences/api';
import type { Conference } from '../../../components/conferences/types';
import { useCurrentUser } from '../../../components/layout/current-user';
import { downloadFile } from '../../../components/org/download';
import UsablePoints, { type PointSummary } from '../../../components/talking-points/UsablePoints';
import { t } from '../../../locales';

const ACCEPT = '.docx,.doc,.pdf,.wps,.png,.jpg,.jpeg,.gif,.webp';
const MAX_BYTES = 20 * 1024 * 1024;

/** Statuses in which the Q&A is still being prepared (or used, on the day). */
const PREPARING = ['draft', 'unit_approval', 'submitted', 'in_review', 'revision', 'content_approval', 'approved', 'announced', 'live'];

/** The documents of A15.1 with every uploaded version; a new version never replaces an old one. */
export default function Documents({ conference }: { conference: Conference }) {
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('conferences.documents.hint')}
      </Typography.Paragraph>
      {CONFERENCE_DOCUMENT_KINDS.map((kind) => (
        <DocumentCard key={kind} conference={conference} kind={kind} />
      ))}
    </Flex>
  );
}

function DocumentCard({ conference, kind }: { conference: Conference; kind: ConferenceDocumentKind }) {
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const { access } = useCurrentUser();
  const versions = conference.documents.filter((d) => d.kind === kind);
  // A9.3: preparing the Q&A, the unit's spokesperson draws on the approved lines in force.
  const offerPoints = kind === 'qa' && PREPARING.includes(conference.status) && (access.newsOffice || access.unitIds.includes(conference.unitId));

  const quote = (point: PointSummary) => {
    const copied = navigator.clipboard?.writeText(point.answer);
    if (!copied) return void message.warning(t('conferences.documents.pointNotCopied'));
    copied.then(
      () => void message.success(t('conferences.documents.pointCopied')),
      () => void message.warning(t('conferences.documents.pointNotCopied')),
    );
  };

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      void message.error(t('conferences.documents.tooLarge'));
      return;
    }
    setProgress(0);
    try {
      const saved = await uploadWithProgress<Conference>(`/conference-applications/${conference.id}/documents/${kind}`, file, setProgress);
      client.setQueryData(conferenceKey(conference.id), saved);
      void message.success(t('conferences.documents.uploaded', { name: file.name }));
    } catch (error) {
      void message.error(problemText(error));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          {CONFERENCE_DOCUMENT_LABELS[kind]}
          {REQUIRED_CONFERENCE_DOCUMENTS.includes(kind) ? <Tag color={versions.length ? 'green' : 'red'}>{versions.length ? t('conferences.documents.present') : t('conferences.documents.required')}</Tag> : <Tag>{t('conferences.documents.optional')}</Tag>}
        </Flex>
      }
      extra={
        <Flex gap={8}>
          {offerPoints && (
            <UsablePoints
              unitId={conference.unitId}
              kind="conference"
              refId={conference.id}
              label={`${TALKING_POINT_USE_KIND_LABELS.conference}：${conference.title}`}
              onUse={quote}
              buttonProps={{ size: 'small' }}
            />
          )}
          {conference.canEdit && (
            <>
              <input ref={input} type="file" accept={ACCEPT} hidden aria-label={t('conferences.documents.choose', { kind: CONFERENCE_DOCUMENT_LABELS[kind] })} onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} data-testid={`upload-${kind}`} />
              <Button size="small" icon={<UploadOutlined />} onClick={() => input.current?.click()} disabled={progress !== null}>
                {versions.length ? t('conferences.documents.newVersion') : t('conferences.documents.upload')}
              </Button>
            </>
          )}
        </Flex>
      }
    >
      {progress !== null && <Progress percent={progress} size="small" />}
      {versions.length === 0 ? (
        <Typography.Text type="secondary">{t('conferences.documents.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={versions}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="dl" type="link" size="small" icon={<DownloadOutlined />} onClick={() => void downloadFile(`/conference-applications/${conference.id}/files/${d.id}`, d.fileName).catch((e: unknown) => void message.error(problemText(e)))}>
                  {t('conferences.documents.download')}
                </Button>,
              ]}
            >
              <Flex gap={8} wrap>
                <Tag color={d === versions[0] ? 'blue' : undefined}>{t('conferences.documents.version', { n: d.version })}</Tag>
                <Typography.Text>{d.fileName}</Typography.Text>
                <Typography.Text type="secondary">
                  {(d.size / 1024).toFixed(0)} KB · {d.uploadedBy ?? ''} · {formatDistrictDateTime(d.uploadedAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
