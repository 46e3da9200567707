import { OPINION_CHANNEL_LABELS, OPINION_CHANNELS } from '@fabutong/core/contract/opinions';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client';
import { problemText, setFieldErrors } from '../../../api/problem';
import { DATE_TIME_FORMAT, districtInstant, districtNow } from '../../../components/incidents/time';
import UnitSelect from '../../../components/incidents/UnitSelect';
import { useCurrentUser } from '../../../components/layout/current-user';
import type { OpinionInput, OpinionItemDetail } from '../../../components/opinions/types';
import { t } from '../../../locales';

type Values = Omit<OpinionInput, 'firstSeenAt'> & { firstSeenAt: Dayjs };

/** A13.2: a unit's liaison reports what the 12345 hotline, petitions or staff saw. */
export default function ReportModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { access } = useCurrentUser();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const submit = async (values: Values) => {
    try {
      const item = await api<OpinionItemDetail>('/opinions', { method: 'POST', body: { ...values, link: values.link || null, unitId: values.unitId ?? null, firstSeenAt: districtInstant(values.firstSeenAt) } });
      void message.success(t('opinions.report.done'));
      await navigate(`/opinions/${item.id}`);
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={t('opinions.report.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('opinions.common.submit')} width={640} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ channel: 'hotline_12345', firstSeenAt: districtNow(), unitId: access.newsOffice ? undefined : access.unitIds[0] }}>
        <Form.Item name="title" label={t('opinions.report.itemTitle')} rules={[{ required: true, message: t('opinions.report.titleRequired') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="channel" label={t('opinions.report.channel')}>
          <Select options={OPINION_CHANNELS.map((c) => ({ value: c, label: OPINION_CHANNEL_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="source" label={t('opinions.report.source')} extra={t('opinions.report.sourceHint')} rules={[{ required: true, message: t('opinions.report.sourceRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="link" label={t('opinions.report.link')}>
          <Input maxLength={2000} placeholder="https://" />
        </Form.Item>
        <Form.Item name="firstSeenAt" label={t('opinions.report.firstSeenAt')} rules={[{ required: true, message: t('opinions.report.firstSeenRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="excerpt" label={t('opinions.report.excerpt')} rules={[{ required: true, message: t('opinions.report.excerptRequired') }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="unitId" label={t('opinions.report.unit')} extra={t('opinions.report.unitHint')}>
          <UnitSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
