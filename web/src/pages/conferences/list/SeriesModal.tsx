import { IN_NAME_OF_LABELS } from '@fabutong/core/rules/vocabulary';
import { DatePicker, Form, Input, InputNumber, Modal, Select, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { setFieldErrors } from '../../../api/problem';
import ProblemAlert from '../../../components/ProblemAlert';
import { useCreateSeries, useVenues } from '../../../components/conferences/api';
import { DATE_TIME_FORMAT, districtInstant } from '../../../components/releases/district-time';
import { useReleasingUnits } from '../../../components/releases/api';
import { t } from '../../../locales';

interface Values {
  unitId: number;
  title: string;
  inNameOf: 'district_gov' | 'news_office';
  reason: string;
  first: Dayjs;
  intervalDays: number;
  count: number;
  durationMinutes: number;
  venueId: number;
}

/** A15.7: a series of conferences on a fixed schedule, created in one step. */
export default function SeriesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const units = useReleasingUnits();
  const venues = useVenues();
  const create = useCreateSeries();
  const navigate = useNavigate();

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const result = await create.mutateAsync({ unitId: v.unitId, title: v.title, inNameOf: v.inNameOf, reason: v.reason, firstStartsAt: districtInstant(v.first), intervalDays: v.intervalDays, count: v.count, durationMinutes: v.durationMinutes, venueId: v.venueId });
      void message.success(t('conferences.series.created', { count: result.items.length }));
      onClose();
      form.resetFields();
      navigate('/conferences');
    } catch (error) {
      setFieldErrors(form, error);
    }
  };

  return (
    <Modal open={open} title={t('conferences.series.title')} okText={t('conferences.series.submit')} onOk={() => void submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      <p style={{ color: '#646a73' }}>{t('conferences.series.hint')}</p>
      {create.isError && <ProblemAlert error={create.error} />}
      <Form form={form} layout="vertical" initialValues={{ inNameOf: 'district_gov', intervalDays: 1, count: 7, durationMinutes: 60, venueId: venues.data?.items.find((v) => v.isCenter)?.id }}>
        <Form.Item name="unitId" label={t('conferences.form.unit')} rules={[{ required: true, message: t('conferences.form.unitRequired') }]}>
          <Select showSearch optionFilterProp="label" options={units.data?.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="title" label={t('conferences.form.title')} rules={[{ required: true, min: 4, message: t('conferences.form.titleRequired') }]}>
          <Input maxLength={150} />
        </Form.Item>
        <Form.Item name="inNameOf" label={t('conferences.form.inNameOf')}>
          <Select options={(['district_gov', 'news_office'] as const).map((n) => ({ value: n, label: IN_NAME_OF_LABELS[n] }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('conferences.series.reason')} rules={[{ required: true, min: 4, message: t('conferences.series.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="first" label={t('conferences.series.first')} rules={[{ required: true, message: t('conferences.form.startsAtRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="intervalDays" label={t('conferences.series.interval')}>
          <InputNumber min={1} max={31} addonAfter={t('conferences.series.days')} />
        </Form.Item>
        <Form.Item name="count" label={t('conferences.series.count')}>
          <InputNumber min={2} max={60} />
        </Form.Item>
        <Form.Item name="durationMinutes" label={t('conferences.form.duration')}>
          <InputNumber min={15} max={480} addonAfter={t('conferences.form.minutes')} />
        </Form.Item>
        <Form.Item name="venueId" label={t('conferences.form.venue')} rules={[{ required: true }]}>
          <Select options={venues.data?.items.filter((v) => v.active).map((v) => ({ value: v.id, label: v.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
