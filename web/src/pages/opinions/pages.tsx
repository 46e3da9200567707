/** The opinion area's pages (inbox, items, hot topics, experts, interview requests, sources), in menu order. */
import { AlertOutlined, ApiOutlined, FireOutlined, IdcardOutlined, SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsolePage } from '../../console-pages';

/** `menu: false`: reached from another page (an item from the inbox), not from the side menu. */
type OpinionAreaPage = ConsolePage & { menu?: false };

const pages: OpinionAreaPage[] = [
  { path: '/opinions', title: 'opinions.nav.inbox', icon: <AlertOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./inbox')) },
  { path: '/hot-topics', title: 'opinions.nav.topics', icon: <FireOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./topics')) },
  { path: '/interviews', title: 'opinions.nav.interviews', icon: <IdcardOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./interviews')) },
  { path: '/experts', title: 'opinions.nav.experts', icon: <SolutionOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./experts')) },
  { path: '/opinion-sources', title: 'opinions.nav.sources', icon: <ApiOutlined />, allowed: (a) => a.manageOrganization, Page: lazy(() => import('./sources')) },
  { path: '/opinions/:id', title: 'opinions.nav.item', icon: null, allowed: (a) => a.readReleases, Page: lazy(() => import('./item')), menu: false },
];

export const OPINION_PAGES: ConsolePage[] = pages;
