/**
 * Who may act where (A17: only within the units and roles granted).
 *
 * Roles are granted per unit; a grant covers the unit and everything below it in the tree
 * (city → district → unit), so a news office grant on the district node reaches every unit
 * of the district. Units carry a materialized path such as `/1/2/15/`.
 */
export const ROLES = ['admin', 'news_office', 'unit_editor', 'unit_approver', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  news_office: '区政府新闻办',
  unit_editor: '单位编辑（新闻发布科室）',
  unit_approver: '单位审批人（主要负责人、新闻发言人）',
  leader: '区领导',
  auditor: '安全审计员',
};

export interface Grant {
  role: Role;
  /** The unit the grant covers (with its subtree); null covers the whole deployment. */
  unitId: number | null;
  /** Materialized path of that unit, e.g. `/1/2/15/`; null with unitId null. */
  unitPath: string | null;
}

export interface Actor {
  userId: number;
  personId: number | null;
  username: string;
  displayName: string;
  grants: Grant[];
}

/** `/1/2/15/` is inside the grant on 2, on 1, and on 15 itself. */
export function pathCovers(grantPath: string | null, targetPath: string): boolean {
  return grantPath === null || targetPath.startsWith(grantPath);
}

/** The actor holds `role` somewhere; with `unitPath`, on that unit or above it. */
export function hasRole(actor: Actor, role: Role, unitPath?: string): boolean {
  return actor.grants.some((g) => g.role === role && (unitPath === undefined || pathCovers(g.unitPath, unitPath)));
}

export function hasAnyRole(actor: Actor, roles: readonly Role[], unitPath?: string): boolean {
  return roles.some((r) => hasRole(actor, r, unitPath));
}

/** The auditor and the news office read across the district; others within their units. */
export function canReadUnit(actor: Actor, unitPath: string): boolean {
  return hasAnyRole(actor, ['admin', 'news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'], unitPath);
}

/** Unit ids where the actor holds one of `roles` (null in the list = everywhere). */
export function grantedUnitIds(actor: Actor, roles: readonly Role[]): (number | null)[] {
  return actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitId);
}

/** A decision a policy returns: allowed, or refused with the rule that refuses it. */
export type Decision = { allowed: true } | { allowed: false; rule: 'A17' | 'SEC'; reason: string };

export const ALLOW: Decision = { allowed: true };

export function deny(reason: string, rule: 'A17' | 'SEC' = 'A17'): Decision {
  return { allowed: false, rule, reason };
}

export function decide(condition: boolean, reason: string, rule: 'A17' | 'SEC' = 'A17'): Decision {
  return condition ? ALLOW : deny(reason, rule);
}
