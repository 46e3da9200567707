/** Strings of the conferences area (`t('conferences.…')`). */
export const conferences = {
  nav: {},
};
