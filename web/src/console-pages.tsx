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

/** The side menu's groups, in order; the router takes every page of every area. */
export const CONSOLE_AREAS: { title: MessageKey | null; pages: ConsolePage[] }[] = [
  { title: null, pages: [{ path: '/', title: 'nav.home', icon: <HomeOutlined />, allowed: () => true, Page: lazy(() => import('./pages/home/workbench')) }] },
  { title: 'nav.areas.incidents', pages: INCIDENT_PAGES },
  { title: 'nav.areas.conferences', pages: CONFERENCE_PAGES },
  { title: 'nav.areas.opinions', pages: OPINION_PAGES },
  { title: 'nav.areas.releases', pages: RELEASE_PAGES },
  { title: 'nav.areas.topics', pages: TOPIC_PAGES },
  { title: 'nav.areas.evaluation', pages: EVALUATION_PAGES },
  {
    title: 'nav.areas.system',
    pages: [
      ...ORG_PAGES,
      { path: '/users', title: 'nav.users', icon: <TeamOutlined />, allowed: (a) => a.manageUsers, Page: lazy(() => import('./pages/users/accounts')) },
      { path: '/audit', title: 'nav.audit', icon: <AuditOutlined />, allowed: (a) => a.readAudit, Page: lazy(() => import('./pages/audit/trail')) },
    ],
  },
];

export const CONSOLE_PAGES: ConsolePage[] = CONSOLE_AREAS.flatMap((area) => area.pages);
