import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../api/org-types';
import { unitTree, type UnitNode } from './unit-tree';

interface Option {
  value: number;
  title: string;
  label: string;
  disabled: boolean;
  children: Option[];
}

function options(nodes: UnitNode[], selectable: (unit: Unit) => boolean): Option[] {
  return nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: unit.name,
    label: unit.name,
    disabled: !unit.active || !selectable(unit),
    children: options(children, selectable),
  }));
}

const ANY_UNIT = () => true;

/** Chooses a unit from the tree, searchable by name; units that `selectable` refuses stay visible but greyed. */
export default function UnitTreeSelect({
  units,
  value,
  onChange,
  selectable = ANY_UNIT,
  placeholder,
  loading,
  id,
}: {
  units: readonly Unit[];
  value?: number | null;
  onChange?: (unitId: number | null) => void;
  selectable?: (unit: Unit) => boolean;
  placeholder?: string;
  loading?: boolean;
  id?: string;
}) {
  const treeData = useMemo(() => options(unitTree(units), selectable), [units, selectable]);
  return (
    <TreeSelect<number>
      id={id}
      value={value ?? undefined}
      onChange={(unitId) => onChange?.(unitId ?? null)}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      loading={loading}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
