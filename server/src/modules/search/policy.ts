/** Who reads which search hits (A17): pure. */
import type { Actor } from '@fabutong/core';

const READING_ROLES = ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'] as const;

/**
 * The unit paths whose internal records the actor may read (null = every unit). Everyone else's
 * records appear only when they are open to all (a public release, an approved quotable line).
 * The administrator manages accounts, not content: public records only.
 */
export function internalReadPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => (READING_ROLES as readonly string[]).includes(g.role)).map((g) => g.unitPath);
}

