import { INCIDENT_GRADES } from '@fabutong/core/rules/vocabulary';
import { Alert, App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Switch, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { problemText, setFieldErrors } from '../../../api/problem';
import { DATE_TIME_FORMAT, districtInstant, districtNow } from '../../../components/incidents/time';
import UnitSelect from '../../../components/incidents/UnitSelect';
import type { Detail, Update } from '../../../components/incidents/types';
import { gradeLabel } from '../../../components/incidents/clock';
import { t } from '../../../locales';
import { useCloseIncident, useLinkRelease, usePatchIncident, useRegrade, useReviewUpdate, type IncidentChange } from './api';

type Close = () => void;

/** A form in a modal: submit, show the refusal beside its fields, close on success. */
function useSubmit<V>(form: FormInstance<V>, call: (values: V) => Promise<unknown>, done: string, onClose: Close) {
  const { message } = App.useApp();
  return async (values: V) => {
    try {
      await call(values);
      void message.success(done);
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };
}

type EditValues = IncidentChange & { reviewer?: string };

export function EditModal({ incident, onClose }: { incident: Detail; onClose: Close }) {
  const [form] = Form.useForm<EditValues>();
  const patch = usePatchIncident(incident.id);
  const submit = useSubmit(
    form,
    ({ reviewer, ...v }: EditValues) =>
      patch.mutateAsync({
        ...v,
        // A changed reviewer is a new review, made now.
        ...(reviewer?.trim() && reviewer !== incident.confidentialityReview?.reviewer ? { confidentialityReview: { reviewer, reviewedAt: new Date().toISOString() } } : {}),
      }),
    t('incidents.form.saved'),
    onClose,
  );
  const isPublic = Form.useWatch('isPublic', form) ?? incident.isPublic;
  return (
    <Modal open title={t('incidents.detail.edit')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={patch.isPending} width={640} destroyOnHidden>
      <Form<EditValues> form={form} layout="vertical" onFinish={submit} initialValues={{ ...incident, reviewer: incident.confidentialityReview?.reviewer }}>
        <Form.Item name="title" label={t('incidents.form.title')} rules={[{ required: true, message: t('incidents.form.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('incidents.form.unit')}>
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

type RegradeValues = { grade: Detail['grade']; majorCasualtiesOrImpact: boolean; reason: string };

export function RegradeModal({ incident, onClose }: { incident: Detail; onClose: Close }) {
  const [form] = Form.useForm<RegradeValues>();
  const regrade = useRegrade(incident.id);
  const submit = useSubmit(form, (v) => regrade.mutateAsync(v), t('incidents.detail.done.regraded'), onClose);
  return (
    <Modal open title={t('incidents.detail.regradeTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={regrade.isPending} destroyOnHidden>
      <Alert type="warning" showIcon title={t('incidents.detail.regradeHint')} style={{ marginBottom: 16 }} />
      <Form<RegradeValues> form={form} layout="vertical" onFinish={submit} initialValues={{ grade: incident.grade, majorCasualtiesOrImpact: incident.majorCasualtiesOrImpact }}>
        <Form.Item name="grade" label={t('incidents.form.grade')}>
          <Radio.Group optionType="button" options={INCIDENT_GRADES.map((g) => ({ value: g, label: gradeLabel(g) }))} />
        </Form.Item>
        <Form.Item name="majorCasualtiesOrImpact" valuePropName="checked">
          <Checkbox>{t('incidents.form.major')}</Checkbox>
        </Form.Item>
        <Form.Item name="reason" label={t('incidents.detail.regradeReason')} rules={[{ required: true, message: t('incidents.detail.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CloseModal({ incident, onClose }: { incident: Detail; onClose: Close }) {
  const [form] = Form.useForm<{ reason: string }>();
  const close = useCloseIncident(incident.id);
  const submit = useSubmit(form, (v) => close.mutateAsync(v.reason), t('incidents.detail.done.closed'), onClose);
  return (
    <Modal open title={t('incidents.detail.closeTitle')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ danger: true }} confirmLoading={close.isPending} destroyOnHidden>
      <Alert type="warning" showIcon title={t('incidents.detail.closeHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('incidents.detail.closeReason')} rules={[{ required: true, message: t('incidents.detail.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function LinkModal({ incident, onClose }: { incident: Detail; onClose: Close }) {
  const [form] = Form.useForm<{ releaseId: number }>();
  const link = useLinkRelease(incident.id);
  const submit = useSubmit(form, (v) => link.mutateAsync(v.releaseId), t('incidents.detail.done.linked'), onClose);
  return (
    <Modal open title={t('incidents.detail.linkTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={link.isPending} destroyOnHidden>
      <Alert type="info" showIcon title={t('incidents.detail.linkHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="releaseId" label={t('incidents.detail.linkRelease')} rules={[{ required: true, message: t('incidents.detail.linkRelease') }]}>
          <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ReviewValues = { reviewer: string; reviewedAt: Dayjs; causesConfirmed: boolean };

/** The responsible unit's review, with the confidentiality review that publication needs (A18.5). */
export function ReviewModal({ incident, update, onClose }: { incident: Detail; update: Update; onClose: Close }) {
  const [form] = Form.useForm<ReviewValues>();
  const review = useReviewUpdate(incident.id);
  const submit = useSubmit(
    form,
    (v) => review.mutateAsync({ updateId: update.id, confidentialityReview: { reviewer: v.reviewer, reviewedAt: districtInstant(v.reviewedAt) }, causesConfirmed: v.causesConfirmed }),
    t('incidents.update.done.reviewed'),
    onClose,
  );
  return (
    <Modal open title={t('incidents.update.reviewTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('incidents.update.review')} confirmLoading={review.isPending} destroyOnHidden>
      <Alert type="warning" showIcon title={t('incidents.update.reviewHint')} style={{ marginBottom: 16 }} />
      <Form<ReviewValues> form={form} layout="vertical" onFinish={submit} initialValues={{ reviewedAt: districtNow(), causesConfirmed: update.causesConfirmed }}>
        <Form.Item name="reviewer" label={t('incidents.update.reviewer')} rules={[{ required: true, message: t('incidents.update.reviewerRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="reviewedAt" label={t('incidents.update.reviewedAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        {update.causes && (
          <Form.Item name="causesConfirmed" valuePropName="checked">
            <Checkbox>{t('incidents.update.causesConfirmed')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
