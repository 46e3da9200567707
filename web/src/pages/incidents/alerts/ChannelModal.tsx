import { ALERT_CHANNEL_KIND_LABELS, ALERT_CHANNEL_KINDS, ALERT_LEVEL_LABELS, ALERT_LEVELS } from '@fabutong/core/contract/incidents';
import { App, Checkbox, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { problemText, setFieldErrors } from '../../../api/problem';
import type { Channel, ChannelInput } from '../../../components/incidents/types';
import { t } from '../../../locales';
import { useSaveChannel } from './api';

type Values = Record<string, unknown> & { kind: ChannelInput['kind'] };

/** An SMTP server or a group robot; secrets are write-only: left empty, the stored one stays. */
export default function ChannelModal({ channel, onClose }: { channel: Channel | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveChannel();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form) ?? channel?.kind ?? 'dingtalk';
  const required = [{ required: true, message: t('incidents.warnings.form.required') }];
  const keptHint = channel?.hasSecret ? t('incidents.alerts.secretKept') : undefined;

  const submit = async (values: Values) => {
    // Robot URLs come back masked: an unchanged one is not sent, so the stored one stays.
    const body = { ...values, url: values.url || undefined, password: values.password || undefined, secret: values.secret || undefined } as unknown as ChannelInput;
    try {
      await save.mutateAsync({ ...body, id: channel?.id });
      void message.success(t('incidents.alerts.saved'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal
      open
      title={channel ? t('incidents.alerts.editChannel') : t('incidents.alerts.addChannel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={600}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={channel ? { ...channel, url: undefined, port: channel.port ?? 25 } : { kind: 'dingtalk', enabled: true, levels: [...ALERT_LEVELS], port: 465, secure: true }}
      >
        <Form.Item name="kind" label={t('incidents.alerts.kind')}>
          <Select disabled={Boolean(channel)} options={ALERT_CHANNEL_KINDS.map((k) => ({ value: k, label: ALERT_CHANNEL_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="name" label={t('incidents.alerts.name')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="levels" label={t('incidents.alerts.levels')} rules={required}>
          <Checkbox.Group options={ALERT_LEVELS.map((l) => ({ value: l, label: ALERT_LEVEL_LABELS[l] }))} />
        </Form.Item>
        {kind === 'email' ? (
          <>
            <Form.Item name="host" label={t('incidents.alerts.host')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="port" label={t('incidents.alerts.port')} rules={required}>
              <InputNumber<number> min={1} max={65535} precision={0} />
            </Form.Item>
            <Form.Item name="secure" valuePropName="checked">
              <Checkbox>{t('incidents.alerts.secure')}</Checkbox>
            </Form.Item>
            <Form.Item name="user" label={t('incidents.alerts.user')}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" label={t('incidents.alerts.password')} extra={keptHint}>
              <Input.Password maxLength={500} autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="from" label={t('incidents.alerts.from')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="url" label={t('incidents.alerts.url')} rules={channel ? [] : required} extra={channel?.url ? `${channel.url}（${t('incidents.alerts.secretKept')}）` : undefined}>
              <Input maxLength={1000} placeholder="https://oapi.dingtalk.com/robot/send?access_token=…" />
            </Form.Item>
            <Form.Item name="secret" label={t('incidents.alerts.secret')} extra={keptHint}>
              <Input.Password maxLength={500} autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        <Form.Item name="enabled" label={t('incidents.alerts.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
