import { IN_NAME_OF, IN_NAME_OF_LABELS } from '@fabutong/core/rules/vocabulary';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { problemText, setFieldErrors } from '../../../api/problem';
import { DATE_TIME_FORMAT, districtInstant, pickerValue } from '../../../components/incidents/time';
import type { Detail, Update, UpdateInput } from '../../../components/incidents/types';
import { t } from '../../../locales';
import { useCreateUpdate, useEditUpdate } from './api';

type Values = Omit<UpdateInput, 'nextUpdateBy'> & { nextUpdateBy?: Dayjs | null };

/** A rolling update in the four parts of A13.4-d; causes stay marked 待核实 until checked. */
export default function UpdateModal({ incident, update, onClose }: { incident: Detail; update: Update | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUpdate(incident.id);
  const edit = useEditUpdate(incident.id);
  const { message } = App.useApp();
  const isPublic = Form.useWatch('isPublic', form) ?? true;
  const causes = Form.useWatch('causes', form);

  const initial: Partial<Values> = update
    ? { ...update, nextUpdateBy: update.nextUpdateBy ? pickerValue(update.nextUpdateBy) : null }
    : {
        title: incident.updates.length === 0 ? t('incidents.update.defaultTitle', { title: incident.title }) : t('incidents.update.defaultTitleNth', { title: incident.title, n: incident.updates.length + 1 }),
        source: incident.fieldCommand ?? incident.responsibleUnitName,
        inNameOf: 'unit',
        isPublic: true,
        causesConfirmed: false,
      };

  const submit = async (values: Values) => {
    const body: UpdateInput = { ...values, nextUpdateBy: values.nextUpdateBy ? districtInstant(values.nextUpdateBy) : null };
    try {
      if (update) await edit.mutateAsync({ ...body, updateId: update.id });
      else await create.mutateAsync(body);
      void message.success(t('incidents.update.done.saved'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal
      open
      title={update ? t('incidents.update.editTitle') : t('incidents.update.draftTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('incidents.update.saveDraft')}
      confirmLoading={create.isPending || edit.isPending}
      width={760}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('incidents.update.principle')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        <Form.Item name="title" label={t('incidents.update.title')} rules={[{ required: true, message: t('incidents.update.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="facts" label={`1. ${t('incidents.update.facts')}`} rules={[{ required: true, message: t('incidents.update.factsRequired') }]}>
          <Input.TextArea rows={4} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="attitude" label={`2. ${t('incidents.update.attitude')}`}>
          <Input.TextArea rows={2} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="measures" label={`3. ${t('incidents.update.measures')}`}>
          <Input.TextArea rows={3} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="causes" label={`4. ${t('incidents.update.causes')}`}>
          <Input.TextArea rows={2} maxLength={20_000} />
        </Form.Item>
        {causes?.trim() && (
          <Form.Item name="causesConfirmed" valuePropName="checked">
            <Checkbox>{t('incidents.update.causesConfirmed')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="source" label={t('incidents.update.source')} rules={[{ required: true, message: t('incidents.update.sourceRequired') }]}>
          <Input maxLength={100} placeholder={t('incidents.update.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item name="nextUpdateBy" label={t('incidents.update.nextUpdateBy')} extra={t('incidents.update.nextUpdateHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="inNameOf" label={t('incidents.update.inNameOf')}>
          <Select options={IN_NAME_OF.map((v) => ({ value: v, label: IN_NAME_OF_LABELS[v] }))} />
        </Form.Item>
        <Form.Item name="isPublic" label={t('incidents.update.isPublic')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {!isPublic && (
          <Form.Item name="notPublicReason" label={t('incidents.update.notPublicReason')} rules={[{ required: true, message: t('incidents.form.notPublicReasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
