/**
 * Pickers show the district's wall clock (Asia/Shanghai, UTC+8, no DST) whatever the browser's
 * time zone; a picked time is sent as an instant with the district's offset.
 */
import { formatDistrictDateTime } from '@fabutong/core/time';
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

export const pickerValue = (instant: string): Dayjs => dayjs(formatDistrictDateTime(instant), DATE_TIME_FORMAT);

export const districtInstant = (value: Dayjs): string => `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

/** Now, as the picker shows it. */
export const districtNow = (): Dayjs => pickerValue(new Date().toISOString());
