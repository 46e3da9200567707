/** What the signed-in user may see, derived from their role grants (the server still decides every request). */
import { ROLE_LABELS, type Role } from '@fabutong/core/access';
import type { Me } from './api/types';
import { t } from './locales';

export interface Access {
  manageUsers: boolean;
  readAudit: boolean;
  /** Units, people, appointments, calendar, the spokesperson list, the media registry: the news office (and the administrator for the organization). */
  manageOrganization: boolean;
  newsOffice: boolean;
  /** Sees the whole district: news office, leaders, auditor. */
  districtWide: boolean;
  readReleases: boolean;
  writeReleases: boolean;
  /** May mark a release held or published (A17): the unit's approver or the news office. */
  approveReleases: boolean;
  /** Units where the user holds a unit role (editor or approver). */
  unitIds: number[];
}

export function accessOf(me: Me): Access {
  const has = (role: Role) => me.grants.some((g) => g.role === role);
  const unitRoles = me.grants.filter((g) => g.role === 'unit_editor' || g.role === 'unit_approver');
  return {
    manageUsers: has('admin'),
    // 三员分立: the audit trail is the auditor's to read, not the administrator's.
    readAudit: has('auditor'),
    manageOrganization: has('news_office') || has('admin'),
    newsOffice: has('news_office'),
    districtWide: has('news_office') || has('leader') || has('auditor'),
    readReleases: has('news_office') || has('leader') || has('auditor') || unitRoles.length > 0,
    writeReleases: has('news_office') || unitRoles.length > 0,
    approveReleases: has('news_office') || has('unit_approver'),
    unitIds: unitRoles.map((g) => g.unitId).filter((id): id is number => id !== null),
  };
}

/** "武隆区交通运输局 · 单位编辑（新闻发布科室）", or the bare role when it covers everything. */
export function grantLabel(grant: { role: Role; unitName: string | null }): string {
  const role = ROLE_LABELS[grant.role];
  return grant.unitName ? t('roles.onUnit', { unit: grant.unitName, role }) : role;
}
