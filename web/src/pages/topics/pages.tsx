/** The topics area's pages (topic pool, annual plans, talking-points library) and the search page, in menu order. */
import { BulbOutlined, CalendarOutlined, MessageOutlined, SearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsolePage } from '../../console-pages';

export const TOPIC_PAGES: ConsolePage[] = [
  { path: '/topics', title: 'topics.nav.pool', icon: <BulbOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./pool')) },
  { path: '/plans', title: 'topics.nav.plans', icon: <CalendarOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./plans')) },
  { path: '/talking-points', title: 'topics.nav.points', icon: <MessageOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./talking-points')) },
  { path: '/search', title: 'topics.nav.search', icon: <SearchOutlined />, allowed: () => true, Page: lazy(() => import('../search')) },
];
