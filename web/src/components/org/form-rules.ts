import type { RuleObject } from 'antd/es/form';
import type { z } from 'zod';

/** An optional text field checked against its schema in the contract only when filled in, with the contract's Chinese message. */
export function optionalMatches(schema: z.ZodType): RuleObject {
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value?.trim()) return;
      const result = schema.safeParse(value.trim());
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}

/** A form's optional text as the API wants it: trimmed, or null when blank. */
export const blankToNull = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);
