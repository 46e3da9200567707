/** The press-conference area's pages (applications, review, approval, venues, live text), in menu order. */
import type { ConsolePage } from '../../console-pages';

export const CONFERENCE_PAGES: ConsolePage[] = [];
