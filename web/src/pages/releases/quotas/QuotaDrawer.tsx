import { formatDistrictDateTime } from '@fabutong/core/time';
import { POST_LABELS } from '@fabutong/core/rules/appointments';
import { Drawer, Flex, Grid, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { QuotaReport, QuotaResult, RuleSet } from '../../../api/release-types';
import { ArticleTag, QuotaStatusTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { useReleases } from './api';

/** What the drawer explains: one result, or a vacancy (a post nobody holds, so nobody owes the quota). */
export type Explained = { kind: 'result'; result: QuotaResult } | { kind: 'vacancy'; vacancy: QuotaReport['vacancies'][number] } | null;

/** The article's text from the rule set in force, or the quota's own text. */
export function ruleText(ruleSet: RuleSet | undefined, rule: string): string | undefined {
  return ruleSet?.articles.find((a) => a.id === rule)?.text ?? ruleSet?.annualQuotas.find((q) => q.rule === rule)?.text;
}

export const subjectLabel = (subject: QuotaResult['subject']) =>
  subject.kind === 'person' ? `${subject.name}（${subject.unitName}${subject.post ? POST_LABELS[subject.post] : ''}）` : subject.name;

export default function QuotaDrawer({ explained, ruleSet, onClose }: { explained: Explained; ruleSet: RuleSet | undefined; onClose: () => void }) {
  const narrow = Grid.useBreakpoint().md === false;
  const rule = explained?.kind === 'result' ? explained.result.rule : explained?.vacancy.rule;
  return (
    <Drawer
      open={explained !== null}
      onClose={onClose}
      size={narrow ? '100%' : 560}
      title={
        explained?.kind === 'result'
          ? t('releases.quotas.drawer.title', { rule: explained.result.rule, subject: subjectLabel(explained.result.subject) })
          : explained?.kind === 'vacancy'
            ? t('releases.quotas.drawer.vacancyTitle', { rule: explained.vacancy.rule, unit: explained.vacancy.unitName })
            : null
      }
    >
      {rule && (
        <Flex vertical gap={16}>
          <Flex vertical gap={4}>
            <div>
              <ArticleTag rule={rule} />
            </div>
            <Typography.Text type="secondary">{ruleText(ruleSet, rule)}</Typography.Text>
          </Flex>
          {explained?.kind === 'result' && <ResultDetail result={explained.result} />}
          {explained?.kind === 'vacancy' && (
            <Flex vertical gap={8}>
              <Typography.Text>
                {t('releases.quotas.drawer.vacantPosts', { posts: explained.vacancy.posts.map((p) => POST_LABELS[p]).join('、') })}
              </Typography.Text>
              <Typography.Paragraph style={{ margin: 0 }}>{explained.vacancy.explanation}</Typography.Paragraph>
            </Flex>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

function ResultDetail({ result }: { result: QuotaResult }) {
  const releases = useReleases(result.countingReleaseIds);
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <QuotaStatusTag status={result.status} />
        <Typography.Text strong style={{ fontSize: 20 }}>
          {result.counted}/{result.required}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{result.explanation}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={result.parts}
        columns={[
          { title: t('releases.quotas.drawer.part'), dataIndex: 'label' },
          { title: t('releases.quotas.drawer.period'), key: 'period', width: 110, render: (_, p) => (p.from.endsWith('-01-01') && p.to.endsWith('-12-31') ? t('releases.quotas.drawer.wholeYear') : `${p.from.slice(5)} ~ ${p.to.slice(5)}`) },
          { title: t('releases.quotas.drawer.progress'), key: 'progress', width: 64, render: (_, p) => `${p.counted}/${p.required}` },
          { title: t('releases.quotas.drawer.status'), dataIndex: 'status', width: 84, render: (s: QuotaResult['status']) => <QuotaStatusTag status={s} /> },
        ]}
      />
      <Flex vertical gap={8}>
        <Typography.Text strong>{t('releases.quotas.drawer.counting', { count: result.countingReleaseIds.length })}</Typography.Text>
        {result.countingReleaseIds.length === 0 ? (
          <Typography.Text type="secondary">{t('releases.quotas.drawer.noneCounting')}</Typography.Text>
        ) : (
          result.countingReleaseIds.map((id, i) => {
            const release = releases[i]?.data;
            return (
              <Link key={id} to={`/releases/${id}`}>
                {release ? `${formatDistrictDateTime(release.startsAt).slice(0, 10)} ${release.title}` : t('releases.quotas.drawer.releaseNo', { id })}
              </Link>
            );
          })
        )}
      </Flex>
    </Flex>
  );
}
