import { InputNumber } from 'antd';
import { t } from '../locales';

/**
 * Chooses the unit a role is granted on; empty means not limited to a unit.
 * There is no units API yet, so the administrator types the unit's number.
 */
export default function UnitPicker({ value, onChange }: { value?: number | null; onChange?: (unitId: number | null) => void }) {
  return (
    <InputNumber<number>
      value={value ?? null}
      onChange={(unitId) => onChange?.(unitId)}
      min={1}
      precision={0}
      aria-label={t('unitPicker.label')}
      placeholder={t('unitPicker.placeholder')}
      style={{ width: '100%' }}
    />
  );
}
