/** The API's shapes, inferred from the contract in @fabutong/core (never written by hand). */
import type {
  AuditQuery,
  AuditRecordView,
  AuditVerification,
  ChangePasswordBody,
  CreateUserBody,
  GrantInput,
  LoginBody,
  NotificationList,
  NotificationView,
  PendingItem,
  PendingItems,
  ResetPasswordBody,
  UpdateUserBody,
  UserList as UserListSchema,
  page,
} from '@fabutong/core';
import type { z } from 'zod';

export type { Me, Problem, UserView } from '@fabutong/core';

export type LoginCredentials = z.infer<typeof LoginBody>;
export type PasswordChange = z.infer<typeof ChangePasswordBody>;

export type PendingList = z.infer<typeof PendingItems>;
export type Pending = z.infer<typeof PendingItem>;
export type Notifications = z.infer<typeof NotificationList>;
export type Notification = z.infer<typeof NotificationView>;

export type UserList = z.infer<typeof UserListSchema>;
export type NewUser = z.infer<typeof CreateUserBody>;
export type UserChange = z.infer<typeof UpdateUserBody>;
export type Grant = z.infer<typeof GrantInput>;
export type PasswordReset = z.infer<typeof ResetPasswordBody>;

export type AuditFilter = z.infer<typeof AuditQuery>;
export type AuditRecord = z.infer<typeof AuditRecordView>;
export type AuditPage = z.infer<ReturnType<typeof page<typeof AuditRecordView>>>;
export type AuditCheck = z.infer<typeof AuditVerification>;
