import type { ConferencePeriod, UnitKind, UnitView } from '@fabutong/core';
import type { UnitRow } from '../../db/schema';

export function presentUnit(row: UnitRow): UnitView {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind as UnitKind,
    name: row.name,
    shortName: row.short_name,
    pressSectionName: row.press_section_name,
    livelihoodRelated: Boolean(row.livelihood_related),
    routineConferencePeriod: row.routine_conference_period as ConferencePeriod | null,
    active: Boolean(row.active),
    sortOrder: row.sort_order,
  };
}
