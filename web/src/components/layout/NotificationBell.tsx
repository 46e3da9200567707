import { BellOutlined } from '@ant-design/icons';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Drawer, Empty, Flex, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { problemText } from '../../api/problem';
import type { Notification, Notifications } from '../../api/types';
import { t } from '../../locales';
import { useOpenLink } from '../links';
import ProblemAlert from '../ProblemAlert';

const NOTIFICATIONS_KEY = ['notifications'] as const;
const SEVERITY_COLOR = { info: 'blue', warning: 'orange', urgent: 'red' } as const;

/** The bell in the header: unread count, polled every 30 s while the tab is visible; the list in a drawer. */
export default function NotificationBell() {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const openLink = useOpenLink();
  const { token } = theme.useToken();
  const list = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => api<Notifications>('/notifications', { background: true }),
    refetchInterval: 30_000,
  });
  const settle = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
    onError: (error: unknown) => void message.error(problemText(error)),
  };
  const markRead = useMutation({ mutationFn: (id: number) => api(`/notifications/${id}/read`, { method: 'POST' }), ...settle });
  const readAll = useMutation({ mutationFn: () => api('/notifications/read-all', { method: 'POST' }), ...settle });

  const unread = list.data?.unread ?? 0;
  const view = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    setOpen(false);
    if (n.link) openLink(n.link);
  };

  return (
    <>
      <Badge count={unread} size="small" offset={[-6, 6]}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('notifications.open', { count: unread })}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        title={t('notifications.title')}
        open={open}
        onClose={() => setOpen(false)}
        size="min(420px, 100vw)"
        extra={
          <Button size="small" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            {t('notifications.readAll')}
          </Button>
        }
      >
        {list.isError ? (
          <ProblemAlert error={list.error} />
        ) : list.data?.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
        ) : (
          <Flex vertical gap={12}>
            {list.data?.items.map((n) => (
              <Card key={n.id} size="small" style={n.readAt ? undefined : { borderColor: token.colorPrimaryBorder, background: token.colorPrimaryBg }}>
                <Flex vertical gap={4}>
                  <Flex align="center" gap={8}>
                    <Tag color={SEVERITY_COLOR[n.severity]}>{t(`notifications.severity.${n.severity}`)}</Tag>
                    <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                  </Flex>
                  <Typography.Paragraph style={{ margin: 0 }}>{n.body}</Typography.Paragraph>
                  <Flex align="center" justify="space-between">
                    <Typography.Text type="secondary">{formatDistrictDateTime(n.createdAt)}</Typography.Text>
                    <Flex gap={4}>
                      {!n.readAt && (
                        <Button type="link" size="small" onClick={() => markRead.mutate(n.id)}>
                          {t('notifications.markRead')}
                        </Button>
                      )}
                      {n.link && (
                        <Button type="link" size="small" onClick={() => view(n)}>
                          {t('notifications.view')}
                        </Button>
                      )}
                    </Flex>
                  </Flex>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
      </Drawer>
    </>
  );
}
