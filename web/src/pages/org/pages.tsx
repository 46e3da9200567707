/** The organization area's pages (units, people, spokesperson lists, calendar, import), in menu order. */
import type { ConsolePage } from '../../console-pages';

export const ORG_PAGES: ConsolePage[] = [];
