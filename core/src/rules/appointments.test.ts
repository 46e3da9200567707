import { describe, expect, it } from 'vitest';
import { findOverlappingAppointment, isCurrent, unitGaps, type AppointmentSpan } from './appointments';

const spokesperson = (id: number, from: string, to: string | null, unitId = 1): AppointmentSpan => ({ id, unitId, post: 'spokesperson', from, to });

describe('one spokesperson and one assistant per unit (A8.2)', () => {
  const existing = [spokesperson(1, '2024-01-01', '2026-03-31'), spokesperson(2, '2026-04-01', null)];

  it('refuses a second spokesperson whose term overlaps the current one', () => {
    expect(findOverlappingAppointment(existing, spokesperson(0, '2026-06-01', null))?.id).toBe(2);
  });

  it('refuses an overlap on a single day, the last day of the predecessor', () => {
    expect(findOverlappingAppointment([spokesperson(1, '2024-01-01', '2026-03-31')], spokesperson(0, '2026-03-31', null))?.id).toBe(1);
  });

  it('accepts a successor from the day after the predecessor left', () => {
    expect(findOverlappingAppointment([spokesperson(1, '2024-01-01', '2026-03-31')], spokesperson(0, '2026-04-01', null))).toBeUndefined();
  });

  it('accepts spokespersons of other units and other posts at the same time', () => {
    expect(findOverlappingAppointment(existing, spokesperson(0, '2026-06-01', null, 2))).toBeUndefined();
    expect(findOverlappingAppointment(existing, { unitId: 1, post: 'staff', from: '2026-06-01', to: null })).toBeUndefined();
  });

  it('does not compare an appointment with itself when it is changed', () => {
    expect(findOverlappingAppointment(existing, spokesperson(2, '2026-04-01', '2026-12-31'))).toBeUndefined();
  });

  it('treats the last day as still in post', () => {
    expect(isCurrent({ from: '2024-01-01', to: '2026-03-31' }, '2026-03-31')).toBe(true);
    expect(isCurrent({ from: '2024-01-01', to: '2026-03-31' }, '2026-04-01')).toBe(false);
  });
});

describe('gaps to fill', () => {
  it('shows a unit without a current spokesperson or assistant', () => {
    const gaps = unitGaps({ kind: 'township', active: true }, [spokesperson(1, '2020-01-01', '2025-12-31')], '2026-11-26');
    expect(gaps.map((g) => g.kind)).toEqual(['missing_spokesperson', 'missing_assistant']);
  });

  it('flags the district government spokesperson until the municipal filing is recorded', () => {
    const appointments: (AppointmentSpan & { filedWithMunicipalAt?: string | null })[] = [
      { ...spokesperson(1, '2024-01-01', null), filedWithMunicipalAt: null },
      { id: 2, unitId: 1, post: 'spokesperson_assistant', from: '2024-01-01', to: null },
    ];
    expect(unitGaps({ kind: 'district_gov', active: true }, appointments, '2026-11-26').map((g) => g.kind)).toEqual(['not_filed_with_municipal']);
    appointments[0]!.filedWithMunicipalAt = '2024-01-10';
    expect(unitGaps({ kind: 'district_gov', active: true }, appointments, '2026-11-26')).toEqual([]);
  });

  it('asks nothing of regions, the news office or retired units', () => {
    expect(unitGaps({ kind: 'district', active: true }, [], '2026-11-26')).toEqual([]);
    expect(unitGaps({ kind: 'news_office', active: true }, [], '2026-11-26')).toEqual([]);
    expect(unitGaps({ kind: 'department', active: false }, [], '2026-11-26')).toEqual([]);
  });
});
