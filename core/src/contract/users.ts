import { z } from 'zod';
import { RoleEnum } from './auth';

export const GrantInput = z.strictObject({
  role: RoleEnum,
  unitId: z.number().int().positive().nullable(),
});

export const UserView = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().int().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  grants: z.array(z.object({ role: RoleEnum, unitId: z.number().int().nullable(), unitName: z.string().nullable() })),
});
export type UserView = z.infer<typeof UserView>;

export const CreateUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字或 _ . -，以字母开头'),
  displayName: z.string().trim().min(1, '请输入姓名').max(64),
  personId: z.number().int().positive().nullable().default(null),
  password: z.string().min(1).max(256),
  grants: z.array(GrantInput).max(50).default([]),
});

export const UpdateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(64).optional(),
  personId: z.number().int().positive().nullable().optional(),
  disabled: z.boolean().optional(),
  grants: z.array(GrantInput).max(50).optional(),
});

export const ResetPasswordBody = z.strictObject({
  newPassword: z.string().min(1).max(256),
});

export const UserList = z.object({ items: z.array(UserView) });
