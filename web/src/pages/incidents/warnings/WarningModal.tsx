import { WARNING_LEVEL_LABELS, WARNING_LEVELS } from '@fabutong/core/contract/incidents';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { problemText, setFieldErrors } from '../../../api/problem';
import { DATE_TIME_FORMAT, districtInstant, districtNow, pickerValue } from '../../../components/incidents/time';
import UnitSelect from '../../../components/incidents/UnitSelect';
import type { Warning, WarningInput } from '../../../components/incidents/types';
import { t } from '../../../locales';
import { useSaveWarning } from './api';

type Values = Omit<WarningInput, 'validFrom' | 'validUntil' | 'confidentialityReview'> & { validity: [Dayjs, Dayjs]; reviewer: string; reviewedAt: Dayjs };

/** Issue a warning, or update one (each update a new revision); the confidentiality review is recorded with it (A18.5). */
export default function WarningModal({ warning, onClose }: { warning: Warning | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveWarning();
  const { message } = App.useApp();
  const required = [{ required: true, message: t('incidents.warnings.form.required') }];

  const initial: Partial<Values> = warning
    ? { ...warning, validity: [pickerValue(warning.validFrom), pickerValue(warning.validUntil)], reviewer: warning.confidentialityReview.reviewer, reviewedAt: districtNow() }
    : { level: 'yellow', validity: [districtNow(), districtNow().add(24, 'hour')], reviewedAt: districtNow() };

  const submit = async ({ validity, reviewer, reviewedAt, ...values }: Values) => {
    try {
      await save.mutateAsync({
        ...values,
        id: warning?.id,
        validFrom: districtInstant(validity[0]),
        validUntil: districtInstant(validity[1]),
        confidentialityReview: { reviewer, reviewedAt: districtInstant(reviewedAt) },
      });
      void message.success(warning ? t('incidents.warnings.done.updated') : t('incidents.warnings.done.issued'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal
      open
      title={warning ? t('incidents.warnings.editTitle') : t('incidents.warnings.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={680}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        <Form.Item name="title" label={t('incidents.warnings.form.title')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="level" label={t('incidents.warnings.form.level')}>
          <Radio.Group optionType="button" options={WARNING_LEVELS.map((l) => ({ value: l, label: WARNING_LEVEL_LABELS[l] }))} />
        </Form.Item>
        <Form.Item name="category" label={t('incidents.warnings.form.category')} rules={required}>
          <Input maxLength={50} placeholder={t('incidents.warnings.form.categoryPlaceholder')} />
        </Form.Item>
        <Form.Item name="area" label={t('incidents.warnings.form.area')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="validity" label={t('incidents.warnings.form.validity')} rules={required}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="content" label={t('incidents.warnings.form.content')} rules={required}>
          <Input.TextArea rows={4} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="issuingUnitId" label={t('incidents.warnings.form.unit')} rules={required}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="reviewer" label={t('incidents.warnings.form.reviewer')} rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="reviewedAt" label={t('incidents.warnings.form.reviewedAt')} rules={required}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
