import { diffText } from '@fabutong/core/workflows/text-diff';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, Button, Card, Col, Empty, Flex, Input, List, Row, Select, Typography, theme } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useConferenceAction } from '../../../components/conferences/api';
import type { Conference } from '../../../components/conferences/types';
import { t } from '../../../locales';

/** Code points, as the server counts comment ranges (a Chinese text may hold characters beyond the BMP). */
const codePoints = (s: string) => [...s].length;

/** A15.2: the release text's versions, comments anchored to a selected passage, and a comparison of any two versions. */
export default function Review({ conference }: { conference: Conference }) {
  const versions = conference.textVersions;
  const latest = versions[versions.length - 1];
  const [shown, setShown] = useState<number | undefined>(latest?.version);
  const version = versions.find((v) => v.version === (shown ?? latest?.version));
  if (!latest || !version) return <Empty description={t('conferences.review.noVersions')} />;
  return (
    <Flex vertical gap={16}>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('conferences.review.text')}
            extra={<Select size="small" value={version.version} onChange={setShown} aria-label={t('conferences.review.version')} options={versions.map((v) => ({ value: v.version, label: t('conferences.review.versionLabel', { n: v.version, at: formatDistrictDateTime(v.createdAt) }) }))} />}
          >
            <Annotator conference={conference} version={version.version} text={version.text} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('conferences.review.comments', { count: conference.comments.length })}>
            {conference.comments.length === 0 ? (
              <Typography.Text type="secondary">{t('conferences.review.noComments')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={conference.comments}
                renderItem={(c) => (
                  <List.Item>
                    <Flex vertical gap={2}>
                      <Typography.Text type="secondary">
                        {t('conferences.review.onVersion', { n: c.textVersion })} · {c.authorName} · {formatDistrictDateTime(c.createdAt)}
                      </Typography.Text>
                      <Typography.Text mark>“{c.quote}”</Typography.Text>
                      <Typography.Text>{c.body}</Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      {versions.length > 1 && <Compare conference={conference} />}
    </Flex>
  );
}

function Annotator({ conference, version, text }: { conference: Conference; version: number; text: string }) {
  const { access } = useCurrentUser();
  const box = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<{ start: number; end: number; quote: string } | null>(null);
  const [body, setBody] = useState('');
  const action = useConferenceAction(conference.id);
  const canComment = access.newsOffice && ['submitted', 'in_review'].includes(conference.status);

  const select = () => {
    const selection = window.getSelection();
    const node = box.current?.firstChild;
    if (!selection || selection.rangeCount === 0 || !node) return;
    const r = selection.getRangeAt(0);
    if (r.collapsed || r.startContainer !== node || r.endContainer !== node) return;
    const start = codePoints(text.slice(0, r.startOffset));
    const end = codePoints(text.slice(0, r.endOffset));
    setRange({ start, end, quote: text.slice(r.startOffset, r.endOffset) });
  };

  const save = async () => {
    if (!range) return;
    await action.mutateAsync({ path: 'comments', body: { textVersion: version, start: range.start, end: range.end, body } });
    setRange(null);
    setBody('');
  };

  return (
    <Flex vertical gap={12}>
      {canComment && <Alert type="info" showIcon title={t('conferences.review.selectHint')} />}
      <div ref={box} onMouseUp={canComment ? select : undefined} onKeyUp={canComment ? select : undefined} style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, maxHeight: 480, overflow: 'auto', padding: 8, border: '1px solid #f0f0f0', borderRadius: 6 }} data-testid="release-text">
        {text}
      </div>
      {canComment && range && (
        <Flex vertical gap={8}>
          <Typography.Text>
            {t('conferences.review.quote')}
            <Typography.Text mark>“{range.quote}”</Typography.Text>
          </Typography.Text>
          <Input.TextArea rows={2} value={body} onChange={(e) => setBody(e.target.value)} aria-label={t('conferences.review.comment')} placeholder={t('conferences.review.comment')} maxLength={2000} />
          {action.isError && <ProblemAlert error={action.error} />}
          <Flex gap={8}>
            <Button type="primary" disabled={!body.trim()} loading={action.isPending} onClick={() => void save().catch(() => undefined)}>
              {t('conferences.review.addComment')}
            </Button>
            <Button onClick={() => setRange(null)}>{t('common.cancel')}</Button>
          </Flex>
        </Flex>
      )}
    </Flex>
  );
}

function Compare({ conference }: { conference: Conference }) {
  const { token } = theme.useToken();
  const versions = conference.textVersions;
  const [from, setFrom] = useState(versions[versions.length - 2]!.version);
  const [to, setTo] = useState(versions[versions.length - 1]!.version);
  const ops = useMemo(() => {
    const a = versions.find((v) => v.version === from)?.text ?? '';
    const b = versions.find((v) => v.version === to)?.text ?? '';
    return diffText(a, b);
  }, [versions, from, to]);
  const options = versions.map((v) => ({ value: v.version, label: t('conferences.review.versionShort', { n: v.version }) }));
  return (
    <Card
      size="small"
      title={t('conferences.review.compare')}
      extra={
        <Flex gap={8} align="center">
          <Select size="small" value={from} onChange={setFrom} options={options} aria-label={t('conferences.review.compareFrom')} />→
          <Select size="small" value={to} onChange={setTo} options={options} aria-label={t('conferences.review.compareTo')} />
        </Flex>
      }
    >
      <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }} data-testid="diff">
        {ops.map((op, i) =>
          op.op === 'same' ? (
            <span key={i}>{op.text}</span>
          ) : op.op === 'added' ? (
            <ins key={i} style={{ background: token.colorSuccessBg, textDecoration: 'none' }}>
              {op.text}
            </ins>
          ) : (
            <del key={i} style={{ background: token.colorErrorBg, color: token.colorError }}>
              {op.text}
            </del>
          ),
        )}
      </div>
    </Card>
  );
}
