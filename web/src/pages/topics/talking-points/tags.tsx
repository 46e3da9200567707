import { SENSITIVITY_LABELS, type Sensitivity } from '@fabutong/core/contract/talking-points';
import { TALKING_POINT_STANDING_LABELS, type TalkingPointStanding } from '@fabutong/core/rules/talking-points';
import { Tag } from 'antd';

const STANDING_COLORS: Record<TalkingPointStanding, string> = {
  draft: 'default',
  in_review: 'processing',
  not_yet_effective: 'cyan',
  in_force: 'success',
  expired: 'error',
  withdrawn: 'default',
};

/** Where a line stands today; an expired one says so. */
export function StandingTag({ standing }: { standing: TalkingPointStanding }) {
  return (
    <Tag color={STANDING_COLORS[standing]} style={{ marginInlineEnd: 0 }}>
      {TALKING_POINT_STANDING_LABELS[standing]}
    </Tag>
  );
}

export function SensitivityTag({ sensitivity }: { sensitivity: Sensitivity }) {
  return (
    <Tag color={sensitivity === 'internal' ? 'orange' : 'green'} style={{ marginInlineEnd: 0 }}>
      {SENSITIVITY_LABELS[sensitivity]}
    </Tag>
  );
}
