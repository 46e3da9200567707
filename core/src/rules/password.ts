/** 等保 level 3 identity rules: password complexity and lockout. */
export const PASSWORD_MIN_LENGTH = 8;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 30;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

const CLASSES: { test: RegExp; name: string }[] = [
  { test: /[a-z]/, name: '小写字母' },
  { test: /[A-Z]/, name: '大写字母' },
  { test: /[0-9]/, name: '数字' },
  { test: /[^a-zA-Z0-9]/, name: '特殊字符' },
];

/** Chinese reasons the password is too weak; empty when it is acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码长度至少 ${PASSWORD_MIN_LENGTH} 位`);
  const present = CLASSES.filter((c) => c.test.test(password)).length;
  if (present < 3) problems.push('密码须包含大写字母、小写字母、数字、特殊字符中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  return problems;
}
