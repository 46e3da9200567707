/** The release area's small labels: form with its F-code, status, qualification, quota status, and the article a rule rests on. */
import { QUALIFICATION_STATE_LABELS } from '@fabutong/core/contract/media';
import { QUOTA_STATUS_LABELS } from '@fabutong/core/contract/quotas';
import { RELEASE_STATUS_LABELS } from '@fabutong/core/contract/releases';
import { ARTICLES, type RuleId } from '@fabutong/core/rules/articles';
import { CONTENT_CATEGORY_LABELS, RELEASE_FORM_CODES, RELEASE_FORM_LABELS, type ContentCategory, type ReleaseForm } from '@fabutong/core/rules/vocabulary';
import { Tag, Tooltip, Typography } from 'antd';
import type { QualificationState, QuotaStatus, ReleaseStatus } from '../../api/release-types';
import { t } from '../../locales';

/** "F1 新闻发布会". */
export const formLabel = (form: ReleaseForm) => `${RELEASE_FORM_CODES[form]} ${RELEASE_FORM_LABELS[form]}`;

export function FormTag({ form }: { form: ReleaseForm }) {
  return (
    <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
      <Typography.Text strong style={{ color: 'inherit' }}>
        {RELEASE_FORM_CODES[form]}
      </Typography.Text>{' '}
      {RELEASE_FORM_LABELS[form]}
    </Tag>
  );
}

export function CategoryTags({ categories }: { categories: readonly ContentCategory[] }) {
  return (
    <>
      {categories.map((c) => (
        <Tag key={c} style={{ marginInlineEnd: 4 }}>
          {CONTENT_CATEGORY_LABELS[c]}
        </Tag>
      ))}
    </>
  );
}

const STATUS_COLORS: Record<ReleaseStatus, string> = { planned: 'processing', held: 'success', published: 'success', cancelled: 'default' };

export function ReleaseStatusTag({ status }: { status: ReleaseStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {RELEASE_STATUS_LABELS[status]}
    </Tag>
  );
}

export const QUALIFICATION_COLORS: Record<QualificationState, string> = {
  valid: 'success',
  expiring: 'warning',
  expired: 'error',
  not_yet_valid: 'processing',
  missing: 'default',
};

export function QualificationTag({ state, until }: { state: QualificationState; until?: string | null }) {
  return (
    <Tag color={QUALIFICATION_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {QUALIFICATION_STATE_LABELS[state]}
      {until && state !== 'missing' ? ` · ${t('releases.common.until', { date: until })}` : ''}
    </Tag>
  );
}

/** met green, on track blue, at risk orange, missed red. */
export const QUOTA_COLORS: Record<QuotaStatus, string> = { met: 'success', on_track: 'processing', at_risk: 'warning', missed: 'error' };

export function QuotaStatusTag({ status }: { status: QuotaStatus }) {
  return (
    <Tag color={QUOTA_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {QUOTA_STATUS_LABELS[status]}
    </Tag>
  );
}

export const isRuleId = (rule: string | undefined): rule is RuleId => !!rule && rule in ARTICLES;

/** The article a rule id rests on ("第十三条（三）"), or the id itself when it is not one of the measures'. */
export const articleOf = (rule: string) => (isRuleId(rule) ? ARTICLES[rule].article : rule);

/** "第十三条（三）" with the rule's summary on hover. */
export function ArticleTag({ rule }: { rule: string }) {
  if (!isRuleId(rule)) return <Tag>{rule}</Tag>;
  return (
    <Tooltip title={ARTICLES[rule].summary}>
      <Tag style={{ marginInlineEnd: 0 }}>{t('problem.basis', { article: ARTICLES[rule].article })}</Tag>
    </Tooltip>
  );
}
