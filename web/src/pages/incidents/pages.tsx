/** The emergency area's pages (incidents, clocks, rolling releases, warnings, alert deliveries), in menu order. */
import { AuditOutlined, NotificationOutlined, WarningOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import EmergencyMenuIcon from '../../components/incidents/EmergencyMenuIcon';
import type { ConsolePage } from '../../console-pages';

/** `menu: false`: reached from another page (an incident from the register), not from the side menu. */
type IncidentAreaPage = ConsolePage & { menu?: false };

const pages: IncidentAreaPage[] = [
  { path: '/incidents', title: 'incidents.nav.register', icon: <EmergencyMenuIcon />, allowed: (a) => a.readReleases, Page: lazy(() => import('./register')) },
  { path: '/warnings', title: 'incidents.nav.warnings', icon: <WarningOutlined />, allowed: () => true, Page: lazy(() => import('./warnings')) },
  { path: '/alerts', title: 'incidents.nav.alerts', icon: <NotificationOutlined />, allowed: (a) => a.manageUsers || a.districtWide, Page: lazy(() => import('./alerts')) },
  { path: '/violations', title: 'incidents.nav.violations', icon: <AuditOutlined />, allowed: (a) => a.readReleases, Page: lazy(() => import('./violations')) },
  { path: '/incidents/:id', title: 'incidents.nav.incident', icon: null, allowed: (a) => a.readReleases, Page: lazy(() => import('./incident')), menu: false },
];

export const INCIDENT_PAGES: ConsolePage[] = pages;
