/**
 * 可用口径 (A9.3): the talking points a spokesperson of the unit may use today — its own and the
 * district-wide ones, approved and in force — offered while preparing a conference's Q&A or an
 * opinion response. Quoting one hands its answer to the caller and records the use; an expired
 * line is listed as expired and cannot be quoted.
 */
import { BookOutlined } from '@ant-design/icons';
import { SENSITIVITY_LABELS, type TalkingPointUseKind } from '@fabutong/core/contract/talking-points';
import { standingOn } from '@fabutong/core/rules/talking-points';
import { App, Button, Card, Drawer, Empty, Flex, Input, Skeleton, Tag, Typography, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { problemText } from '../../api/problem';
import { t } from '../../locales';
import ProblemAlert from '../ProblemAlert';
import { districtToday } from '../releases/district-time';
import { useExpiredPoints, useRecordPointUse, useUsablePoints, type PointSummary } from './api';

export type { PointSummary } from './api';

export interface UsablePointsProps {
  unitId: number;
  /** Where the line is used: a conference's Q&A, an opinion response … */
  kind: TalkingPointUseKind;
  /** The conference application or opinion item the line is used for. */
  refId: number | null;
  /** The use as recorded in the line's history, e.g. “新闻发布会：……”. */
  label: string;
  /** Called once the use is recorded: put the answer where it belongs. */
  onUse: (point: PointSummary) => void;
  /** A search to start with. */
  query?: string;
  buttonProps?: ButtonProps;
}

export default function UsablePoints({ buttonProps, ...props }: UsablePointsProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<BookOutlined />} {...buttonProps} onClick={() => setOpen(true)}>
        {t('topics.usable.open')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} size={640} title={t('topics.usable.title')} destroyOnHidden>
        {open && <PointsPanel {...props} />}
      </Drawer>
    </>
  );
}

/** The list itself, for a caller that has its own panel. */
export function PointsPanel({ unitId, kind, refId, label, onUse, query = '' }: Omit<UsablePointsProps, 'buttonProps'>) {
  const { message } = App.useApp();
  const [q, setQ] = useState(query.trim());
  const usable = useUsablePoints(unitId, q, true);
  const expired = useExpiredPoints(unitId, q, true);
  const record = useRecordPointUse();
  const today = districtToday();

  // The list was fetched today; a line whose review date has passed since is not offered either.
  const standing = (p: PointSummary) => standingOn({ status: p.status, effectiveFrom: p.effectiveFrom, reviewBy: p.reviewBy }, today);
  const offered = (usable.data?.items ?? []).filter((p) => standing(p) !== 'expired');
  const lapsed = (usable.data?.items ?? []).filter((p) => standing(p) === 'expired');
  const stale = [...lapsed, ...(expired.data ?? []).filter((p) => !lapsed.some((l) => l.id === p.id))];

  const use = async (point: PointSummary) => {
    if (standing(point) !== 'in_force') return;
    try {
      await record.mutateAsync({ point, kind, refId, label });
    } catch (error) {
      void message.error(problemText(error));
      return;
    }
    onUse(point);
    void message.success(t('topics.usable.used', { subject: point.subject }));
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('topics.usable.hint')}</Typography.Text>
      <Input.Search allowClear defaultValue={q} placeholder={t('topics.usable.search')} aria-label={t('topics.usable.search')} onSearch={(v) => setQ(v.trim())} />
      {usable.isError && <ProblemAlert error={usable.error} />}
      {usable.isPending ? (
        <Skeleton active />
      ) : offered.length === 0 ? (
        <Empty description={t('topics.usable.empty')} />
      ) : (
        offered.map((p) => {
          const inForce = standing(p) === 'in_force';
          return (
            <PointCard
              key={p.id}
              point={p}
              tag={<Tag color={inForce ? 'success' : 'cyan'}>{inForce ? t('topics.usable.inForce') : t('topics.usable.notYet', { date: p.effectiveFrom })}</Tag>}
              action={
                <Button type="primary" size="small" disabled={!inForce} loading={record.isPending && record.variables?.point.id === p.id} onClick={() => void use(p)}>
                  {t('topics.usable.use')}
                </Button>
              }
            />
          );
        })
      )}
      {stale.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 8, marginBottom: 0 }}>
            {t('topics.usable.expiredTitle')}
          </Typography.Title>
          {stale.map((p) => (
            <PointCard key={p.id} point={p} tag={<Tag color="red">{t('topics.usable.expired')}</Tag>} note={t('topics.usable.expiredHint', { date: p.reviewBy })} muted />
          ))}
        </>
      )}
    </Flex>
  );
}

function PointCard({ point: p, tag, action, note, muted = false }: { point: PointSummary; tag: ReactNode; action?: ReactNode; note?: string; muted?: boolean }) {
  return (
    <Card
      size="small"
      data-testid={`usable-point-${p.id}`}
      style={muted ? { opacity: 0.75 } : undefined}
      title={
        <Flex gap={8} align="center" wrap>
          <span style={{ whiteSpace: 'normal' }}>{p.subject}</span>
          {tag}
          {p.districtWide && <Tag color="blue">{t('topics.usable.districtWide')}</Tag>}
          <Tag color={p.sensitivity === 'internal' ? 'orange' : 'green'}>{SENSITIVITY_LABELS[p.sensitivity]}</Tag>
        </Flex>
      }
      extra={action}
    >
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">
          {p.unitName} · {t('topics.usable.validity', { from: p.effectiveFrom, to: p.reviewBy })}
        </Typography.Text>
        {note && <Typography.Text type="danger">{note}</Typography.Text>}
        <Typography.Text strong>{t('topics.usable.questions')}</Typography.Text>
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {p.questions.map((question, i) => (
            <li key={i}>{question}</li>
          ))}
        </ol>
        <Typography.Text strong>{t('topics.usable.answer')}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.answer}</Typography.Paragraph>
      </Flex>
    </Card>
  );
}
