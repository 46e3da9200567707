/** Instants are stored in UTC; the district lives in Asia/Shanghai (UTC+8, no DST). */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

const dateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISTRICT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const dateTimeFormatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: DISTRICT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The district's calendar date (`YYYY-MM-DD`) at an instant. */
export function districtDate(instant: Date | string): string {
  return dateFormatter.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** `2026-11-26 20:14` in the district's time, for people to read. */
export function formatDistrictDateTime(instant: Date | string): string {
  const parts = dateTimeFormatter.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The UTC instant at which a district calendar day begins. */
export function districtDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export function toIsoInstant(instant: Date): string {
  return instant.toISOString();
}
