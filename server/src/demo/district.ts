/**
 * The demo district: real units of Wulong (shared/data/wulong-units.md), invented people.
 * One login per role; every demo account has the password DEMO_PASSWORD.
 */
import type { Role, UnitKind } from '@fabutong/core';

export const DEMO_PASSWORD = 'Wulong@2026';

export interface DemoUnit {
  key: string;
  kind: UnitKind;
  name: string;
  shortName?: string;
  pressSection?: string;
  livelihood?: boolean;
  parent?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'city', kind: 'city', name: '重庆市' },
  { key: 'district', kind: 'district', name: '武隆区', parent: 'city' },
  { key: 'gov', kind: 'district_gov', name: '武隆区人民政府', shortName: '区政府', pressSection: '区政府办公室' },
  { key: 'xwb', kind: 'news_office', name: '武隆区人民政府新闻办公室', shortName: '区政府新闻办', pressSection: '新闻发布科' },
  { key: 'fengshan', kind: 'subdistrict', name: '凤山街道办事处', shortName: '凤山街道', pressSection: '党政办公室' },
  { key: 'furong', kind: 'subdistrict', name: '芙蓉街道办事处', shortName: '芙蓉街道', pressSection: '党政办公室' },
  { key: 'yangjiao', kind: 'subdistrict', name: '羊角街道办事处', shortName: '羊角街道', pressSection: '党政办公室' },
  { key: 'xiannvshan', kind: 'subdistrict', name: '仙女山街道办事处', shortName: '仙女山街道', pressSection: '党政办公室' },
  { key: 'fenglai', kind: 'township', name: '凤来镇人民政府', shortName: '凤来镇', pressSection: '党政办公室' },
  { key: 'huolu', kind: 'township', name: '火炉镇人民政府', shortName: '火炉镇', pressSection: '党政办公室' },
  { key: 'baima', kind: 'township', name: '白马镇人民政府', shortName: '白马镇', pressSection: '党政办公室' },
  { key: 'jiangkou', kind: 'township', name: '江口镇人民政府', shortName: '江口镇', pressSection: '党政办公室' },
  { key: 'yajiang', kind: 'township', name: '鸭江镇人民政府', shortName: '鸭江镇', pressSection: '党政办公室' },
  { key: 'changba', kind: 'township', name: '长坝镇人民政府', shortName: '长坝镇', pressSection: '党政办公室' },
  { key: 'tudi', kind: 'township', name: '土地乡人民政府', shortName: '土地乡', pressSection: '党政办公室' },
  { key: 'houping', kind: 'township', name: '后坪苗族土家族乡人民政府', shortName: '后坪乡', pressSection: '党政办公室' },
  { key: 'fgw', kind: 'department', name: '武隆区发展和改革委员会', shortName: '区发展改革委', pressSection: '办公室', livelihood: true },
  { key: 'jw', kind: 'department', name: '武隆区教育委员会', shortName: '区教委', pressSection: '办公室', livelihood: true },
  { key: 'wjw', kind: 'department', name: '武隆区卫生健康委员会', shortName: '区卫生健康委', pressSection: '办公室', livelihood: true },
  { key: 'rsj', kind: 'department', name: '武隆区人力资源和社会保障局', shortName: '区人力社保局', pressSection: '办公室', livelihood: true },
  { key: 'zjw', kind: 'department', name: '武隆区住房和城乡建设委员会', shortName: '区住房城乡建委', pressSection: '办公室', livelihood: true },
  { key: 'jtj', kind: 'department', name: '武隆区交通运输局', shortName: '区交通局', pressSection: '办公室', livelihood: true },
  { key: 'yjj', kind: 'department', name: '武隆区应急管理局', shortName: '区应急管理局', pressSection: '办公室', livelihood: true },
  { key: 'wlw', kind: 'department', name: '武隆区文化和旅游发展委员会', shortName: '区文化旅游委', pressSection: '宣传科', livelihood: true },
  { key: 'scj', kind: 'department', name: '武隆区市场监督管理局', shortName: '区市场监管局', pressSection: '办公室', livelihood: true },
  { key: 'slj', kind: 'department', name: '武隆区水利局', shortName: '区水利局', pressSection: '办公室' },
  { key: 'czj', kind: 'department', name: '武隆区财政局', shortName: '区财政局', pressSection: '办公室' },
];

/** The district leaders (A13.3-a…c); the standing vice district head is the government's spokesperson (A8.2). */
export const DEMO_LEADERS = [
  { name: '杨文华', post: 'district_head', title: '区长' },
  { name: '陈建国', post: 'standing_vice_district_head', title: '常务副区长', spokesperson: true },
  { name: '黄丽萍', post: 'vice_district_head', title: '副区长' },
  { name: '吴海涛', post: 'vice_district_head', title: '副区长' },
] as const;

export const DEMO_NEWS_OFFICE_DIRECTOR = { name: '周敏', title: '区政府新闻办主任' };

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = ['建华', '晓燕', '国庆', '红梅', '志刚', '丽娟', '海波', '秀英', '小军', '静', '伟', '敏', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '德明', '春燕', '玉兰'];

/** Invented, stable names for the demo's principals, spokespersons and assistants. */
export function demoName(i: number): string {
  return `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i * 11) % GIVEN.length]}`;
}

/** Units left without an assistant, so the news office home shows a gap to fill (A8.2). */
export const DEMO_GAPS = new Set(['changba']);

export interface DemoLogin {
  username: string;
  displayName: string;
  role: Role;
  /** Key of the unit the role is granted on; the district node for district-wide roles. */
  unit: string | null;
  note: string;
  /** The demo person the account belongs to: a leader, or a post in the login's unit. */
  person?: 'director' | 'standing_vice' | 'principal' | 'assistant';
}

export const DEMO_LOGINS: DemoLogin[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', unit: null, note: '系统设置与账户' },
  { username: 'xinwenban', displayName: '周敏', role: 'news_office', unit: 'district', note: '区政府新闻办（主任）', person: 'director' },
  { username: 'lingdao', displayName: '陈建国', role: 'leader', unit: 'district', note: '区领导（常务副区长、区政府新闻发言人）', person: 'standing_vice' },
  { username: 'shenji', displayName: '安全审计员', role: 'auditor', unit: 'district', note: '只读，可查审计记录' },
  { username: 'baima.bianji', displayName: '白马镇党政办', role: 'unit_editor', unit: 'baima', note: '白马镇党政办公室（新闻发言人助理）', person: 'assistant' },
  { username: 'baima.shenpi', displayName: '白马镇镇长', role: 'unit_approver', unit: 'baima', note: '白马镇主要负责人', person: 'principal' },
  { username: 'jiaotong.bianji', displayName: '区交通局办公室', role: 'unit_editor', unit: 'jtj', note: '区交通局办公室（新闻发言人助理）', person: 'assistant' },
  { username: 'jiaotong.shenpi', displayName: '区交通局局长', role: 'unit_approver', unit: 'jtj', note: '区交通局主要负责人', person: 'principal' },
];
