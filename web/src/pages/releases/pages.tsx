/** The release area's pages (register, release form and page, media registry, quota dashboard, rule set), in menu order. */
import { BookOutlined, NotificationOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsolePage } from '../../console-pages';

/**
 * `menu: false` marks a page reached from another page (a release, its form, an outlet), not
 * from the side menu. The console layout does not read the flag yet: see the area's report.
 */
type ReleaseAreaPage = ConsolePage & { menu?: false };

const register = lazy(() => import('./register'));
const form = lazy(() => import('./form'));
const detail = lazy(() => import('./detail'));
const media = lazy(() => import('./media'));
const outlet = lazy(() => import('./outlet'));
const quotas = lazy(() => import('./quotas'));
const rules = lazy(() => import('./rules'));

const pages: ReleaseAreaPage[] = [
  { path: '/releases', title: 'releases.nav.releases', icon: <NotificationOutlined />, allowed: (a) => a.readReleases, Page: register },
  { path: '/quotas', title: 'releases.nav.quotas', icon: <TrophyOutlined />, allowed: (a) => a.readReleases, Page: quotas },
  { path: '/media', title: 'releases.nav.media', icon: <SafetyCertificateOutlined />, allowed: () => true, Page: media },
  { path: '/rules', title: 'releases.nav.rules', icon: <BookOutlined />, allowed: () => true, Page: rules },
  { path: '/releases/new', title: 'releases.nav.newRelease', icon: null, allowed: (a) => a.writeReleases, Page: form, menu: false },
  { path: '/releases/:id', title: 'releases.nav.release', icon: null, allowed: (a) => a.readReleases, Page: detail, menu: false },
  { path: '/releases/:id/edit', title: 'releases.nav.editRelease', icon: null, allowed: (a) => a.writeReleases, Page: form, menu: false },
  { path: '/media/outlets/:id', title: 'releases.nav.outlet', icon: null, allowed: () => true, Page: outlet, menu: false },
];

export const RELEASE_PAGES: ConsolePage[] = pages;
