/** The organization area's pages (units, people, spokesperson lists, calendar, import), in menu order. */
import { ApartmentOutlined, CalendarOutlined, CloudUploadOutlined, IdcardOutlined, SoundOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsolePage } from '../../console-pages';

export const ORG_PAGES: ConsolePage[] = [
  { path: '/units', title: 'org.nav.units', icon: <ApartmentOutlined />, allowed: () => true, Page: lazy(() => import('./units')) },
  // A unit's own page (the home page's pending items link here). It belongs out of the menu, which the page list cannot say yet.
  { path: '/units/:id', title: 'org.nav.unit', icon: <IdcardOutlined />, allowed: () => true, Page: lazy(() => import('./unit')) },
  { path: '/spokesperson-lists', title: 'org.nav.spokespersonLists', icon: <SoundOutlined />, allowed: () => true, Page: lazy(() => import('./spokesperson-lists')) },
  { path: '/calendar', title: 'org.nav.calendar', icon: <CalendarOutlined />, allowed: () => true, Page: lazy(() => import('./calendar')) },
  { path: '/imports', title: 'org.nav.imports', icon: <CloudUploadOutlined />, allowed: (a) => a.manageOrganization, Page: lazy(() => import('./imports')) },
];
