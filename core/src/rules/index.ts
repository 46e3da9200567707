/** The rule set and the pure functions that apply it (RULES.md ids on every verdict). */
export * from './vocabulary';
export * from './ruleset';
export * from './quotas';
export * from './releases';
export * from './conferences';
export * from './incidents';
export * from './opinions';
