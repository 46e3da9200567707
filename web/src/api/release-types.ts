/** The release area's API shapes (releases, media registry, quotas, rule set), inferred from @fabutong/core's contract. */
import type {
  CoverageBody,
  ExpiringQualification,
  FindingBody,
  FindingView,
  JournalistBody,
  JournalistView,
  OutletBody,
  OutletDetail as OutletDetailSchema,
  OutletView,
  PersonView,
  PlatformView,
  Problem,
  QuotaReportView,
  QuotaResultView,
  ReleaseQuery,
  ReleaseStats as ReleaseStatsSchema,
  ReleaseSummaryView,
  ReleaseView,
  UnitDetail as UnitDetailSchema,
  UnitView,
  UpdateJournalistBody,
  UpdateOutletBody,
  page,
} from '@fabutong/core';
import type { z } from 'zod';

export type { ReleaseBody as ReleaseInput, ReleaseStatus, QualificationState, RuleSet } from '@fabutong/core';

export type Release = z.infer<typeof ReleaseView>;
export type ReleaseSummary = z.infer<typeof ReleaseSummaryView>;
export type ReleasePage = z.infer<ReturnType<typeof page<typeof ReleaseSummaryView>>>;
/** The register's filters with its page. */
export type ReleaseFilter = z.infer<typeof ReleaseQuery>;
export type ReleaseStats = z.infer<typeof ReleaseStatsSchema>;
export type CoverageInput = z.input<typeof CoverageBody>;
export type Platform = z.infer<typeof PlatformView>;

export type Outlet = z.infer<typeof OutletView>;
export type OutletDetail = z.infer<typeof OutletDetailSchema>;
export type OutletInput = z.input<typeof OutletBody>;
export type OutletChange = z.input<typeof UpdateOutletBody>;
export type Journalist = z.infer<typeof JournalistView>;
export type JournalistInput = z.input<typeof JournalistBody>;
export type JournalistChange = z.input<typeof UpdateJournalistBody>;
export type Finding = z.infer<typeof FindingView>;
export type FindingInput = z.input<typeof FindingBody>;
export type Expiring = z.infer<typeof ExpiringQualification>;

export type QuotaReport = z.infer<typeof QuotaReportView>;
export type QuotaResult = z.infer<typeof QuotaResultView>;
export type QuotaStatus = QuotaResult['status'];

export type Unit = z.infer<typeof UnitView>;
export type UnitDetail = z.infer<typeof UnitDetailSchema>;
export type Person = z.infer<typeof PersonView>;

/** One entry of a refusal's `errors[]`, with the rule that field breaks. */
export type FieldProblem = NonNullable<Problem['errors']>[number];
