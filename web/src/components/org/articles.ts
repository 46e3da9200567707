import { ARTICLES, type RuleId } from '@fabutong/core/rules/articles';

/** The article a rule id cites (`A8.2` → 第八条（二）); the id itself if the rule set does not know it. */
export const articleOf = (rule: string): string => (rule in ARTICLES ? ARTICLES[rule as RuleId].article : rule);
