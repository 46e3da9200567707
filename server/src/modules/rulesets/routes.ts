import { RULE_SETS, districtDate, ruleSetInForce, type RuleSet } from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const TAGS = ['规则集'];
/** The rule set is one typed document in core/rules; the API passes it through whole. */
const RuleSetView = z.custom<RuleSet>((v) => typeof v === 'object' && v !== null && 'id' in v && 'effectiveFrom' in v);

/** The versioned rule sets of core/rules: a year is judged by the set in force on its 31 December. */
export const ruleSetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/rule-sets/active', { schema: { tags: TAGS, summary: '今天施行的规则集（期限、任务数、主发布人和主持人规定，附条款原文）', response: { 200: RuleSetView } } }, async () =>
    ruleSetInForce(districtDate(app.ctx.now())),
  );
  app.get('/rule-sets', { schema: { tags: TAGS, summary: '全部规则集版本', response: { 200: z.object({ items: z.array(RuleSetView) }) } } }, async () => ({
    items: [...RULE_SETS],
  }));
};
