import { INCIDENT_GRADES, INCIDENT_KIND_LABELS, INCIDENT_KINDS } from '@fabutong/core/rules/vocabulary';
import { App, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { setFieldErrors, problemText } from '../../../api/problem';
import { DATE_TIME_FORMAT, districtInstant, districtNow } from '../../../components/incidents/time';
import UnitSelect from '../../../components/incidents/UnitSelect';
import type { IncidentInput } from '../../../components/incidents/types';
import { gradeLabel } from '../../../components/incidents/clock';
import { t } from '../../../locales';
import { useRegisterIncident } from './api';

type Values = Omit<IncidentInput, 'occurredAt' | 'confidentialityReview'> & { occurredAt: Dayjs; reviewer?: string };

/** 登记突发事件: the clocks start at the time it occurred, not the time it is registered. */
export default function RegisterModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const [form] = Form.useForm<Values>();
  const register = useRegisterIncident();
  const { message } = App.useApp();
  const isPublic = Form.useWatch('isPublic', form) ?? true;

  const submit = async ({ reviewer, ...values }: Values) => {
    try {
      const confidentialityReview = values.isPublic && reviewer?.trim() ? { reviewer, reviewedAt: new Date().toISOString() } : null;
      const incident = await register.mutateAsync({ ...values, occurredAt: districtInstant(values.occurredAt), confidentialityReview });
      void message.success(t('incidents.form.created'));
      onCreated(incident.id);
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal
      open
      title={t('incidents.register.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('incidents.register.create')}
      confirmLoading={register.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'natural_disaster', grade: 'IV', majorCasualtiesOrImpact: false, isPublic: true, occurredAt: districtNow() }}
      >
        <Form.Item name="title" label={t('incidents.form.title')} rules={[{ required: true, message: t('incidents.form.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('incidents.form.kind')}>
          <Select options={INCIDENT_KINDS.map((k) => ({ value: k, label: INCIDENT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="grade" label={t('incidents.form.grade')}>
          <Radio.Group optionType="button" options={INCIDENT_GRADES.map((g) => ({ value: g, label: gradeLabel(g) }))} />
        </Form.Item>
        <Form.Item name="majorCasualtiesOrImpact" valuePropName="checked" extra={t('incidents.form.majorHint')}>
          <Checkbox>{t('incidents.form.major')}</Checkbox>
        </Form.Item>
        <Form.Item name="occurredAt" label={t('incidents.form.occurredAt')} extra={t('incidents.form.occurredAtHint')} rules={[{ required: true, message: t('incidents.form.occurredAtRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('incidents.form.unit')} extra={t('incidents.form.unitHint')} rules={[{ required: true, message: t('incidents.form.unitRequired') }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="fieldCommand" label={t('incidents.form.fieldCommand')}>
          <Input maxLength={100} placeholder={t('incidents.form.fieldCommandPlaceholder')} />
        </Form.Item>
        <Form.Item name="location" label={t('incidents.form.location')} rules={[{ required: true, message: t('incidents.form.locationRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="summary" label={t('incidents.form.summary')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="isPublic" label={t('incidents.form.isPublic')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {isPublic && (
          <Form.Item name="reviewer" label={t('incidents.form.reviewer')} extra={t('incidents.form.reviewerHint')}>
            <Input maxLength={50} />
          </Form.Item>
        )}
        {!isPublic && (
          <Form.Item name="notPublicReason" label={t('incidents.form.notPublicReason')} rules={[{ required: true, message: t('incidents.form.notPublicReasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
