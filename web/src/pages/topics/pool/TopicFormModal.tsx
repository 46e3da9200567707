import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { TOPIC_LINK_KINDS, TOPIC_LINK_KIND_LABELS } from '@fabutong/core/contract/topics';
import { CONTENT_CATEGORIES, CONTENT_CATEGORY_LABELS, RELEASE_FORMS } from '@fabutong/core/rules/vocabulary';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { setFieldErrors } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import IsoDatePicker from '../../../components/org/IsoDatePicker';
import ProblemAlert from '../../../components/ProblemAlert';
import { useReleasingUnits } from '../../../components/releases/api';
import { formLabel } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { useSaveTopic, type Topic, type TopicInput } from '../api';

type Values = TopicInput;

/** Proposing a topic (A9.2), or changing one still waiting for the principal. */
export default function TopicFormModal({ topic, open, onClose }: { topic?: Topic; open: boolean; onClose: () => void }) {
  const { access } = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveTopic(topic?.id);
  const units = useReleasingUnits();
  const unitOptions = (units.data ?? []).filter((u) => access.newsOffice || access.unitIds.includes(u.id)).map((u) => ({ value: u.id, label: u.name }));
  const required = [{ required: true, message: t('topics.pool.form.required') }];

  const submit = async (values: Values) => {
    try {
      await save.mutateAsync({ ...values, suggestedDate: values.suggestedDate ?? null, links: values.links ?? [] });
      void message.success(topic ? t('topics.common.saved') : t('topics.pool.notices.proposed'));
      form.resetFields();
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
    }
  };

  return (
    <Modal
      open={open}
      title={topic ? t('topics.pool.form.editTitle') : t('topics.pool.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={topic ? t('common.save') : t('topics.common.submit')}
      confirmLoading={save.isPending}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          topic
            ? topic
            : { unitId: unitOptions.length === 1 ? unitOptions[0]!.value : undefined, category: 'policy_interpretation', form: 'press_conference', links: [] }
        }
      >
        {save.isError && <ProblemAlert error={save.error} />}
        <Form.Item name="unitId" label={t('topics.pool.form.unit')} rules={required}>
          <Select options={unitOptions} disabled={!!topic} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="title" label={t('topics.pool.form.title')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="whyNow" label={t('topics.pool.form.whyNow')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="category" label={t('topics.pool.form.category')} rules={required} style={{ minWidth: 160, flex: 1 }}>
            <Select options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: CONTENT_CATEGORY_LABELS[c] }))} />
          </Form.Item>
          <Form.Item name="form" label={t('topics.pool.form.form')} rules={required} style={{ minWidth: 180, flex: 1 }}>
            <Select options={RELEASE_FORMS.map((f) => ({ value: f, label: formLabel(f) }))} />
          </Form.Item>
          <Form.Item name="suggestedDate" label={t('topics.pool.form.suggestedDate')} style={{ minWidth: 160, flex: 1 }}>
            <IsoDatePicker />
          </Form.Item>
        </Flex>
        <Form.Item label={t('topics.pool.form.links')} style={{ marginBottom: 0 }}>
          <Form.List name="links">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={[field.name, 'kind']} rules={required} style={{ width: 130, marginBottom: 0 }}>
                      <Select aria-label={t('topics.pool.form.linkKind')} options={TOPIC_LINK_KINDS.map((k) => ({ value: k, label: TOPIC_LINK_KIND_LABELS[k] }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'label']} rules={required} style={{ flex: 1, marginBottom: 0 }}>
                      <Input aria-label={t('topics.pool.form.linkLabel')} placeholder={t('topics.pool.form.linkLabel')} maxLength={200} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'opinion', label: '' })}>
                  {t('topics.pool.form.addLink')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
