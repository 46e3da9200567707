/** What the signed-in user may see, derived from their role grants (the server still decides every request). */
import { ROLE_LABELS, type Role } from '@fabutong/core/access';
import type { Me } from './api/types';
import { t } from './locales';

export interface Access {
  manageUsers: boolean;
  readAudit: boolean;
}

export function accessOf(me: Me): Access {
  const has = (role: Role) => me.grants.some((g) => g.role === role);
  return {
    manageUsers: has('admin'),
    // 三员分立: the audit trail is the auditor's to read, not the administrator's.
    readAudit: has('auditor'),
  };
}

/** "武隆区交通运输局 · 单位编辑（新闻发布科室）", or the bare role when it covers everything. */
export function grantLabel(grant: { role: Role; unitName: string | null }): string {
  const role = ROLE_LABELS[grant.role];
  return grant.unitName ? t('roles.onUnit', { unit: grant.unitName, role }) : role;
}
