import { passwordProblems } from '@fabutong/core/rules/password';
import type { FormRule } from 'antd';
import type { RuleObject } from 'antd/es/form';
import type { z } from 'zod';
import { t } from '../locales';

/** The 等保 complexity rule the server applies, checked as the user types; every reason at once. */
export function strongPassword(username: string | undefined): RuleObject {
  return {
    validator: async (_rule, value: string | undefined) => {
      const problems = passwordProblems(value ?? '', username);
      if (problems.length > 0) throw new Error(problems.join('；'));
    },
  };
}

/** The second entry of a new password must repeat the first. */
export function repeats(field: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      if (!value) throw new Error(t('password.confirmRequired'));
      if (value !== getFieldValue(field)) throw new Error(t('password.mismatch'));
    },
  });
}

/** A text field checked against its schema in the API contract, with the contract's own Chinese message. */
export function matches(schema: z.ZodType): RuleObject {
  return {
    validator: async (_rule, value: string | undefined) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}
