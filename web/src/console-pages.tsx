/** The console's pages: the router and the side menu are both built from this list. */
import { AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Access } from './access';
import type { MessageKey } from './locales';
import { CONFERENCE_PAGES } from './pages/conferences/pages';
import { EVALUATION_PAGES } from './pages/evaluation/pages';
import { INCIDENT_PAGES } from './pages/incidents/pages';
import { ORG_PAGES } from './pages/org/pages';
import { OPINION_PAGES } from './pages/opinions/pages';
import { RELEASE_PAGES } from './pages/releases/pages';
import { TOPIC_PAGES } from './pages/topics/pages';

export interface ConsolePage {
  /** Relative to /console/. */
  path: string;
  title: MessageKey;
  icon: ReactNode;
  allowed: (access: Access) => boolean;
  Page: LazyExoticComponent<ComponentType>;
  /** false: reached from another page (a record, its form), not listed in the side menu. */
  menu?: boolean;
}

// Areas to come, in menu order after these: 舆情, 评估.
export const CONSOLE_PAGES: ConsolePage[] = [
  { path: '/', title: 'nav.home', icon: <HomeOutlined />, allowed: () => true, Page: lazy(() => import('./pages/home/workbench')) },
  ...INCIDENT_PAGES,
  ...CONFERENCE_PAGES,
  ...OPINION_PAGES,
  ...RELEASE_PAGES,
  ...TOPIC_PAGES,
  ...EVALUATION_PAGES,
  ...ORG_PAGES,
  { path: '/users', title: 'nav.users', icon: <TeamOutlined />, allowed: (a) => a.manageUsers, Page: lazy(() => import('./pages/users/accounts')) },
  { path: '/audit', title: 'nav.audit', icon: <AuditOutlined />, allowed: (a) => a.readAudit, Page: lazy(() => import('./pages/audit/trail')) },
];
