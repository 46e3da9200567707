import { Button, Empty, Flex, Tag, Tree, Typography, theme, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Unit } from '../../../api/org-types';
import UnitKindTag from '../../../components/org/UnitKindTag';
import { branchIds, matchingBranches, unitTree, type UnitNode } from '../../../components/org/unit-tree';
import { t } from '../../../locales';

/** The name with the searched text marked. */
function Marked({ text, needle, color }: { text: string; needle: string; color: string }) {
  const at = needle ? text.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span style={{ color, fontWeight: 600 }}>{text.slice(at, at + needle.length)}</span>
      {text.slice(at + needle.length)}
    </>
  );
}

/** The organization as a tree: each unit links to its page; a search keeps the matches and the branches that lead to them, opened. */
export default function UnitTree({ units, search }: { units: Unit[]; search: string }) {
  const { token } = theme.useToken();
  const needle = search.trim();
  const { shown } = useMemo(() => matchingBranches(units, needle), [units, needle]);
  const nodes = useMemo(() => unitTree(units.filter((u) => shown.has(u.id))), [units, shown]);
  const allBranches = useMemo(() => branchIds(nodes), [nodes]);
  const [expanded, setExpanded] = useState<number[]>(allBranches);

  // A new search (or a newly loaded list) opens every branch it shows.
  useEffect(() => setExpanded(allBranches), [allBranches]);

  const toData = (list: UnitNode[]): TreeDataNode[] =>
    list.map(({ unit, children }) => ({ key: unit.id, title: <Title unit={unit} needle={needle} mark={token.colorError} />, children: toData(children) }));
  const treeData = toData(nodes);

  if (nodes.length === 0) return <Empty description={needle ? t('org.units.noMatch', { q: needle }) : undefined} />;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8}>
        <Button size="small" onClick={() => setExpanded(allBranches)}>
          {t('org.tree.expandAll')}
        </Button>
        <Button size="small" onClick={() => setExpanded([])}>
          {t('org.tree.collapseAll')}
        </Button>
      </Flex>
      <Tree
        treeData={treeData}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys.map(Number))}
        selectable={false}
        blockNode
        showLine
      />
    </Flex>
  );
}

function Title({ unit, needle, mark }: { unit: Unit; needle: string; mark: string }): ReactNode {
  const region = unit.kind === 'city' || unit.kind === 'district';
  return (
    <Flex gap={8} wrap align="center" style={{ padding: '2px 0', opacity: unit.active ? 1 : 0.55 }}>
      {region ? (
        <Typography.Text strong>
          <Marked text={unit.name} needle={needle} color={mark} />
        </Typography.Text>
      ) : (
        <Link to={`/units/${unit.id}`}>
          <Marked text={unit.name} needle={needle} color={mark} />
        </Link>
      )}
      {unit.shortName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Marked text={unit.shortName} needle={needle} color={mark} />
        </Typography.Text>
      )}
      {!region && <UnitKindTag kind={unit.kind} />}
      {!unit.active && <Tag style={{ marginInlineEnd: 0 }}>{t('org.units.retiredTag')}</Tag>}
    </Flex>
  );
}
