import { App, Form, Modal, Typography } from 'antd';
import { problemText } from '../../../api/problem';
import UnitSelect from '../../../components/incidents/UnitSelect';
import { useOpinionAction } from '../../../components/opinions/api';
import type { OpinionItem } from '../../../components/opinions/types';
import { t } from '../../../locales';

/** A13.2: the news office confirms the responsible unit the keyword rules suggested (or another). */
export default function AssignModal({ item, onClose }: { item: Pick<OpinionItem, 'id' | 'title' | 'suggestedUnitId' | 'unitId'>; onClose: () => void }) {
  const [form] = Form.useForm<{ unitId: number }>();
  const action = useOpinionAction();
  const { message } = App.useApp();
  const submit = async ({ unitId }: { unitId: number }) => {
    try {
      await action.mutateAsync({ path: `/opinions/${item.id}/assign`, body: { unitId } });
      void message.success(t('opinions.item.assign.done'));
      onClose();
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={t('opinions.item.assign.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('opinions.item.assign.submit')} confirmLoading={action.isPending} destroyOnHidden>
      <Typography.Paragraph>{item.title}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ unitId: item.unitId ?? item.suggestedUnitId ?? undefined }}>
        <Form.Item name="unitId" label={t('opinions.report.unit')} rules={[{ required: true, message: t('opinions.common.unitRequired') }]}>
          <UnitSelect id="assign-unit" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
