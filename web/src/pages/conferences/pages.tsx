/** The press-conference area's pages (applications, review, approval, venues, live text), in menu order. */
import { CalendarOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsolePage } from '../../console-pages';

/** `menu: false`: reached from another page (an application, its form), not from the side menu; see the release area's note. */
type ConferenceAreaPage = ConsolePage & { menu?: false };

const list = lazy(() => import('./list'));
const form = lazy(() => import('./form'));
const detail = lazy(() => import('./detail'));
const venues = lazy(() => import('./venues'));

const pages: ConferenceAreaPage[] = [
  { path: '/conferences', title: 'conferences.nav.conferences', icon: <VideoCameraOutlined />, allowed: (a) => a.readReleases, Page: list },
  { path: '/venues', title: 'conferences.nav.venues', icon: <CalendarOutlined />, allowed: () => true, Page: venues },
  { path: '/conferences/new', title: 'conferences.nav.new', icon: null, allowed: (a) => a.unitIds.length > 0, Page: form, menu: false },
  { path: '/conferences/:id', title: 'conferences.nav.conference', icon: null, allowed: (a) => a.readReleases, Page: detail, menu: false },
  { path: '/conferences/:id/edit', title: 'conferences.nav.edit', icon: null, allowed: (a) => a.unitIds.length > 0, Page: form, menu: false },
];

export const CONFERENCE_PAGES: ConsolePage[] = pages;
