import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../../api/client';
import { ME_KEY } from '../../../api/session';
import type { LoginCredentials, Me } from '../../../api/types';
import Logo from '../../../components/Logo';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import type { LoginState } from '../../../router';

export default function LoginPage() {
  const navigate = useNavigate();
  const state = useLocation().state as LoginState | null;
  const queryClient = useQueryClient();
  const { token } = theme.useToken();
  const login = useMutation({
    // A 401 here is "wrong password", to be shown on this page.
    mutationFn: (body: LoginCredentials) => api<Me>('/auth/login', { method: 'POST', body, anonymous: true }),
    onSuccess: async (me) => {
      queryClient.setQueryData(ME_KEY, me);
      await navigate(state?.from ?? '/', { replace: true });
    },
  });

  useEffect(() => {
    document.title = `${t('pages.login.title')} · ${t('app.name')}`;
  }, []);

  return (
    <Flex
      align="center"
      justify="center"
      style={{ minHeight: '100%', padding: 16, boxSizing: 'border-box', background: `linear-gradient(160deg, ${token.colorPrimaryBg}, ${token.colorBgLayout})` }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: '32px 28px' } }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <Logo size={48} />
          <Typography.Title level={2} style={{ margin: '8px 0 0', letterSpacing: 4 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.fullName')}</Typography.Text>
        </Flex>
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          {state?.notice && !login.error && <Alert type="info" showIcon title={state.notice} />}
          {login.error && <ProblemAlert error={login.error} />}
        </Flex>
        <Form<LoginCredentials> layout="vertical" requiredMark={false} size="large" onFinish={(values) => login.mutate(values)}>
          <Form.Item name="username" label={t('pages.login.username')} rules={[{ required: true, whitespace: true, message: t('pages.login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('pages.login.password')} rules={[{ required: true, message: t('pages.login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('pages.login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0', textAlign: 'center', fontSize: 13 }}>
          {t('pages.login.help')}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
