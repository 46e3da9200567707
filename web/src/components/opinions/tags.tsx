import { OPINION_STATUS_LABELS, type OpinionStatus } from '@fabutong/core/contract/opinions';
import { OPINION_LEVEL_LABELS, type OpinionLevel } from '@fabutong/core/rules/vocabulary';
import { Tag } from 'antd';
import { t } from '../../locales';

const LEVEL_COLOUR: Record<OpinionLevel, string> = { general: 'default', significant: 'orange', major: 'red' };
const STATUS_COLOUR: Record<OpinionStatus, string> = { new: 'blue', assigned: 'gold', assessed: 'orange', responded: 'green', not_responded: 'default' };

export function LevelTag({ level }: { level: OpinionLevel | null }) {
  return level ? <Tag color={LEVEL_COLOUR[level]}>{OPINION_LEVEL_LABELS[level]}</Tag> : <>{t('opinions.common.none')}</>;
}

export function StatusTag({ status }: { status: OpinionStatus }) {
  return (
    <Tag color={STATUS_COLOUR[status]} data-status={status}>
      {OPINION_STATUS_LABELS[status]}
    </Tag>
  );
}
