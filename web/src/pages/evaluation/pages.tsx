/** The evaluation area's pages (annual evaluation, training, spokesperson reports), in menu order. */
import { BookOutlined, FileDoneOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsolePage } from '../../console-pages';

export const EVALUATION_PAGES: ConsolePage[] = [
  { path: '/evaluation', title: 'evaluation.nav.evaluations', icon: <TrophyOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./list')) },
  { path: '/evaluation/:id', title: 'evaluation.nav.workspace', icon: null, allowed: (a) => a.readReleases, Page: lazy(() => import('./workspace')), menu: false },
  { path: '/evaluation/:id/units/:unitId', title: 'evaluation.nav.unit', icon: null, allowed: (a) => a.readReleases, Page: lazy(() => import('./unit')), menu: false },
  { path: '/training', title: 'evaluation.nav.training', icon: <BookOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./training')) },
  { path: '/annual-reports', title: 'evaluation.nav.annualReports', icon: <FileDoneOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./annual-reports')) },
  { path: '/annual-reports/:year/:unitId', title: 'evaluation.nav.annualReport', icon: null, allowed: (a) => a.readReleases, Page: lazy(() => import('./annual-report')), menu: false },
];
