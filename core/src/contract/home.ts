import { z } from 'zod';

export const PendingItem = z.object({
  kind: z.string(),
  title: z.string(),
  unitName: z.string().nullable(),
  due: z.string().nullable(),
  rule: z.string().nullable(),
  link: z.string(),
});

export const PendingItems = z.object({ items: z.array(PendingItem) });

export const NotificationView = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  severity: z.enum(['info', 'warning', 'urgent']),
  readAt: z.string().nullable(),
});

export const NotificationList = z.object({ items: z.array(NotificationView), unread: z.number().int() });
