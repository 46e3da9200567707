/**
 * Reads a year's holiday schedule as the news office pastes it: either the State Council
 * notice itself (“二、春节：2月15日（农历腊月二十八、周日）至23日（…）放假调休，共9天。
 * 2月14日（周六）、2月28日（周六）上班。”) or plain lines (`2027-02-06 班 春节调休`,
 * `2027-02-10~2027-02-16 休 春节`). Every problem is reported per line, in Chinese.
 */
import { addDays, isIsoDate, isWeekend, yearOf, type IsoDate } from './calendar';

export interface ScheduleDay {
  date: IsoDate;
  name: string;
}

export interface ParsedSchedule {
  holidays: ScheduleDay[];
  makeupWorkdays: ScheduleDay[];
  errors: { line: number; message: string }[];
}

const NUMBERED_ITEM = /^[一二三四五六七八九十]+、\s*([^：:]+)[：:](.*)$/;
const MONTH_DAY = /(\d{1,2})月(\d{1,2})日(?:（[^）]*）|\([^)]*\))?/g;
const PLAIN_LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:~|～|至|-{2})\s*(\d{4}-\d{2}-\d{2}))?\s+(休|放假|班|上班)\s*(.*)$/;

const pad = (n: number) => String(n).padStart(2, '0');

function datesFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to && out.length < 40; d = addDays(d, 1)) out.push(d);
  return out;
}

export function parseHolidaySchedule(year: number, text: string): ParsedSchedule {
  const result: ParsedSchedule = { holidays: [], makeupWorkdays: [], errors: [] };
  const lines = text.split(/\r?\n/);

  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNo = index + 1;
    if (!line || /^(国务院|各省|现将|节假日期间|\d{4}年部分节假日)/.test(line)) return;

    const plain = PLAIN_LINE.exec(line);
    if (plain) {
      const [, from, to = from, kind, name] = plain as unknown as [string, string, string | undefined, string, string];
      if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
        result.errors.push({ line: lineNo, message: `日期无效：${line}` });
        return;
      }
      const target = kind === '班' || kind === '上班' ? result.makeupWorkdays : result.holidays;
      for (const date of datesFrom(from, to)) target.push({ date, name: name.trim() || (target === result.holidays ? '放假' : '调休上班') });
      return;
    }

    const item = NUMBERED_ITEM.exec(line);
    if (!item) {
      result.errors.push({ line: lineNo, message: `无法识别这一行：“${line.slice(0, 40)}”。请粘贴国务院通知原文，或按“2027-02-06 班 春节调休”的格式逐行填写` });
      return;
    }
    const name = item[1]!.trim();
    const body = item[2]!;
    const [holidayPart = '', ...workParts] = body.split(/放假(?:调休)?[，,]?/);
    const holidayDates = [...holidayPart.matchAll(MONTH_DAY)].map((m) => [Number(m[1]), Number(m[2])] as const);
    // “至23日” omits the month when it is the same month.
    const toDayOnly = /至(\d{1,2})日/.exec(holidayPart);
    if (holidayDates.length === 0) {
      result.errors.push({ line: lineNo, message: `“${name}”一行没有找到放假日期` });
      return;
    }
    const [startMonth, startDay] = holidayDates[0]!;
    const startYear = startMonth === 12 && index < 3 ? year - 1 : year;
    const from = `${startYear}-${pad(startMonth)}-${pad(startDay)}`;
    let to = from;
    if (holidayDates.length > 1) {
      const [m, d] = holidayDates[1]!;
      to = `${m < startMonth ? startYear + 1 : startYear}-${pad(m)}-${pad(d)}`;
    } else if (toDayOnly) {
      to = `${startYear}-${pad(startMonth)}-${pad(Number(toDayOnly[1]))}`;
    }
    if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
      result.errors.push({ line: lineNo, message: `“${name}”的放假日期无效` });
      return;
    }
    for (const date of datesFrom(from, to)) result.holidays.push({ date, name });

    const workText = workParts.join('');
    if (/上班/.test(workText)) {
      for (const m of workText.matchAll(MONTH_DAY)) {
        const date = `${Number(m[1]) === 12 && startYear < year ? year - 1 : year}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
        if (!isIsoDate(date)) result.errors.push({ line: lineNo, message: `“${name}”的调休上班日期无效：${m[0]}` });
        else result.makeupWorkdays.push({ date, name: `${name}调休` });
      }
    }
  });

  const holidaySet = new Set(result.holidays.map((d) => d.date));
  for (const day of result.makeupWorkdays) {
    if (!isWeekend(day.date)) result.errors.push({ line: 0, message: `${day.date} 不是周末，不需要调休上班` });
    if (holidaySet.has(day.date)) result.errors.push({ line: 0, message: `${day.date} 既是放假日又是上班日` });
  }
  for (const day of [...result.holidays, ...result.makeupWorkdays]) {
    if (Math.abs(yearOf(day.date) - year) > 1) result.errors.push({ line: 0, message: `${day.date} 不属于 ${year} 年的安排` });
  }
  if (result.holidays.length === 0 && result.errors.length === 0) result.errors.push({ line: 0, message: '没有找到任何放假日期' });
  return result;
}
