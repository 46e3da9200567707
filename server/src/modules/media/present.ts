import { qualificationState, type JournalistView, type MediaLevel, type OutletView } from '@fabutong/core';
import type { JournalistWithOutlet, OutletWithCounts } from './repository';

export function presentOutlet(row: OutletWithCounts, today: string): OutletView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OutletView['kind'],
    level: row.level as MediaLevel,
    licenceNo: row.licence_no,
    qualification: {
      state: qualificationState(row.licence_valid_from, row.licence_valid_until, today),
      validFrom: row.licence_valid_from,
      validUntil: row.licence_valid_until,
    },
    contact: row.contact,
    note: row.note,
    active: Boolean(row.active),
    journalists: Number(row.journalist_count ?? 0),
    findings: Number(row.finding_count ?? 0),
  };
}

export function presentJournalist(row: JournalistWithOutlet, today: string): JournalistView {
  return {
    id: row.id,
    outletId: row.outlet_id,
    outletName: row.outlet_name,
    name: row.name,
    pressCardNo: row.press_card_no,
    qualification: {
      state: qualificationState(row.press_card_valid_from, row.press_card_valid_until, today),
      validFrom: row.press_card_valid_from,
      validUntil: row.press_card_valid_until,
    },
    contact: row.contact,
    note: row.note,
    active: Boolean(row.active),
  };
}
