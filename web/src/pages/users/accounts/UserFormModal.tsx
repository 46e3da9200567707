import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS, ROLES } from '@fabutong/core/access';
import { CreateUserBody } from '@fabutong/core/contract/users';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { problemText, setFieldErrors } from '../../../api/problem';
import type { Grant, UserView } from '../../../api/types';
import { matches, strongPassword } from '../../../components/form-rules';
import UnitPicker from '../../../components/UnitPicker';
import { t } from '../../../locales';
import { useCreateUser, useUpdateUser } from './api';

interface Values {
  username: string;
  displayName: string;
  password: string;
  grants: Grant[];
}

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Creating an account (`user` null) or editing one's name and role grants. */
export default function UserFormModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateUser();
  const update = useUpdateUser();
  const saving = create.isPending || update.isPending;

  const save = async (values: Values) => {
    const grants = values.grants.map(({ role, unitId }) => ({ role, unitId: unitId ?? null }));
    try {
      if (user) await update.mutateAsync({ id: user.id, displayName: values.displayName, grants });
      else await create.mutateAsync({ username: values.username, displayName: values.displayName, password: values.password, personId: null, grants });
      void message.success(user ? t('pages.users.done.saved') : t('pages.users.done.created'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal
      open
      title={user ? t('pages.users.form.editTitle', { name: user.displayName }) : t('pages.users.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ displayName: user?.displayName, grants: user?.grants.map(({ role, unitId }) => ({ role, unitId })) ?? [] }}
        onFinish={save}
      >
        {!user && (
          <Form.Item name="username" label={t('pages.users.form.username')} required rules={[matches(CreateUserBody.shape.username)]}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('pages.users.form.displayName')} required rules={[matches(CreateUserBody.shape.displayName)]}>
          <Input autoComplete="off" />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('pages.users.form.password')}
            extra={t('password.hint')}
            dependencies={['username']}
            required
            rules={[({ getFieldValue }) => strongPassword(getFieldValue('username'))]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item label={t('pages.users.form.grants')}>
          <Form.List name="grants">
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={8}>
                {fields.map(({ key, name }) => (
                  <Flex key={key} gap={8} align="flex-start" wrap>
                    <Form.Item
                      name={[name, 'role']}
                      rules={[{ required: true, message: t('pages.users.form.roleRequired') }]}
                      style={{ flex: '1 1 240px', marginBottom: 0 }}
                    >
                      <Select options={ROLE_OPTIONS} placeholder={t('pages.users.form.role')} aria-label={t('pages.users.form.role')} />
                    </Form.Item>
                    <Form.Item name={[name, 'unitId']} style={{ flex: '1 1 180px', marginBottom: 0 }}>
                      <UnitPicker />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('pages.users.form.removeGrant')} onClick={() => remove(name)} />
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unitId: null })}>
                  {t('pages.users.form.addGrant')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
