import { ClockCircleOutlined } from '@ant-design/icons';
import { ARTICLES, type RuleId } from '@fabutong/core/rules/articles';
import { DISTRICT_TIME_ZONE, formatDistrictDateTime } from '@fabutong/core/time';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography, theme } from 'antd';
import { grantLabel } from '../../../access';
import type { Pending } from '../../../api/types';
import { useCurrentUser } from '../../../components/layout/current-user';
import { useOpenLink } from '../../../components/links';
import ProblemAlert from '../../../components/ProblemAlert';
import { t, type MessageKey } from '../../../locales';
import { usePending } from './api';

/** The greeting for the hour in the district, whatever the browser's time zone. */
function greeting(now: Date): MessageKey {
  const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: DISTRICT_TIME_ZONE, hour: 'numeric', hourCycle: 'h23' }).format(now));
  if (hour < 5) return 'pages.home.greeting.night';
  if (hour < 9) return 'pages.home.greeting.morning';
  if (hour < 11) return 'pages.home.greeting.forenoon';
  if (hour < 13) return 'pages.home.greeting.noon';
  if (hour < 18) return 'pages.home.greeting.afternoon';
  return 'pages.home.greeting.evening';
}

const today = (now: Date) => new Intl.DateTimeFormat('zh-CN', { timeZone: DISTRICT_TIME_ZONE, dateStyle: 'full' }).format(now);

export default function WorkbenchPage() {
  const { me } = useCurrentUser();
  const pending = usePending();
  const now = new Date();

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('pages.home.hello', { greeting: t(greeting(now)), name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('pages.home.today', { date: today(now) })}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('pages.home.pending.title')}</h2>}>
            {pending.isPending ? (
              <Skeleton active />
            ) : pending.isError ? (
              <ProblemAlert error={pending.error} />
            ) : pending.data.items.length === 0 ? (
              <Empty description={<EmptyText />} />
            ) : (
              <Flex vertical>
                {pending.data.items.map((item, i, all) => (
                  <PendingRow key={`${item.link}-${i}`} item={item} last={i === all.length - 1} />
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('pages.home.roles.title')}>
            {me.grants.length === 0 ? (
              <Typography.Text type="secondary">{t('pages.home.roles.none')}</Typography.Text>
            ) : (
              <Flex vertical gap={8} align="flex-start">
                {me.grants.map((g) => (
                  <Tag key={`${g.role}-${g.unitId}`} color="blue" style={{ whiteSpace: 'normal' }}>
                    {grantLabel(g)}
                  </Tag>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

function EmptyText() {
  return (
    <Flex vertical>
      <Typography.Text>{t('pages.home.pending.emptyTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t('pages.home.pending.emptyHint')}</Typography.Text>
    </Flex>
  );
}

function PendingRow({ item, last }: { item: Pending; last: boolean }) {
  const openLink = useOpenLink();
  const { token } = theme.useToken();
  const article = item.rule && item.rule in ARTICLES ? ARTICLES[item.rule as RuleId].article : null;
  // A due date may be a calendar day or an instant.
  const due = item.due && (item.due.length === 10 ? item.due : formatDistrictDateTime(item.due));
  return (
    <Flex align="center" justify="space-between" gap={12} wrap style={{ padding: '12px 0', borderBottom: last ? undefined : `1px solid ${token.colorBorderSecondary}` }}>
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong>{item.title}</Typography.Text>
        <Flex gap={8} wrap>
          {item.unitName && <Typography.Text type="secondary">{item.unitName}</Typography.Text>}
          {due && (
            <Typography.Text type="warning">
              <ClockCircleOutlined /> {t('pages.home.pending.due', { due })}
            </Typography.Text>
          )}
          {article && <Tag>{t('problem.basis', { article })}</Tag>}
        </Flex>
      </Flex>
      <Button onClick={() => openLink(item.link)}>{t('pages.home.pending.open')}</Button>
    </Flex>
  );
}
