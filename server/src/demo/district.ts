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

export interface DemoLogin {
  username: string;
  displayName: string;
  role: Role;
  /** Key of the unit the role is granted on; the district node for district-wide roles. */
  unit: string | null;
  note: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', unit: null, note: '系统设置与账户' },
  { username: 'xinwenban', displayName: '周敏', role: 'news_office', unit: 'district', note: '区政府新闻办工作人员' },
  { username: 'lingdao', displayName: '陈建国', role: 'leader', unit: 'district', note: '区领导（常务副区长）' },
  { username: 'shenji', displayName: '安全审计员', role: 'auditor', unit: 'district', note: '只读，可查审计记录' },
  { username: 'baima.bianji', displayName: '刘芳', role: 'unit_editor', unit: 'baima', note: '白马镇党政办公室编辑' },
  { username: 'baima.shenpi', displayName: '王志强', role: 'unit_approver', unit: 'baima', note: '白马镇主要负责人' },
  { username: 'jiaotong.bianji', displayName: '赵丽', role: 'unit_editor', unit: 'jtj', note: '区交通局办公室编辑' },
  { username: 'jiaotong.shenpi', displayName: '孙海', role: 'unit_approver', unit: 'jtj', note: '区交通局主要负责人' },
];
