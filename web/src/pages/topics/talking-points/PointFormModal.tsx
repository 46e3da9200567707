import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SENSITIVITIES, SENSITIVITY_LABELS } from '@fabutong/core/contract/talking-points';
import { App, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { setFieldErrors } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import IsoDatePicker from '../../../components/org/IsoDatePicker';
import ProblemAlert from '../../../components/ProblemAlert';
import { useReleasingUnits } from '../../../components/releases/api';
import { t } from '../../../locales';
import { useSaveTalkingPoint, type TalkingPoint, type TalkingPointInput } from '../api';

type Values = Omit<TalkingPointInput, 'questions'> & { questions: { text: string }[] };

/** Drafting a line, or saving a new wording of a draft (every changed wording is a version). */
export default function PointFormModal({ point, open, onClose, onSaved }: { point?: TalkingPoint; open: boolean; onClose: () => void; onSaved?: (id: number) => void }) {
  const { access } = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveTalkingPoint(point?.id);
  const units = useReleasingUnits();
  const unitOptions = (units.data ?? []).filter((u) => access.newsOffice || access.unitIds.includes(u.id)).map((u) => ({ value: u.id, label: u.name }));
  const required = [{ required: true, whitespace: true, message: t('topics.points.form.required') }];

  const submit = async (values: Values) => {
    try {
      const saved = await save.mutateAsync({ ...values, questions: values.questions.map((q) => q.text), topicId: values.topicId ?? null, facts: values.facts ?? '' });
      void message.success(t('topics.common.saved'));
      onClose();
      onSaved?.(saved.id);
    } catch (error) {
      setFieldErrors(form, error);
    }
  };

  return (
    <Modal
      open={open}
      title={point ? t('topics.points.form.editTitle') : t('topics.points.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          point
            ? { ...point, questions: point.questions.map((text) => ({ text })) }
            : { unitId: unitOptions.length === 1 ? unitOptions[0]!.value : undefined, districtWide: false, sensitivity: 'internal', questions: [{ text: '' }], facts: '', topicId: null }
        }
      >
        {save.isError && <ProblemAlert error={save.error} />}
        <Flex gap={12} wrap align="end">
          <Form.Item name="unitId" label={t('topics.points.form.unit')} rules={[{ required: true, message: t('topics.points.form.required') }]} style={{ flex: 1, minWidth: 200 }}>
            <Select options={unitOptions} disabled={!!point} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item name="districtWide" valuePropName="checked">
            <Checkbox>{t('topics.points.form.districtWide')}</Checkbox>
          </Form.Item>
        </Flex>
        <Form.Item name="subject" label={t('topics.points.form.subject')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('topics.points.form.questions')} required style={{ marginBottom: 8 }}>
          <Form.List name="questions">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, 'text']} rules={required} style={{ flex: 1, marginBottom: 0 }}>
                      <Input aria-label={`${t('topics.points.form.questions')} ${i + 1}`} maxLength={500} />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
                  {t('topics.points.form.addQuestion')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="answer" label={t('topics.points.form.answer')} rules={required}>
          <Input.TextArea rows={5} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="facts" label={t('topics.points.form.facts')}>
          <Input.TextArea rows={3} maxLength={20_000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="effectiveFrom" label={t('topics.points.form.effectiveFrom')} rules={[{ required: true, message: t('topics.points.form.required') }]} style={{ flex: 1, minWidth: 150 }}>
            <IsoDatePicker />
          </Form.Item>
          <Form.Item name="reviewBy" label={t('topics.points.form.reviewBy')} rules={[{ required: true, message: t('topics.points.form.required') }]} style={{ flex: 1, minWidth: 150 }}>
            <IsoDatePicker />
          </Form.Item>
          <Form.Item name="topicId" label={t('topics.points.form.topic')} style={{ flex: 1, minWidth: 120 }}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="sensitivity" label={t('topics.points.form.sensitivity')} rules={[{ required: true, message: t('topics.points.form.required') }]}>
          <Radio.Group options={SENSITIVITIES.map((s) => ({ value: s, label: SENSITIVITY_LABELS[s] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
