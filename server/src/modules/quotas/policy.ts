/** Who sees which quota results (A13.3, A17): pure. */
import { hasAnyRole, type Actor } from '@fabutong/core';

/** Unit users see their own units' results; the district's roles see all. */
export function canSeeQuotasOf(actor: Actor, unitPath: string | undefined): boolean {
  return unitPath !== undefined && hasAnyRole(actor, ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'], unitPath);
}
