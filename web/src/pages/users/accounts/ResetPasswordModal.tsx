import { Alert, App, Form, Input, Modal } from 'antd';
import { problemText, setFieldErrors } from '../../../api/problem';
import type { PasswordReset, UserView } from '../../../api/types';
import { strongPassword } from '../../../components/form-rules';
import { t } from '../../../locales';
import { useResetPassword } from './api';

/** The administrator sets a temporary password, which the user must change at the next login. */
export default function ResetPasswordModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const [form] = Form.useForm<PasswordReset>();
  const { message } = App.useApp();
  const reset = useResetPassword();

  const save = async (values: PasswordReset) => {
    try {
      await reset.mutateAsync({ id: user.id, ...values });
      void message.success(t('pages.users.done.passwordReset'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal
      open
      title={t('pages.users.reset.title', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('pages.users.actions.resetPassword')}
      confirmLoading={reset.isPending}
    >
      <Alert type="info" showIcon title={t('pages.users.reset.hint')} style={{ marginBottom: 16 }} />
      <Form<PasswordReset> form={form} layout="vertical" onFinish={save}>
        <Form.Item name="newPassword" label={t('pages.users.reset.newPassword')} extra={t('password.hint')} required rules={[strongPassword(user.username)]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
