import { CLOCK_STATUS_LABELS } from '@fabutong/core/contract/incidents';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Card, Col, Empty, Flex, Row, Tag, Typography, theme } from 'antd';
import { clockText, clockTone, TONE_COLOUR, useNow } from '../../../components/incidents/clock';
import type { Clock } from '../../../components/incidents/types';
import { t } from '../../../locales';

/** Each clock as a card whose colour says how much time is left: calm, within 2 h, within 30 min, overdue, met. */
export default function ClockCards({ clocks, nextUpdate }: { clocks: Clock[]; nextUpdate: Clock | null }) {
  const now = useNow();
  const { token } = theme.useToken();
  const all = nextUpdate ? [...clocks, nextUpdate] : clocks;
  if (all.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.clock.none')} />;

  const background = {
    met: token.colorSuccessBg,
    metLate: token.colorWarningBg,
    calm: token.colorInfoBg,
    soon: token.colorWarningBg,
    urgent: token.colorErrorBg,
    overdue: token.colorErrorBg,
  };
  const ink = { met: token.colorSuccess, metLate: token.colorWarning, calm: token.colorInfo, soon: token.colorWarning, urgent: token.colorError, overdue: token.colorError };

  return (
    <Row gutter={[16, 16]}>
      {all.map((clock) => {
        const tone = clockTone(clock, now);
        return (
          <Col key={clock.rule} xs={24} md={12} xl={8}>
            <Card size="small" style={{ background: background[tone], borderColor: ink[tone] }} data-testid={`clock-${clock.rule}`}>
              <Flex vertical gap={4}>
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>{clock.rule === 'A13.4-d' ? t('incidents.clock.nextUpdate') : clock.label}</Typography.Text>
                  <Tag color={TONE_COLOUR[tone]} style={{ marginInlineEnd: 0 }}>
                    {clock.status === 'met' ? clockText(clock, now) : CLOCK_STATUS_LABELS[clock.status]}
                  </Tag>
                </Flex>
                <Typography.Text style={{ fontSize: 26, fontWeight: 600, color: ink[tone], fontVariantNumeric: 'tabular-nums' }} data-status={clock.status}>
                  {clock.status === 'met' ? t('incidents.clock.metAt', { at: formatDistrictDateTime(clock.metAt!) }) : clockText(clock, now)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('incidents.clock.due', { due: formatDistrictDateTime(clock.due) })} · {clock.rule} {ARTICLES[clock.rule].article}
                </Typography.Text>
              </Flex>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
