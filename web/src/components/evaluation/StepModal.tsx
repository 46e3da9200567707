import { EVALUATION_ACTION_LABELS, type EvaluationAction } from '@fabutong/core/workflows/evaluation';
import { App, Form, Input, Modal } from 'antd';
import { problemText } from '../../api/problem';
import { t } from '../../locales';
import { useStep } from './api';

/** A stage of the evaluation; returning and correcting need a reason, approval takes an optional note. */
export default function StepModal({ id, action, onClose }: { id: number; action: EvaluationAction; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const step = useStep(id);
  const { message } = App.useApp();
  const label = EVALUATION_ACTION_LABELS[action];
  const needsReason = action === 'return' || action === 'reopen';
  const submit = async ({ note }: { note?: string }) => {
    try {
      await step.mutateAsync({ action, note: note?.trim() || undefined });
      void message.success(t('evaluation.workspace.stepDone', { action: label }));
      onClose();
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Modal
      open
      title={needsReason ? t('evaluation.workspace.reasonTitle', { action: label }) : t('evaluation.workspace.noteTitle', { action: label })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={label}
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={needsReason ? t('evaluation.workspace.reason') : t('evaluation.workspace.note')}
          rules={needsReason ? [{ required: true, whitespace: true, message: t('evaluation.workspace.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
