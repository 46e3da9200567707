/** The emergency area's pages (incidents, clocks, rolling releases, warnings, alert deliveries), in menu order. */
import type { ConsolePage } from '../../console-pages';

export const INCIDENT_PAGES: ConsolePage[] = [];
