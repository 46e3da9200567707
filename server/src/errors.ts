/** Refusals as RFC 9457 problem details in Chinese, citing the rule of RULES.md that refused. */
import { ARTICLES, type RuleId } from '@fabutong/core';

export interface FieldError {
  path: string;
  message: string;
  /** The rule this field breaks, when several rules refuse one request. */
  rule?: RuleId;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: { rule?: RuleId; errors?: FieldError[]; code?: string } = {},
  ) {
    super(detail);
  }
}

/** A rule of the measures refuses the request (422 unless said otherwise). */
export function ruleRefusal(rule: RuleId, detail: string, errors?: FieldError[], status = 422): ProblemError {
  return new ProblemError(status, `不符合${ARTICLES[rule].article}的规定`, detail, { rule, errors, code: 'rule-violation' });
}

export function badRequest(detail: string, errors?: FieldError[]): ProblemError {
  return new ProblemError(400, '请求内容有误', detail, { errors, code: 'invalid-request' });
}

export function notFound(what: string): ProblemError {
  return new ProblemError(404, '未找到', `${what}不存在或已被删除`, { code: 'not-found' });
}

export function conflict(detail: string, rule?: RuleId): ProblemError {
  return new ProblemError(409, rule ? `不符合${ARTICLES[rule].article}的规定` : '操作冲突', detail, { rule, code: 'conflict' });
}

export function unauthenticated(detail = '请先登录'): ProblemError {
  return new ProblemError(401, '未登录或登录已过期', detail, { code: 'unauthenticated' });
}

export function forbidden(detail: string, rule: RuleId = 'A17'): ProblemError {
  return new ProblemError(403, '无权进行此操作', detail, { rule, code: 'forbidden' });
}
