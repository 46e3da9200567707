/** Strings of the organization area: units, people, appointments, spokesperson lists, calendar, import (`t('org.…')`). */
export const org = {
  nav: {
    units: '单位与人员',
  },
};
