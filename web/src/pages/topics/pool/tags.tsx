import { TOPIC_STATUS_LABELS, type TopicStatus } from '@fabutong/core/contract/topics';
import { Tag } from 'antd';

const COLORS: Record<TopicStatus, string> = {
  proposed: 'processing',
  endorsed: 'warning',
  accepted: 'success',
  merged: 'default',
  declined: 'error',
  withdrawn: 'default',
  started: 'purple',
};

export function TopicStatusTag({ status }: { status: TopicStatus }) {
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {TOPIC_STATUS_LABELS[status]}
    </Tag>
  );
}
