import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api } from '../../api/client';
import type { Unit } from './types';

/** Regions hold units; they do not release. */
const REGIONS = new Set(['city', 'district']);

export function useUnitList() {
  return useQuery({ queryKey: ['units', 'active'], queryFn: () => api<{ items: Unit[] }>('/units'), staleTime: 5 * 60_000 });
}

/** Chooses an active unit by name (the tree is flat here: names are unique within a district). */
export default function UnitSelect({ id, value, onChange, placeholder }: { id?: string; value?: number; onChange?: (unitId: number) => void; placeholder?: string }) {
  const units = useUnitList();
  return (
    <Select<number>
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      loading={units.isPending}
      options={(units.data?.items ?? []).filter((u) => u.active && !REGIONS.has(u.kind)).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
