/** The organization tree (A3, A7, A21): city → district → unit. */
export const UNIT_KINDS = ['city', 'district', 'district_gov', 'news_office', 'township', 'subdistrict', 'department', 'public_body'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  city: '市',
  district: '区县',
  district_gov: '区政府',
  news_office: '区政府新闻办',
  township: '乡镇',
  subdistrict: '街道',
  department: '区级部门',
  public_body: '参照执行单位',
};

/** Kinds that are administrative regions holding units, not units that release. */
export const REGION_KINDS: readonly UnitKind[] = ['city', 'district'];

export const CONFERENCE_PERIODS = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type ConferencePeriod = (typeof CONFERENCE_PERIODS)[number];
export const CONFERENCE_PERIOD_LABELS: Record<ConferencePeriod, string> = {
  monthly: '每月',
  quarterly: '每季度',
  half_yearly: '每半年',
  yearly: '每年',
};
