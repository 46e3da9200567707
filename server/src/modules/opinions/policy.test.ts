import type { Actor, Role } from '@fabutong/core';
import { describe, expect, it } from 'vitest';
import { canAssess, canAssign, canDecideNoResponse, canManageSources, canReadItem, canReport, readableUnitPaths } from './policy';

const actor = (role: Role, unitPath: string | null): Actor => ({ userId: 1, personId: null, username: 'u', displayName: 'u', grants: [{ role, unitId: unitPath ? 9 : null, unitPath }] });
const OWN = '/1/5/';
const OTHER = '/1/6/';

describe('who may act on opinion items (A13.2, A17)', () => {
  it.each([
    ['news_office', '/1/', OWN, true],
    ['leader', '/1/', null, true],
    ['auditor', '/1/', OTHER, true],
    ['unit_editor', OWN, OWN, true],
    ['unit_editor', OWN, OTHER, false],
    ['unit_approver', OWN, null, false],
    ['admin', null, OWN, false],
  ] as const)('a %s on %s reads an item of %s: %s (A17)', (role, grant, item, allowed) => {
    expect(canReadItem(actor(role, grant), item).allowed).toBe(allowed);
  });

  it.each([
    ['news_office', null, true],
    ['unit_editor', OWN, true],
    ['unit_editor', OTHER, false],
    ['unit_editor', null, false],
  ] as const)('a reporter (%s) for unit %s may report: %s (A13.2)', (role, unit, allowed) => {
    expect(canReport(actor(role, OWN), unit).allowed).toBe(allowed);
  });

  it('leaves assigning to the news office and assessing to the unit or the news office (A13.2)', () => {
    expect(canAssign(actor('news_office', '/1/')).allowed).toBe(true);
    expect(canAssign(actor('unit_approver', OWN)).allowed).toBe(false);
    expect(canAssess(actor('unit_editor', OWN), OWN).allowed).toBe(true);
    expect(canAssess(actor('leader', '/1/'), OWN).allowed).toBe(false);
    expect(canDecideNoResponse(actor('unit_editor', OWN), OWN).allowed).toBe(false);
    expect(canDecideNoResponse(actor('unit_approver', OWN), OWN).allowed).toBe(true);
    expect(canManageSources(actor('unit_approver', OWN)).allowed).toBe(false);
  });

  it('gives district roles every item and unit roles their units', () => {
    expect(readableUnitPaths(actor('auditor', '/1/'))).toEqual([null]);
    expect(readableUnitPaths(actor('unit_editor', OWN))).toEqual([OWN]);
    expect(readableUnitPaths(actor('admin', null))).toEqual([]);
  });
});
