import { z } from 'zod';
import { ROLES } from '../access';

export const RoleEnum = z.enum(ROLES);

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const GrantView = z.object({
  role: RoleEnum,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
});

export const Me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().int().nullable(),
  grants: z.array(GrantView),
  mustChangePassword: z.boolean(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, '请输入当前密码').max(256),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});
