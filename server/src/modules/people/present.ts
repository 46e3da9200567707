import { isCurrent, type AppointmentView, type Post, type PersonView } from '@fabutong/core';
import type { PersonRow } from '../../db/schema';
import type { AppointmentWithNames } from './repository';

export function presentPerson(row: PersonRow): PersonView {
  return {
    id: row.id,
    name: row.name,
    officePhone: row.office_phone,
    pressPhone: row.press_phone,
    mobile: row.mobile,
    email: row.email,
    note: row.note,
  };
}

export function presentAppointment(row: AppointmentWithNames, today: string): AppointmentView & { unitId: number } {
  const span = { from: row.from_date, to: row.to_date };
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    post: row.post as Post,
    title: row.title,
    from: row.from_date,
    to: row.to_date,
    current: isCurrent(span, today),
    filedWithMunicipalAt: row.filed_with_municipal_at,
    note: row.note,
    pressPhone: row.press_phone,
    officePhone: row.office_phone,
  };
}
