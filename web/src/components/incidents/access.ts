/** Who may do what on an incident, as the console shows it; the server decides (A17). */
import type { Me } from '@fabutong/core';

const onUnit = (me: Me, roles: string[], unitId: number) => me.grants.some((g) => roles.includes(g.role) && g.unitId === unitId);
const has = (me: Me, role: string) => me.grants.some((g) => g.role === role);

export function incidentAccess(me: Me, responsibleUnitId: number) {
  const office = has(me, 'news_office');
  return {
    manage: office,
    draft: office || onUnit(me, ['unit_editor', 'unit_approver'], responsibleUnitId),
    review: office || onUnit(me, ['unit_approver'], responsibleUnitId),
  };
}

export const canRegisterIncidents = (me: Me) => has(me, 'news_office');
export const canManageChannels = (me: Me) => has(me, 'news_office') || has(me, 'admin');
export const canDecideViolations = (me: Me) => has(me, 'news_office');
export const canIssueWarnings = (me: Me) => has(me, 'news_office') || has(me, 'unit_approver');
