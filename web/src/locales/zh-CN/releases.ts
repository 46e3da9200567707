/** Strings of the release area: releases, media registry, quotas dashboard, rule set (`t('releases.…')`). */
export const releases = {
  nav: {
    releases: '新闻发布',
  },
};
