import { afterEach, describe, expect, it } from 'vitest';
import { districtDate, districtDayStart, formatDistrictDateTime } from '@fabutong/core';

describe('district time, whatever the machine’s zone', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  // A server in UTC, one far west of the district and one across the date line: the same answers.
  for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`shows a stored UTC instant in Asia/Shanghai on a machine in ${zone}`, () => {
      process.env.TZ = zone;
      // 17:30 UTC on 26 November is 01:30 on 27 November in the district.
      expect(districtDate('2026-11-26T17:30:00.000Z')).toBe('2026-11-27');
      expect(formatDistrictDateTime('2026-11-26T17:30:00.000Z')).toBe('2026-11-27 01:30');
      expect(districtDayStart('2026-11-27').toISOString()).toBe('2026-11-26T16:00:00.000Z');
      expect(new Date('2026-11-27T09:00:00+08:00').toISOString()).toBe('2026-11-27T01:00:00.000Z');
    });
  }
});
