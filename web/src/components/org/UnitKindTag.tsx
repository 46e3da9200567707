import { UNIT_KIND_LABELS, type UnitKind } from '@fabutong/core/units';
import { Tag } from 'antd';

const COLORS: Record<UnitKind, string | undefined> = {
  city: undefined,
  district: undefined,
  district_gov: 'red',
  news_office: 'volcano',
  township: 'green',
  subdistrict: 'cyan',
  department: 'blue',
  public_body: 'purple',
};

/** The unit's kind (区级部门, 乡镇 …) as a small coloured tag. */
export default function UnitKindTag({ kind }: { kind: UnitKind }) {
  return (
    <Tag color={COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {UNIT_KIND_LABELS[kind]}
    </Tag>
  );
}
