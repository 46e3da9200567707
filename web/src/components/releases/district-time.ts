/**
 * Date pickers show the district's wall clock (Asia/Shanghai, UTC+8, no DST) whatever the
 * browser's time zone: an instant is shown as district time, and a picked time is sent as one.
 */
import { districtDate, formatDistrictDateTime } from '@fabutong/core/time';
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';
export const DATE_FORMAT = 'YYYY-MM-DD';

/** An instant as the picker's value, in district time. */
export const pickerValue = (instant: string): Dayjs => dayjs(formatDistrictDateTime(instant));

/** The picker's value (district wall clock) as an ISO instant with the district's offset. */
export const districtInstant = (value: Dayjs): string => `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

/** The district's date today. */
export const districtToday = (): string => districtDate(new Date());

export const districtYear = (): number => Number(districtToday().slice(0, 4));
