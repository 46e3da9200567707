import { describe, expect, it } from 'vitest';
import { CALENDAR_2026 } from '../../test/chinese-days';
import { parseHolidaySchedule } from './holiday-schedule';

const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

describe('reading a pasted holiday schedule', () => {
  it('reads the State Council notice for 2026 into exactly its holidays and make-up days', () => {
    const parsed = parseHolidaySchedule(2026, NOTICE_2026);
    expect(parsed.errors).toEqual([]);
    expect(new Set(parsed.holidays.map((d) => d.date))).toEqual(CALENDAR_2026.holidays);
    expect(new Set(parsed.makeupWorkdays.map((d) => d.date))).toEqual(CALENDAR_2026.makeupWorkdays);
    expect(parsed.holidays.find((d) => d.date === '2026-02-18')?.name).toBe('春节');
    expect(parsed.makeupWorkdays.find((d) => d.date === '2026-02-28')?.name).toBe('春节调休');
  });

  it('reads a New Year that starts in December of the year before', () => {
    const parsed = parseHolidaySchedule(2018, '一、元旦：2017年12月30日至2018年1月1日放假调休，共3天。');
    expect(parsed.holidays.map((d) => d.date)).toEqual(['2017-12-30', '2017-12-31', '2018-01-01']);
  });

  it('reads plain lines and ranges', () => {
    const parsed = parseHolidaySchedule(2027, '2027-01-01 休 元旦\n2027-02-06~2027-02-08 休 春节\n2027-02-20 班 春节调休');
    expect(parsed.errors).toEqual([]);
    expect(parsed.holidays.map((d) => d.date)).toEqual(['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(parsed.makeupWorkdays).toEqual([{ date: '2027-02-20', name: '春节调休' }]);
  });

  it('reports what it cannot read, line by line, in Chinese', () => {
    const parsed = parseHolidaySchedule(2027, '2027-01-01 休 元旦\n春节放假七天\n2027-02-30 休 春节');
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(parsed.errors[0]!.message).toContain('无法识别');
  });

  it('refuses a make-up workday that is not a weekend day', () => {
    const parsed = parseHolidaySchedule(2027, '2027-01-01 休 元旦\n2027-01-05 班 元旦调休');
    expect(parsed.errors).toEqual([{ line: 0, message: '2027-01-05 不是周末，不需要调休上班' }]);
  });
});
