/** The console's pages: the router and the side menu are both built from this list. */
import { AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Access } from './access';
import type { MessageKey } from './locales';

export interface ConsolePage {
  /** Relative to /console/. */
  path: string;
  title: MessageKey;
  icon: ReactNode;
  allowed: (access: Access) => boolean;
  Page: LazyExoticComponent<ComponentType>;
}

// Areas to come, in menu order: 单位与人员, 工作日历, 新闻发布, 发布会, 突发事件, 舆情, 评估.
export const CONSOLE_PAGES: ConsolePage[] = [
  { path: '/', title: 'nav.home', icon: <HomeOutlined />, allowed: () => true, Page: lazy(() => import('./pages/home/workbench')) },
  { path: '/users', title: 'nav.users', icon: <TeamOutlined />, allowed: (a) => a.manageUsers, Page: lazy(() => import('./pages/users/accounts')) },
  { path: '/audit', title: 'nav.audit', icon: <AuditOutlined />, allowed: (a) => a.readAudit, Page: lazy(() => import('./pages/audit/trail')) },
];
