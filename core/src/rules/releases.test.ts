import { describe, expect, it } from 'vitest';
import { releaseViolations, type ReleaseCheckInput } from './releases';
import { WULONG_2021 } from './ruleset';

const complete: ReleaseCheckInput = {
  form: 'press_conference',
  status: 'held',
  date: '2026-06-01',
  hasQa: true,
  isPublic: true,
  nonPublicReason: null,
  confidentialityReview: { reviewer: '保密员', reviewedAt: '2026-05-28T02:00:00Z' },
  riskAssessment: {
    topicReviewed: true,
    contentReviewed: true,
    formReviewed: true,
    riskLevel: 'low',
    principalId: 1,
    spokespersonId: 2,
    mainSpeakerId: 1,
  },
  participants: [
    { personId: 1, part: 'main_speaker' },
    { personId: 2, part: 'host' },
  ],
  media: [{ kind: 'outlet', name: '武隆区融媒体中心', qualificationValidFrom: '2024-01-01', qualificationValidTo: null }],
};

const check = (overrides: Partial<ReleaseCheckInput>) => releaseViolations({ ...complete, ...overrides }, WULONG_2021);
const rules = (overrides: Partial<ReleaseCheckInput>) => check(overrides).map((v) => `${v.rule} ${v.field}`);

describe('checking a release', () => {
  it('finds nothing wrong with a complete press conference', () => {
    expect(check({})).toEqual([]);
  });

  it('refuses a press conference without Q&A (A6)', () => {
    expect(check({ hasQa: false })).toEqual([{ rule: 'A6', field: 'hasQa', message: '新闻发布会须安排回答记者提问环节' }]);
  });

  it('lets a briefing go without Q&A (A6)', () => {
    expect(rules({ form: 'press_briefing', hasQa: false })).toEqual([]);
  });

  it('refuses a non-public release without an exception reason (A4.2)', () => {
    expect(rules({ isPublic: false, nonPublicReason: null })).toEqual(['A4.2 nonPublicReason']);
    expect(rules({ isPublic: false, nonPublicReason: '  ' })).toEqual(['A4.2 nonPublicReason']);
    expect(rules({ isPublic: false, nonPublicReason: '涉及国家秘密' })).toEqual([]);
  });

  it.each(['held', 'published'])('refuses a release %s without a confidentiality review (A18.5)', (status) => {
    expect(rules({ status, confidentialityReview: null })).toEqual(['A18.5 confidentialityReview']);
  });

  it('lets a draft wait for its confidentiality review and risk assessment (A18.5, A13.7)', () => {
    expect(rules({ status: 'draft', confidentialityReview: null, riskAssessment: null })).toEqual([]);
  });

  it.each(['press_conference', 'press_briefing', 'background_briefing'] as const)('refuses a held %s without a risk assessment (A13.7)', (form) => {
    expect(rules({ form, riskAssessment: null })).toEqual(['A13.7 riskAssessment']);
  });

  it('does not ask a written release for the A13.7 assessment (A13.7)', () => {
    expect(rules({ form: 'written_release', riskAssessment: null, participants: [] })).toEqual([]);
  });

  it('names every missing piece of the risk assessment (A13.7)', () => {
    const riskAssessment = {
      topicReviewed: false,
      contentReviewed: false,
      formReviewed: false,
      riskLevel: null,
      principalId: null,
      spokespersonId: null,
      mainSpeakerId: null,
    };
    expect(rules({ riskAssessment })).toEqual([
      'A13.7 riskAssessment.topicReviewed',
      'A13.7 riskAssessment.contentReviewed',
      'A13.7 riskAssessment.formReviewed',
      'A13.7 riskAssessment.riskLevel',
      'A13.7 riskAssessment.principalId',
      'A13.7 riskAssessment.spokespersonId',
      'A13.7 riskAssessment.mainSpeakerId',
    ]);
  });

  it('holds the actual main speaker answerable, not someone else (A13.7)', () => {
    const riskAssessment = { ...complete.riskAssessment!, mainSpeakerId: 9 };
    expect(check({ riskAssessment })).toEqual([
      { rule: 'A13.7', field: 'riskAssessment.mainSpeakerId', message: '对发布内容负责的主发布人应为实际主发布人' },
    ]);
  });

  it.each([
    ['without a qualification', null, null, true],
    ['qualified only from the next day', '2026-06-02', null, true],
    ['whose qualification expired the day before', '2020-01-01', '2026-05-31', true],
    ['whose qualification ends that day', '2020-01-01', '2026-06-01', false],
    ['qualified from that day', '2026-06-01', null, false],
  ])('checks a journalist %s (A13.7)', (_, from, to, refused) => {
    const media = [{ kind: 'journalist' as const, name: '李记者', qualificationValidFrom: from, qualificationValidTo: to }];
    expect(rules({ media })).toEqual(refused ? ['A13.7 media[0]'] : []);
  });

  it('says which outlet lacks a qualification on the day (A13.7)', () => {
    const media = [
      complete.media[0]!,
      { kind: 'live_streaming' as const, name: '某直播公司', qualificationValidFrom: null, qualificationValidTo: null },
    ];
    expect(check({ media })).toEqual([{ rule: 'A13.7', field: 'media[1]', message: '直播机构“某直播公司”无资质记录' }]);
  });

  it('says when a qualification has expired or is not yet valid (A13.7)', () => {
    const party = { kind: 'journalist' as const, name: '李记者' };
    expect(check({ media: [{ ...party, qualificationValidFrom: '2020-01-01', qualificationValidTo: '2026-05-31' }] })[0]?.message).toBe(
      '记者“李记者”的资质在2026-06-01已过期',
    );
    expect(check({ media: [{ ...party, qualificationValidFrom: '2026-06-02', qualificationValidTo: null }] })[0]?.message).toBe(
      '记者“李记者”的资质在2026-06-01尚未生效',
    );
  });

  it('reports every violation at once (A6, A4.2, A18.5, A13.7)', () => {
    const found = check({ hasQa: false, isPublic: false, confidentialityReview: null, riskAssessment: null }).map((v) => v.rule);
    expect(found).toEqual(['A6', 'A4.2', 'A18.5', 'A13.7']);
  });
});
