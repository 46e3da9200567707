import { describe, expect, it } from 'vitest';
import { computeQuotas, judgedOn, quotaReferenceDate, routinePeriods, type QuotaAppointment, type QuotaInput, type QuotaRelease, type QuotaReport, type QuotaRuleId, type QuotaUnit } from './quotas';
import { WULONG_2021 } from './ruleset';

// The district: government, news office, two grassroots units, two departments, and units that owe nothing.
const DISTRICT_GOV = 1;
const NEWS_OFFICE = 2;
const TOWNSHIP = 10;
const SUBDISTRICT = 11;
const RETIRED_TOWNSHIP = 12;
const LIVELIHOOD_DEPT = 20;
const OTHER_DEPT = 21;
const PUBLIC_BODY = 30;
const REGION = 99;

const unit = (id: number, kind: QuotaUnit['kind'], name: string, extra: Partial<QuotaUnit> = {}): QuotaUnit => ({
  id,
  kind,
  name,
  livelihoodRelated: false,
  routineConferencePeriod: null,
  ...extra,
});

const UNITS: QuotaUnit[] = [
  unit(REGION, 'district', '武隆区'),
  unit(DISTRICT_GOV, 'district_gov', '区政府'),
  unit(NEWS_OFFICE, 'news_office', '区政府新闻办'),
  unit(TOWNSHIP, 'township', '仙女山镇'),
  unit(SUBDISTRICT, 'subdistrict', '凤山街道'),
  unit(RETIRED_TOWNSHIP, 'township', '旧乡', { active: false }),
  unit(LIVELIHOOD_DEPT, 'department', '区人力社保局', { livelihoodRelated: true, routineConferencePeriod: 'quarterly' }),
  unit(OTHER_DEPT, 'department', '区档案馆'),
  unit(PUBLIC_BODY, 'public_body', '区供水公司', { livelihoodRelated: true }),
];

// People.
const HEAD = 100;
const VICE = 101;
const STANDING_VICE = 102; // also the district government spokesperson (A8.2)
const TOWNSHIP_PRINCIPAL = 110;
const TOWNSHIP_SPOKESPERSON = 111;
const DEPT_PRINCIPAL = 120;
const DEPT_SPOKESPERSON = 121;
const PUBLIC_BODY_PRINCIPAL = 130;

const appoint = (personId: number, unitId: number, post: QuotaAppointment['post'], from = '2020-01-01', to: string | null = null): QuotaAppointment => ({
  personId,
  personName: `人员${personId}`,
  unitId,
  post,
  from,
  to,
});

const APPOINTMENTS: QuotaAppointment[] = [
  appoint(HEAD, DISTRICT_GOV, 'district_head'),
  appoint(VICE, DISTRICT_GOV, 'vice_district_head'),
  appoint(STANDING_VICE, DISTRICT_GOV, 'standing_vice_district_head'),
  appoint(STANDING_VICE, DISTRICT_GOV, 'spokesperson'),
  appoint(TOWNSHIP_PRINCIPAL, TOWNSHIP, 'principal'),
  appoint(TOWNSHIP_SPOKESPERSON, TOWNSHIP, 'spokesperson'),
  appoint(DEPT_PRINCIPAL, LIVELIHOOD_DEPT, 'principal'),
  appoint(DEPT_SPOKESPERSON, LIVELIHOOD_DEPT, 'spokesperson'),
  appoint(PUBLIC_BODY_PRINCIPAL, PUBLIC_BODY, 'principal'),
];

let nextId = 1;
function release(overrides: Partial<QuotaRelease> = {}): QuotaRelease {
  return {
    id: nextId++,
    unitId: TOWNSHIP,
    date: '2026-03-10',
    form: 'press_conference',
    categories: ['disclosure'],
    organizer: 'unit',
    inNameOf: 'unit',
    participants: [],
    status: 'published',
    ...overrides,
  };
}

const by = (personId: number, part: QuotaRelease['participants'][number]['part'] = 'main_speaker') => ({ participants: [{ personId, part }] });

function quotas(releases: QuotaRelease[], overrides: Partial<QuotaInput> = {}): QuotaReport {
  return computeQuotas({
    year: 2026,
    asOf: '2027-01-15',
    ruleSet: WULONG_2021,
    units: UNITS,
    appointments: APPOINTMENTS,
    releases,
    ...overrides,
  });
}

/** The one result of `rule` for a person, or for a unit. */
function result(report: QuotaReport, rule: QuotaRuleId, who: { person: number } | { unit: number }) {
  const found = report.results.filter(
    (r) => r.rule === rule && ('person' in who ? r.subject.personId === who.person : r.subject.kind === 'unit' && r.subject.unitId === who.unit),
  );
  expect(found, `${rule} ${JSON.stringify(who)}`).toHaveLength(1);
  return found[0]!;
}

const subjectsOf = (report: QuotaReport, rule: QuotaRuleId) =>
  report.results.filter((r) => r.rule === rule).map((r) => r.subject.personId ?? r.subject.unitId).sort((a, b) => a - b);

describe('only some subjects (bringing a report up to date after a few releases changed)', () => {
  const releases = [
    release({ unitId: TOWNSHIP, ...by(TOWNSHIP_PRINCIPAL) }),
    release({ unitId: LIVELIHOOD_DEPT, date: '2026-05-02', ...by(DEPT_SPOKESPERSON) }),
    release({ unitId: NEWS_OFFICE, organizer: 'news_office', participants: [{ personId: HEAD, part: 'main_speaker' }, { personId: TOWNSHIP_PRINCIPAL, part: 'speaker' }] }),
  ];
  const full = quotas(releases);
  const key = (r: QuotaReport['results'][number]) => `${r.rule}|${r.subject.kind}|${r.subject.personId ?? ''}|${r.subject.unitId}`;

  it('gives exactly the results of those units and people, equal to the full report’s', () => {
    const only = { unitIds: new Set([LIVELIHOOD_DEPT]), personIds: new Set([TOWNSHIP_PRINCIPAL]) };
    const part = quotas(releases, { only });
    const wanted = full.results.filter((r) => (r.subject.kind === 'unit' ? only.unitIds.has(r.subject.unitId) : only.personIds.has(r.subject.personId!)));
    expect(wanted.map(key).sort()).toEqual(part.results.map(key).sort());
    expect(part.results).toEqual(expect.arrayContaining(wanted));
    // The principal's count still includes the news office's release, from another unit.
    expect(result(part, 'A13.3-e', { person: TOWNSHIP_PRINCIPAL }).parts[0]).toMatchObject({ key: 'news_office_organized', counted: 1 });
    expect(part.results.some((r) => r.rule === 'A14' && r.subject.unitId === LIVELIHOOD_DEPT)).toBe(true);
  });

  it('still reports every vacancy, which no release changes', () => {
    expect(quotas(releases, { only: { unitIds: new Set(), personIds: new Set() } }).vacancies).toEqual(full.vacancies);
  });
});

describe('who owes which quota', () => {
  const report = quotas([]);

  it('asks the district head and every vice district head, the standing one included (A13.3-a)', () => {
    expect(subjectsOf(report, 'A13.3-a')).toEqual([HEAD, VICE, STANDING_VICE]);
  });

  it('asks only the district head for the municipal activity and another form (A13.3-b)', () => {
    expect(subjectsOf(report, 'A13.3-b')).toEqual([HEAD]);
  });

  it('asks the district government spokesperson, who is also the standing vice head (A13.3-c)', () => {
    expect(subjectsOf(report, 'A13.3-c')).toEqual([STANDING_VICE]);
    expect(result(report, 'A13.3-c', { person: STANDING_VICE }).subject).toMatchObject({ unitId: DISTRICT_GOV, post: 'spokesperson' });
  });

  it('asks every township and subdistrict and the livelihood departments only (A13.3-d)', () => {
    expect(subjectsOf(report, 'A13.3-d')).toEqual([TOWNSHIP, SUBDISTRICT, LIVELIHOOD_DEPT]);
  });

  it('asks principals of townships, subdistricts and departments, not of public bodies (A13.3-e, A21)', () => {
    expect(subjectsOf(report, 'A13.3-e')).toEqual([TOWNSHIP_PRINCIPAL, DEPT_PRINCIPAL]);
  });

  it('asks spokespersons of townships, subdistricts and departments, not the district government one (A13.3-f)', () => {
    expect(subjectsOf(report, 'A13.3-f')).toEqual([TOWNSHIP_SPOKESPERSON, DEPT_SPOKESPERSON]);
  });

  it('asks the news office for one journalist reception (A6.4)', () => {
    expect(subjectsOf(report, 'A6.4')).toEqual([NEWS_OFFICE]);
  });

  it('asks routine conferences of a livelihood department with a period set (A14)', () => {
    expect(subjectsOf(report, 'A14')).toEqual([LIVELIHOOD_DEPT]);
  });

  it('asks nothing of a retired unit or a region (A13.3-d)', () => {
    const subjects = report.results.map((r) => r.subject.unitId);
    expect(subjects).not.toContain(RETIRED_TOWNSHIP);
    expect(subjects).not.toContain(REGION);
  });

  it('asks nothing of the holder of a post in a retired unit (A13.3-e)', () => {
    const report = quotas([], { appointments: [...APPOINTMENTS, appoint(140, RETIRED_TOWNSHIP, 'principal')] });
    expect(subjectsOf(report, 'A13.3-e')).not.toContain(140);
  });

  it('owes no A14 row for a livelihood department without a routine period (A14)', () => {
    const units = UNITS.map((u) => (u.id === LIVELIHOOD_DEPT ? { ...u, routineConferencePeriod: null } : u));
    expect(subjectsOf(quotas([], { units }), 'A14')).toEqual([]);
  });

  it('reports a unit where nobody holds an owing post as vacant (A13.3-f)', () => {
    const vacant = report.vacancies.filter((v) => v.rule === 'A13.3-f').map((v) => v.unitId);
    expect(vacant.sort()).toEqual([SUBDISTRICT, OTHER_DEPT]);
    expect(report.vacancies.find((v) => v.rule === 'A13.3-f' && v.unitId === SUBDISTRICT)?.explanation).toContain('新闻发言人');
  });

  it('reports no vacancy for vice district heads, whose number varies (A13.3-a)', () => {
    expect(report.vacancies.filter((v) => v.rule === 'A13.3-a')).toEqual([]);
  });
});

describe('taking part (A13.3 reading)', () => {
  it.each([
    ['main_speaker', 1],
    ['speaker', 1],
    ['host', 1],
    ['expert', 0],
  ] as const)('counts a release where the vice district head was %s %i time(s) (A13.3-a)', (part, counted) => {
    const r = result(quotas([release(by(VICE, part))]), 'A13.3-a', { person: VICE });
    expect(r.counted).toBe(counted);
  });

  it('does not count a release in which the person was only an expert (A13.3-a)', () => {
    const r = result(quotas([release(by(VICE, 'expert'))]), 'A13.3-a', { person: VICE });
    expect(r).toMatchObject({ counted: 0, countingReleaseIds: [], status: 'missed' });
  });

  it('counts a release once when the person both hosts and speaks (A13.3-c)', () => {
    const both = release({
      organizer: 'municipal_news_office',
      participants: [
        { personId: STANDING_VICE, part: 'host' },
        { personId: STANDING_VICE, part: 'speaker' },
      ],
    });
    expect(result(quotas([both]), 'A13.3-c', { person: STANDING_VICE }).parts.map((p) => p.counted)).toEqual([1, 1]);
  });

  it.each(['draft', 'submitted', 'approved', 'cancelled'])('does not count a release with status %s (A13.3-a)', (status) => {
    expect(result(quotas([release({ ...by(VICE), status })]), 'A13.3-a', { person: VICE }).counted).toBe(0);
  });

  it('counts held and published releases (A13.3-a)', () => {
    const r = result(quotas([release({ ...by(VICE), status: 'held' }), release({ ...by(VICE), status: 'published' })]), 'A13.3-a', { person: VICE });
    expect(r.counted).toBe(2);
  });

  it('counts only releases within the year (A13.3-a)', () => {
    const releases = [release({ ...by(VICE), date: '2025-12-31' }), release({ ...by(VICE), date: '2027-01-01' })];
    expect(result(quotas(releases), 'A13.3-a', { person: VICE }).counted).toBe(0);
  });

  it('does not count a release dated after asOf, so a past asOf shows the view of that day (A13.3-a)', () => {
    const r = result(quotas([release({ ...by(VICE), date: '2026-06-01' })], { asOf: '2026-05-31' }), 'A13.3-a', { person: VICE });
    expect(r.counted).toBe(0);
  });

  it("counts a principal's part in another unit's release: participations count for the person (A13.3-e)", () => {
    const newsOfficeConference = release({ unitId: NEWS_OFFICE, organizer: 'news_office', inNameOf: 'news_office', ...by(TOWNSHIP_PRINCIPAL) });
    const r = result(quotas([newsOfficeConference]), 'A13.3-e', { person: TOWNSHIP_PRINCIPAL });
    expect(r.parts.find((p) => p.key === 'news_office_organized')?.countingReleaseIds).toEqual([newsOfficeConference.id]);
  });

  it('lists the counting releases in date order (A13.3-a)', () => {
    const late = release({ ...by(VICE), date: '2026-09-01' });
    const early = release({ ...by(VICE), date: '2026-02-01' });
    expect(result(quotas([late, early]), 'A13.3-a', { person: VICE }).countingReleaseIds).toEqual([early.id, late.id]);
  });
});

describe('another form of responding to social concerns (A13.3 reading)', () => {
  it.each([
    ['interview', ['disclosure'], true],
    ['written_release', ['disclosure'], true],
    ['media_symposium', ['other'], true],
    ['public_qa', ['disclosure'], true],
    ['press_briefing', ['opinion_response'], true],
    ['press_briefing', ['disclosure', 'policy_interpretation'], true],
    ['background_briefing', ['policy_interpretation'], true],
    ['press_briefing', ['disclosure'], false],
    ['background_briefing', ['major_event'], false],
    ['press_conference', ['opinion_response'], false],
    ['journalist_reception', ['opinion_response'], false],
  ] as const)('counts %s with %j as another form: %s (A13.3-e)', (form, categories, counts) => {
    const r = result(quotas([release({ form, categories: [...categories], ...by(DEPT_PRINCIPAL) })]), 'A13.3-e', { person: DEPT_PRINCIPAL });
    expect(r.parts.find((p) => p.key === 'another_form')?.counted).toBe(counts ? 1 : 0);
  });

  it('counts an F2 with opinion_response as another form (A13.3-e)', () => {
    const r = result(quotas([release({ form: 'press_briefing', categories: ['opinion_response'], ...by(TOWNSHIP_PRINCIPAL) })]), 'A13.3-e', {
      person: TOWNSHIP_PRINCIPAL,
    });
    expect(r.parts.find((p) => p.key === 'another_form')?.status).toBe('met');
  });

  it('does not count an F2 with only disclosure as another form (A13.3-e)', () => {
    const r = result(quotas([release({ form: 'press_briefing', categories: ['disclosure'], ...by(TOWNSHIP_PRINCIPAL) })]), 'A13.3-e', {
      person: TOWNSHIP_PRINCIPAL,
    });
    expect(r.parts.find((p) => p.key === 'another_form')?.status).toBe('missed');
  });
});

describe('the district head (A13.3-b)', () => {
  const municipal = () => release({ unitId: DISTRICT_GOV, organizer: 'municipal_news_office', ...by(HEAD) });
  const interview = () => release({ unitId: DISTRICT_GOV, form: 'interview', ...by(HEAD) });

  it('is met with one municipal activity and one response in another form (A13.3-b)', () => {
    const r = result(quotas([municipal(), interview()]), 'A13.3-b', { person: HEAD });
    expect(r).toMatchObject({ status: 'met', required: 2, counted: 2 });
    expect(r.parts.map((p) => [p.key, p.counted, p.status])).toEqual([
      ['municipal_organized', 1, 'met'],
      ['another_form', 1, 'met'],
    ]);
  });

  it('is not met with the municipal activity alone: both parts are required (A13.3-b)', () => {
    const r = result(quotas([municipal(), municipal()]), 'A13.3-b', { person: HEAD });
    expect(r).toMatchObject({ status: 'missed', required: 2, counted: 1 });
  });

  it('does not count an activity organized by the district news office as municipal (A13.3-b)', () => {
    const r = result(quotas([release({ organizer: 'news_office', ...by(HEAD) }), interview()]), 'A13.3-b', { person: HEAD });
    expect(r.parts.find((p) => p.key === 'municipal_organized')?.counted).toBe(0);
    expect(r.status).toBe('missed');
  });

  it('lets one municipal interview count for both parts (A13.3-b)', () => {
    const both = release({ form: 'interview', organizer: 'municipal_news_office', ...by(HEAD) });
    expect(result(quotas([both]), 'A13.3-b', { person: HEAD }).status).toBe('met');
  });

  it('also meets the district head\'s A13.3-a with the same release (A13.3-a)', () => {
    expect(result(quotas([municipal()]), 'A13.3-a', { person: HEAD }).status).toBe('met');
  });
});

describe('the district government spokesperson (A13.3-c)', () => {
  it.each([
    ['two unit activities', ['unit', 'unit'], 'missed', [2, 0]],
    ['one municipal activity', ['municipal_news_office'], 'missed', [1, 1]],
    ['one municipal and one unit activity', ['municipal_news_office', 'unit'], 'met', [2, 1]],
    ['two news office activities', ['news_office', 'news_office'], 'missed', [2, 0]],
  ] as const)('with %s: %s (A13.3-c)', (_, organizers, status, counted) => {
    const releases = organizers.map((organizer) => release({ unitId: DISTRICT_GOV, organizer, ...by(STANDING_VICE, 'host') }));
    const r = result(quotas(releases), 'A13.3-c', { person: STANDING_VICE });
    expect(r.status).toBe(status);
    expect(r.parts.map((p) => p.counted)).toEqual(counted);
    // "≥2, of which ≥1": the headline is the total.
    expect(r.required).toBe(2);
    expect(r.counted).toBe(counted[0]);
  });
});

describe('units holding press conferences (A13.3-d)', () => {
  it('counts a press conference of the unit itself (A13.3-d)', () => {
    const r = result(quotas([release({ unitId: SUBDISTRICT })]), 'A13.3-d', { unit: SUBDISTRICT });
    expect(r).toMatchObject({ status: 'met', counted: 1 });
  });

  it('does not count an F2 briefing as a press conference (A13.3-d)', () => {
    const r = result(quotas([release({ unitId: SUBDISTRICT, form: 'press_briefing' })]), 'A13.3-d', { unit: SUBDISTRICT });
    expect(r).toMatchObject({ status: 'missed', counted: 0 });
  });

  it("does not count another unit's conference (A13.3-d)", () => {
    expect(result(quotas([release({ unitId: TOWNSHIP })]), 'A13.3-d', { unit: SUBDISTRICT }).counted).toBe(0);
  });

  it('counts a unit conference held in the news office\'s name (A13.3-d)', () => {
    const r = result(quotas([release({ unitId: LIVELIHOOD_DEPT, inNameOf: 'news_office', organizer: 'news_office' })]), 'A13.3-d', {
      unit: LIVELIHOOD_DEPT,
    });
    expect(r.status).toBe('met');
  });
});

describe('principals of townships and departments (A13.3-e)', () => {
  it('is met with a news office activity and another form (A13.3-e)', () => {
    const releases = [
      release({ unitId: NEWS_OFFICE, organizer: 'news_office', ...by(DEPT_PRINCIPAL) }),
      release({ unitId: LIVELIHOOD_DEPT, form: 'public_qa', ...by(DEPT_PRINCIPAL) }),
    ];
    expect(result(quotas(releases), 'A13.3-e', { person: DEPT_PRINCIPAL }).status).toBe('met');
  });

  it('does not count an activity organized by the municipal office as the news office\'s (A13.3-e)', () => {
    const releases = [
      release({ organizer: 'municipal_news_office', ...by(DEPT_PRINCIPAL) }),
      release({ form: 'interview', ...by(DEPT_PRINCIPAL) }),
    ];
    const r = result(quotas(releases), 'A13.3-e', { person: DEPT_PRINCIPAL });
    expect(r.parts.find((p) => p.key === 'news_office_organized')?.counted).toBe(0);
    expect(r.status).toBe('missed');
  });
});

describe('spokespersons of townships and departments (A13.3-f)', () => {
  it('is met with two activities, one organized by the news office (A13.3-f)', () => {
    const releases = [release({ organizer: 'news_office', ...by(TOWNSHIP_SPOKESPERSON, 'host') }), release(by(TOWNSHIP_SPOKESPERSON, 'speaker'))];
    const r = result(quotas(releases), 'A13.3-f', { person: TOWNSHIP_SPOKESPERSON });
    expect(r).toMatchObject({ status: 'met', required: 2, counted: 2 });
    expect(r.countingReleaseIds).toEqual(releases.map((x) => x.id));
  });

  it('is not met with two activities none of which the news office organized (A13.3-f)', () => {
    const releases = [release({ organizer: 'municipal_news_office', ...by(TOWNSHIP_SPOKESPERSON) }), release(by(TOWNSHIP_SPOKESPERSON))];
    const r = result(quotas(releases), 'A13.3-f', { person: TOWNSHIP_SPOKESPERSON });
    expect(r.parts.map((p) => [p.key, p.status])).toEqual([
      ['activities', 'met'],
      ['news_office_organized', 'missed'],
    ]);
    expect(r.status).toBe('missed');
    expect(r.explanation).toContain('其中参加区政府新闻办组织的新闻发布活动0次');
  });
});

describe('the news office journalist reception (A6.4)', () => {
  it('is met by one F7 of the news office (A6.4)', () => {
    const r = result(quotas([release({ unitId: NEWS_OFFICE, form: 'journalist_reception' })]), 'A6.4', { unit: NEWS_OFFICE });
    expect(r.status).toBe('met');
  });

  it('is not met by a press conference of the news office (A6.4)', () => {
    expect(result(quotas([release({ unitId: NEWS_OFFICE })]), 'A6.4', { unit: NEWS_OFFICE }).status).toBe('missed');
  });
});

describe('a change of post during the year (A13.3 reading)', () => {
  const OLD = 111;
  const NEW = 112;
  const handover = [
    ...APPOINTMENTS.filter((a) => a.personId !== TOWNSHIP_SPOKESPERSON),
    appoint(OLD, TOWNSHIP, 'spokesperson', '2020-01-01', '2026-06-30'),
    appoint(NEW, TOWNSHIP, 'spokesperson', '2026-07-01', null),
  ];

  it('makes the holder on 31 December owe the quota, not the predecessor (A13.3-f)', () => {
    expect(subjectsOf(quotas([], { appointments: handover }), 'A13.3-f')).toEqual([NEW, DEPT_SPOKESPERSON]);
  });

  it('makes the holder on asOf owe it while the year runs (A13.3-f)', () => {
    const report = quotas([], { appointments: handover, asOf: '2026-06-30' });
    expect(report.referenceDate).toBe('2026-06-30');
    expect(subjectsOf(report, 'A13.3-f')).toEqual([OLD, DEPT_SPOKESPERSON]);
  });

  it("does not credit the successor with the predecessor's activities (A13.3-f)", () => {
    const releases = [release({ organizer: 'news_office', date: '2026-03-01', ...by(OLD) }), release({ date: '2026-04-01', ...by(OLD) })];
    expect(result(quotas(releases, { appointments: handover }), 'A13.3-f', { person: NEW }).counted).toBe(0);
  });

  it("credits the successor's activities from before taking the post, in any unit (A13.3-f)", () => {
    const before = release({ unitId: SUBDISTRICT, organizer: 'news_office', date: '2026-02-01', ...by(NEW) });
    const after = release({ date: '2026-09-01', ...by(NEW) });
    const r = result(quotas([before, after], { appointments: handover }), 'A13.3-f', { person: NEW });
    expect(r).toMatchObject({ status: 'met', countingReleaseIds: [before.id, after.id] });
  });

  it('treats the last day of an appointment as still in post (A13.3-b)', () => {
    const appointments = [appoint(HEAD, DISTRICT_GOV, 'district_head', '2020-01-01', '2026-12-31')];
    expect(subjectsOf(quotas([], { appointments }), 'A13.3-b')).toEqual([HEAD]);
  });

  it('asks a new district head appointed on 31 December (A13.3-b)', () => {
    const appointments = [appoint(HEAD, DISTRICT_GOV, 'district_head', '2020-01-01', '2026-12-30'), appoint(200, DISTRICT_GOV, 'district_head', '2026-12-31')];
    expect(subjectsOf(quotas([], { appointments }), 'A13.3-b')).toEqual([200]);
  });
});

describe('status by asOf (quota status reading)', () => {
  // A13.3-f: 2 activities, of which 1 organized by the news office.
  const newsOffice = (date: string) => release({ date, organizer: 'news_office', ...by(TOWNSHIP_SPOKESPERSON) });
  const own = (date: string) => release({ date, ...by(TOWNSHIP_SPOKESPERSON) });
  const statusOn = (asOf: string, releases: QuotaRelease[]) => result(quotas(releases, { asOf }), 'A13.3-f', { person: TOWNSHIP_SPOKESPERSON }).status;

  it.each([
    ['2026-03-01', [], 'on_track'],
    ['2026-07-01', [], 'on_track'], // day 182: floor(2 × 182/365) = 0
    ['2026-07-02', [], 'at_risk'], // day 183: floor(2 × 183/365) = 1, behind the pace
    ['2026-07-02', ['2026-05-01'], 'on_track'],
    ['2026-09-30', ['2026-05-01'], 'on_track'], // 92 of 365 days remain: just over a quarter
    ['2026-10-01', ['2026-05-01'], 'at_risk'], // 91 remain: under a quarter
    ['2026-12-31', ['2026-05-01'], 'at_risk'],
    ['2027-01-01', ['2026-05-01'], 'missed'],
    ['2027-01-01', [], 'missed'],
    ['2026-02-01', ['2026-01-10', '2026-01-20'], 'met'],
    ['2027-06-30', ['2026-01-10', '2026-12-31'], 'met'],
  ] as const)('on %s with news office activities on %j is %s (A13.3-f)', (asOf, dates, status) => {
    expect(statusOn(asOf, dates.map(newsOffice))).toBe(status);
  });

  it('is on track before the year begins (A13.3-f)', () => {
    expect(statusOn('2025-12-01', [])).toBe('on_track');
  });

  it('is at risk when the news office part is still open in the last quarter (A13.3-f)', () => {
    expect(statusOn('2026-10-01', [own('2026-02-01'), own('2026-03-01')])).toBe('at_risk');
    expect(statusOn('2026-09-30', [own('2026-02-01'), own('2026-03-01')])).toBe('on_track');
  });

  it.each([
    ['2026-09-30', 'on_track'],
    ['2026-10-01', 'at_risk'],
    ['2026-12-31', 'at_risk'],
    ['2027-01-01', 'missed'],
  ] as const)('a single-activity quota on %s without activity is %s (A13.3-a)', (asOf, status) => {
    expect(result(quotas([], { asOf }), 'A13.3-a', { person: VICE }).status).toBe(status);
  });

  it('explains an at-risk quota in Chinese with the days left (A13.3-a)', () => {
    const r = result(quotas([], { asOf: '2026-12-01' }), 'A13.3-a', { person: VICE });
    expect(r.explanation).toBe('区政府副区长人员101：2026年参加新闻发布活动0次（要求至少1次）。尚未完成，有完不成的风险：距本年度结束仅剩30天。');
  });

  it('explains a missed quota in Chinese (A13.3-d)', () => {
    const r = result(quotas([]), 'A13.3-d', { unit: TOWNSHIP });
    expect(r.explanation).toBe('仙女山镇：2026年举行新闻发布会0次（要求至少1次）。未完成：本年度期限已过。');
  });

  it('tells when the quota is behind the pace (A13.3-f)', () => {
    const r = result(quotas([], { asOf: '2026-08-01' }), 'A13.3-f', { person: TOWNSHIP_SPOKESPERSON });
    expect(r.explanation).toContain('进度落后，按时间应已完成1次');
  });
});

describe('the day a year is judged on', () => {
  it('owes the quotas as of 31 December, or of asOf while the year runs', () => {
    expect(quotaReferenceDate(2026, '2026-11-27')).toBe('2026-11-27');
    expect(quotaReferenceDate(2026, '2026-12-31')).toBe('2026-12-31');
    expect(quotaReferenceDate(2026, '2027-03-01')).toBe('2026-12-31');
  });

  it('judges a finished year on any later day as on the day after it, and that day differently from 31 December', () => {
    expect(judgedOn(2026, '2026-12-31')).toBe('2026-12-31');
    expect(judgedOn(2026, '2027-01-01')).toBe('2027-01-01');
    expect(judgedOn(2026, '2027-11-27')).toBe('2027-01-01');
    // Some met, some not, with an A14 period of every kind: the reports agree but for asOf.
    const releases = [release({ date: '2026-03-01', ...by(TOWNSHIP_SPOKESPERSON) }), release({ date: '2026-12-30', unitId: LIVELIHOOD_DEPT, organizer: 'news_office' })];
    const { asOf: _dayAfter, ...dayAfter } = quotas(releases, { asOf: '2027-01-01' });
    const { asOf: _later, ...later } = quotas(releases, { asOf: '2027-11-27' });
    expect(later).toEqual(dayAfter);
    const { asOf: _lastDay, ...lastDay } = quotas(releases, { asOf: '2026-12-31' });
    expect(lastDay).not.toEqual(dayAfter);
  });
});

describe('routine press conferences per period (A14)', () => {
  const conference = (date: string, form: QuotaRelease['form'] = 'press_conference') => release({ unitId: LIVELIHOOD_DEPT, date, form });
  const routine = (releases: QuotaRelease[], asOf: string) => result(quotas(releases, { asOf }), 'A14', { unit: LIVELIHOOD_DEPT });

  it('asks four conferences a year, one per quarter (A14)', () => {
    const r = routine([], '2026-01-15');
    expect(r.required).toBe(4);
    expect(r.parts.map((p) => [p.label, p.from, p.to])).toEqual([
      ['第一季度', '2026-01-01', '2026-03-31'],
      ['第二季度', '2026-04-01', '2026-06-30'],
      ['第三季度', '2026-07-01', '2026-09-30'],
      ['第四季度', '2026-10-01', '2026-12-31'],
    ]);
    expect(r.status).toBe('on_track');
  });

  it('is met with a conference in every quarter (A14)', () => {
    const r = routine(['2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01'].map((d) => conference(d)), '2027-01-01');
    expect(r).toMatchObject({ status: 'met', counted: 4 });
  });

  it('is missed as soon as a quarter ends without a conference (A14)', () => {
    const r = routine([conference('2026-02-01')], '2026-07-01');
    expect(r.parts.map((p) => p.status)).toEqual(['met', 'missed', 'on_track', 'on_track']);
    expect(r.status).toBe('missed');
    expect(r.explanation).toContain('未完成：第二季度期限已过');
  });

  it('does not let five conferences in one quarter make up for the next (A14)', () => {
    const r = routine(['01-10', '01-20', '02-10', '02-20', '03-10'].map((d) => conference(`2026-${d}`)), '2026-07-01');
    expect(r.parts[0]?.counted).toBe(5);
    expect(r.counted).toBe(1);
    expect(r.status).toBe('missed');
  });

  it('is at risk in the last quarter of a quarter without a conference (A14)', () => {
    expect(routine([], '2026-03-08').status).toBe('on_track'); // 23 of 90 days remain
    expect(routine([], '2026-03-09').status).toBe('at_risk'); // 22 of 90 days remain
  });

  it('counts only press conferences, not briefings (A14)', () => {
    expect(routine([conference('2026-02-01', 'press_briefing')], '2026-04-01').status).toBe('missed');
  });

  it.each([
    ['monthly', 12, '1月'],
    ['quarterly', 4, '第一季度'],
    ['half_yearly', 2, '上半年'],
    ['yearly', 1, '全年'],
  ] as const)('splits the year into %s periods (A14)', (period, count, firstLabel) => {
    const periods = routinePeriods(2028, period);
    expect(periods).toHaveLength(count);
    expect(periods[0]?.label).toBe(firstLabel);
    expect(periods[0]?.from).toBe('2028-01-01');
    expect(periods.at(-1)?.to).toBe('2028-12-31');
  });

  it('ends February on the 29th in a leap year (A14)', () => {
    expect(routinePeriods(2028, 'monthly')[1]?.to).toBe('2028-02-29');
  });
});

describe('speed', () => {
  it('judges a city\'s year — 3,000 units, 10,000 people, 60,000 releases — in one pass, not people × releases', { timeout: 60_000 }, () => {
    const kinds = ['township', 'subdistrict', 'department', 'department', 'public_body'] as const;
    const units: QuotaUnit[] = [unit(1, 'district_gov', '区政府'), unit(2, 'news_office', '区政府新闻办')];
    for (let id = 3; id <= 3000; id++) {
      units.push(unit(id, kinds[id % kinds.length]!, `单位${id}`, { livelihoodRelated: id % 3 === 0, routineConferencePeriod: id % 3 === 0 ? 'quarterly' : null }));
    }
    const appointments: QuotaAppointment[] = [];
    const posts = ['principal', 'spokesperson', 'spokesperson_assistant'] as const;
    for (let personId = 1; personId <= 10_000; personId++) {
      appointments.push(appoint(personId, (personId % 2998) + 3, posts[personId % 3]!, '2020-01-01', personId % 7 === 0 ? '2026-05-31' : null));
    }
    const forms = ['press_conference', 'press_briefing', 'interview', 'written_release', 'public_qa'] as const;
    const organizers = ['unit', 'news_office', 'municipal_news_office'] as const;
    const releases: QuotaRelease[] = [];
    for (let id = 1; id <= 60_000; id++) {
      releases.push({
        id,
        unitId: (id % 2998) + 3,
        date: `2026-${String((id % 12) + 1).padStart(2, '0')}-${String((id % 28) + 1).padStart(2, '0')}`,
        form: forms[id % forms.length]!,
        categories: id % 4 === 0 ? ['opinion_response'] : ['disclosure'],
        organizer: organizers[id % 3]!,
        inNameOf: 'unit',
        participants: [
          { personId: (id * 7) % 10_000, part: 'main_speaker' },
          { personId: (id * 13) % 10_000, part: 'host' },
          { personId: (id * 17) % 10_000, part: 'expert' },
        ],
        status: id % 10 === 0 ? 'draft' : 'published',
      });
    }
    const input: QuotaInput = { year: 2026, asOf: '2026-11-26', ruleSet: WULONG_2021, units, appointments, releases };
    computeQuotas(input); // warm up the JIT
    let fastest = Infinity;
    let report: QuotaReport | undefined;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      report = computeQuotas(input);
      fastest = Math.min(fastest, performance.now() - started);
    }
    expect(report?.results.length).toBeGreaterThan(5_000);
    // Well under 100 ms on a quiet machine; test machines are shared and slower by several
    // times, so the bound only guards against a loop over people × releases (6·10⁸ steps).
    expect(fastest).toBeLessThan(1_500);
  });
});
