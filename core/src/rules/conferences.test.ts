import { describe, expect, it } from 'vitest';
import { speakerViolations, type SpeakerCheckInput } from './conferences';
import { WULONG_2021 } from './ruleset';

const DISTRICT_GOV = 1;
const NEWS_OFFICE = 2;
const APPLICANT = 20;
const OTHER_UNIT = 21;

const units = [
  { id: DISTRICT_GOV, kind: 'district_gov' as const },
  { id: NEWS_OFFICE, kind: 'news_office' as const },
  { id: APPLICANT, kind: 'department' as const },
  { id: OTHER_UNIT, kind: 'department' as const },
];

const appointments: SpeakerCheckInput['appointments'] = [
  { personId: 1, unitId: DISTRICT_GOV, post: 'district_head', from: '2021-01-01', to: null },
  { personId: 2, unitId: DISTRICT_GOV, post: 'vice_district_head', from: '2021-01-01', to: null },
  { personId: 3, unitId: DISTRICT_GOV, post: 'standing_vice_district_head', from: '2021-01-01', to: null },
  { personId: 3, unitId: DISTRICT_GOV, post: 'spokesperson', from: '2021-01-01', to: null },
  { personId: 4, unitId: NEWS_OFFICE, post: 'news_office_director', from: '2021-01-01', to: null },
  { personId: 5, unitId: NEWS_OFFICE, post: 'spokesperson_assistant', from: '2021-01-01', to: null },
  { personId: 10, unitId: APPLICANT, post: 'principal', from: '2021-01-01', to: null },
  { personId: 11, unitId: APPLICANT, post: 'spokesperson', from: '2021-01-01', to: null },
  { personId: 12, unitId: APPLICANT, post: 'spokesperson_assistant', from: '2021-01-01', to: null },
  { personId: 13, unitId: APPLICANT, post: 'staff', from: '2021-01-01', to: null },
  { personId: 20, unitId: OTHER_UNIT, post: 'principal', from: '2021-01-01', to: null },
  { personId: 30, unitId: DISTRICT_GOV, post: 'vice_district_head', from: '2021-01-01', to: '2026-05-31' },
];

function check(inNameOf: SpeakerCheckInput['inNameOf'], mainSpeaker: number | null, host: number | null, authorizedPersonIds: number[] = []) {
  const participants: SpeakerCheckInput['participants'][number][] = [];
  if (mainSpeaker !== null) participants.push({ personId: mainSpeaker, name: `人员${mainSpeaker}`, part: 'main_speaker' });
  if (host !== null) participants.push({ personId: host, name: `人员${host}`, part: 'host' });
  participants.push({ personId: 99, name: '专家', part: 'expert' });
  return speakerViolations({ inNameOf, applyingUnitId: APPLICANT, date: '2026-06-15', participants, units, appointments, authorizedPersonIds }, WULONG_2021);
}

const refused = (violations: ReturnType<typeof check>) => violations.map((v) => `${v.part}:${v.personId ?? '-'}`);

describe('main speaker and host in the district government\'s name (A15.4)', () => {
  it.each([
    ['the district head with the district spokesperson', 1, 3],
    ['a vice district head with the news office director', 2, 4],
    ['the standing vice district head with the news office director', 3, 4],
  ])('accepts %s (A15.4)', (_, main, host) => {
    expect(check('district_gov', main, host)).toEqual([]);
  });

  it.each([
    ['a department principal as main speaker', 10, 4, ['main_speaker:10']],
    ['a vice district head who left office before the day', 30, 4, ['main_speaker:30']],
    ['the news office spokesperson assistant as host', 1, 5, ['host:5']],
    ['a department spokesperson as host', 1, 11, ['host:11']],
  ])('refuses %s (A15.4)', (_, main, host, expected) => {
    expect(refused(check('district_gov', main, host))).toEqual(expected);
  });

  it('refuses a conference without a main speaker or host, citing the rule (A15.4)', () => {
    const violations = check('district_gov', null, null);
    expect(refused(violations)).toEqual(['main_speaker:-', 'host:-']);
    expect(violations.every((v) => v.rule === 'A15.4')).toBe(true);
    expect(violations[0]?.message).toContain('以区政府名义举行的新闻发布会须确定主发布人');
  });

  it('explains a refusal in Chinese with the rule text (A15.4)', () => {
    expect(check('district_gov', 10, 4)[0]?.message).toBe(
      '人员10不能担任以区政府名义举行的新闻发布会的主发布人。以区政府名义举行的新闻发布会，主发布人为区政府区长、副区长，主持人为区政府新闻发言人或区政府新闻办主任。',
    );
  });
});

describe('main speaker and host in the news office\'s name (A15.4)', () => {
  it.each([
    ['the applying unit\'s principal with the news office director', 10, 4, []],
    ['the applying unit\'s spokesperson with the news office spokesperson assistant', 11, 5, []],
    ['a leader the applying unit authorized, hosted by its own spokesperson assistant', 13, 12, [13]],
  ])('accepts %s (A15.4)', (_, main, host, authorized) => {
    expect(check('news_office', main, host, authorized)).toEqual([]);
  });

  it.each([
    ['another unit\'s principal', 20, 4, ['main_speaker:20']],
    ['a staff member nobody authorized', 13, 4, ['main_speaker:13']],
    ['the district head as host', 10, 1, ['host:1']],
    ['the applying unit\'s principal as host', 11, 10, ['host:10']],
  ])('refuses %s (A15.4)', (_, main, host, expected) => {
    expect(refused(check('news_office', main, host))).toEqual(expected);
  });
});

describe('a conference in the unit\'s own name (A15.4)', () => {
  it('places no condition on who speaks or hosts', () => {
    expect(check('unit', 13, null)).toEqual([]);
  });
});
