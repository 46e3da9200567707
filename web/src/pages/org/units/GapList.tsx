import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { UnitGapRow } from '../../../api/org-types';
import { articleOf } from '../../../components/org/articles';
import { t } from '../../../locales';

const SHOWN_AT_FIRST = 5;

/** The units that lack a spokesperson or an assistant, or the municipal filing (A8.2), each linking to its page. */
export default function GapList({ rows }: { rows: UnitGapRow[] }) {
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, SHOWN_AT_FIRST);
  const rules = [...new Set(rows.flatMap((r) => r.gaps.map((g) => g.rule)))];
  return (
    <Alert
      type="warning"
      showIcon
      title={t('org.units.gaps.title', { count: rows.length })}
      description={
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {t('org.units.gaps.hint')}
            {rules.map((rule) => (
              <Tag key={rule} style={{ marginInlineStart: 8 }}>
                {t('problem.basis', { article: articleOf(rule) })}
              </Tag>
            ))}
          </Typography.Text>
          {shown.map(({ unit, gaps }) => (
            <Flex key={unit.id} gap={8} wrap align="center">
              <Link to={`/units/${unit.id}`}>{unit.name}</Link>
              {gaps.map((gap) => (
                <Tag key={gap.kind} color="warning" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                  {gap.message}
                </Tag>
              ))}
            </Flex>
          ))}
          {rows.length > SHOWN_AT_FIRST && (
            <Button type="link" size="small" style={{ alignSelf: 'flex-start', padding: 0 }} onClick={() => setAll(!all)}>
              {all ? t('org.units.gaps.less') : t('org.units.gaps.more', { count: rows.length - SHOWN_AT_FIRST })}
            </Button>
          )}
        </Flex>
      }
    />
  );
}
