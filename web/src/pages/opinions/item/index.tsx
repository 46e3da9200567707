import { ArrowLeftOutlined } from '@ant-design/icons';
import { OPINION_CHANNEL_LABELS, OPINION_SENSITIVITY_LABELS, OPINION_SOURCE_KIND_LABELS } from '@fabutong/core/contract/opinions';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ClockTag, useNow } from '../../../components/incidents/clock';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useOpinion } from '../../../components/opinions/api';
import { LevelTag, StatusTag } from '../../../components/opinions/tags';
import type { OpinionItemDetail } from '../../../components/opinions/types';
import PageLoading from '../../../components/PageLoading';
import ProblemAlert from '../../../components/ProblemAlert';
import { lookup, t } from '../../../locales';
import AssignModal from '../inbox/AssignModal';
import AssessCard from './AssessCard';
import ConsultationCard from './ConsultationCard';
import RespondCard from './RespondCard';

function offsetText(offset: number): string {
  if (offset < 0) return t('opinions.item.offsets.before', { minutes: -offset });
  if (offset === 0) return t('opinions.item.offsets.due');
  return t('opinions.item.offsets.after', { minutes: offset });
}

export default function OpinionItemPage() {
  const id = Number(useParams().id);
  const item = useOpinion(id);
  const { access } = useCurrentUser();
  const now = useNow();
  const [assigning, setAssigning] = useState(false);
  if (item.isError) return <ProblemAlert error={item.error} />;
  if (!item.data) return <PageLoading />;
  const i: OpinionItemDetail = item.data;
  const closed = i.status === 'responded' || i.status === 'not_responded';
  const mayAct = access.newsOffice || (i.unitId !== null && access.unitIds.includes(i.unitId));

  return (
    <Flex vertical gap={16}>
      <Link to="/opinions">
        <ArrowLeftOutlined /> {t('opinions.item.back')}
      </Link>
      <Card title={<h1 style={{ margin: 0, fontSize: 20 }}>{i.title}</h1>} extra={<StatusTag status={i.status} />}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('opinions.item.source')}>
            {OPINION_SOURCE_KIND_LABELS[i.sourceKind]}
            {i.channel && i.sourceKind === 'manual' ? `（${OPINION_CHANNEL_LABELS[i.channel]}）` : ''} · {i.source}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinions.item.firstSeen')}>{formatDistrictDateTime(i.firstSeenAt)}</Descriptions.Item>
          {i.link && (
            <Descriptions.Item label={t('opinions.item.link')}>
              <a href={i.link} target="_blank" rel="noreferrer noopener">
                {i.link}
              </a>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('opinions.item.keywords')}>{i.matchedKeywords.length ? i.matchedKeywords.map((k) => <Tag key={k}>{k}</Tag>) : t('opinions.common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('opinions.item.suggested')}>{i.suggestedUnitName ?? t('opinions.common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('opinions.item.unit')}>
            <Flex gap={8} align="center">
              <span data-testid="item-unit">{i.unitName ?? t('opinions.inbox.unassigned')}</span>
              {access.newsOffice && !closed && (
                <Button size="small" onClick={() => setAssigning(true)}>
                  {t('opinions.item.assign.submit')}
                </Button>
              )}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('opinions.item.assess.level')}>
            <LevelTag level={i.level} />
            {i.sensitivity && <Tag>{`${t('opinions.item.assess.sensitivity')}：${OPINION_SENSITIVITY_LABELS[i.sensitivity]}`}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinions.item.clock')}>{i.clock ? <ClockTag clock={i.clock} now={now} /> : <Typography.Text type="secondary">{t('opinions.item.noClock')}</Typography.Text>}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}>{i.excerpt}</Typography.Paragraph>
        {i.trendNote && (
          <Alert
            style={{ marginTop: 12 }}
            type={i.level === 'major' ? 'error' : 'info'}
            title={`${t('opinions.item.assess.trendNote')}：${i.trendNote}`}
            description={i.assessedAt ? t('opinions.item.assess.by', { by: i.assessedBy ?? '', at: formatDistrictDateTime(i.assessedAt) }) : undefined}
          />
        )}
      </Card>
      {mayAct && !closed && i.unitId !== null && <AssessCard item={i} />}
      {i.unitId !== null && <RespondCard item={i} mayAct={mayAct} />}
      {i.unitId !== null && (i.level === 'major' || i.consultations.length > 0) && <ConsultationCard item={i} mayAct={mayAct} />}
      {i.alerts.length > 0 && (
        <Card title={t('opinions.item.alerts')} size="small">
          <List
            size="small"
            dataSource={i.alerts}
            renderItem={(a) => (
              <List.Item>
                {formatDistrictDateTime(a.runAt)} · {t('opinions.item.alertStep', { when: offsetText(a.offsetMinutes), status: lookup(`opinions.item.stepStatus.${a.status}`) ?? a.status })}
              </List.Item>
            )}
          />
        </Card>
      )}
      {assigning && <AssignModal item={i} onClose={() => setAssigning(false)} />}
    </Flex>
  );
}
