/** Strings of the incidents area (`t('incidents.…')`). */
export const incidents = {
  nav: {},
};
