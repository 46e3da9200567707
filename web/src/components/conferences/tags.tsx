import { CONFERENCE_STATUS_LABELS, type ConferenceStatus } from '@fabutong/core/contract/conferences';
import { Tag } from 'antd';

const COLORS: Record<ConferenceStatus, string> = {
  draft: 'default',
  unit_approval: 'gold',
  submitted: 'blue',
  in_review: 'processing',
  revision: 'orange',
  content_approval: 'purple',
  approved: 'cyan',
  announced: 'geekblue',
  live: 'red',
  held: 'green',
  archived: 'success',
  withdrawn: 'default',
  refused: 'error',
};

export function ConferenceStatusTag({ status }: { status: ConferenceStatus }) {
  return <Tag color={COLORS[status]}>{CONFERENCE_STATUS_LABELS[status]}</Tag>;
}
