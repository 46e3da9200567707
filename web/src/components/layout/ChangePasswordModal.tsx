import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { problemText, setFieldErrors } from '../../api/problem';
import { changePassword, ME_KEY, useLogout } from '../../api/session';
import type { PasswordChange } from '../../api/types';
import { t } from '../../locales';
import { repeats, strongPassword } from '../form-rules';
import { useCurrentUser } from './current-user';

type Values = PasswordChange & { confirm: string };

/** Changing one's own password; `forced` when the password was set by an administrator and must be replaced. */
export default function ChangePasswordModal({ open, forced, onClose }: { open: boolean; forced: boolean; onClose: () => void }) {
  const { me } = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const logout = useLogout();
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) => changePassword({ currentPassword, newPassword }),
    onSuccess: async () => {
      void message.success(t('changePassword.success'));
      onClose();
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
    onError: (error) => {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    },
  });

  return (
    <Modal
      title={forced ? t('changePassword.forcedTitle') : t('changePassword.title')}
      open={open}
      onCancel={onClose}
      closable={!forced}
      keyboard={!forced}
      mask={{ closable: !forced }}
      destroyOnHidden
      footer={[
        forced ? (
          <Button key="logout" onClick={() => logout.mutate()}>
            {t('userMenu.logout')}
          </Button>
        ) : (
          <Button key="cancel" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        ),
        <Button key="submit" type="primary" loading={change.isPending} onClick={() => form.submit()}>
          {t('changePassword.submit')}
        </Button>,
      ]}
    >
      {forced && <Alert type="warning" showIcon title={t('changePassword.forcedHint')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} onFinish={(values) => change.mutate(values)}>
        <Form.Item name="currentPassword" label={t('changePassword.current')} rules={[{ required: true, message: t('changePassword.currentRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('changePassword.new')} extra={t('password.hint')} required rules={[strongPassword(me.username)]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('changePassword.confirm')} dependencies={['newPassword']} required rules={[repeats('newPassword')]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
