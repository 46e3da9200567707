/** The release area's pages (register, release form and page, media registry, quota dashboard, rule set), in menu order. */
import type { ConsolePage } from '../../console-pages';

export const RELEASE_PAGES: ConsolePage[] = [];
