import { FindingBody } from '@fabutong/core/contract/media';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { problemText, setFieldErrors } from '../../../api/problem';
import { matches } from '../../../components/form-rules';
import { useCurrentUser } from '../../../components/layout/current-user';
import { DATE_FORMAT } from '../../../components/releases/district-time';
import { t } from '../../../locales';
import { useRecentReleases, useRecordFinding } from './api';

interface Values {
  foundOn: Dayjs;
  releaseId?: number | null;
  finding: string;
}

/** 记录歪曲事实的情况 (A19): kept against the outlet, with the release it distorted when there is one. */
export default function FindingModal({ outletId, onClose }: { outletId: number; onClose: () => void }) {
  const { access } = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const record = useRecordFinding(outletId);
  const releases = useRecentReleases(access.readReleases);
  const { message } = App.useApp();

  const submit = async (values: Values) => {
    try {
      await record.mutateAsync({ foundOn: values.foundOn.format(DATE_FORMAT), releaseId: values.releaseId ?? null, finding: values.finding.trim() });
      void message.success(t('releases.outlet.findingSaved'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal open title={t('releases.outlet.recordFinding')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} confirmLoading={record.isPending}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ foundOn: dayjs() }}>
        <Form.Item name="foundOn" label={t('releases.outlet.form.foundOn')} rules={[{ required: true, message: t('releases.outlet.form.foundOnRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {access.readReleases && (
          <Form.Item name="releaseId" label={t('releases.outlet.form.release')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={releases.isPending}
              placeholder={t('releases.outlet.form.releasePlaceholder')}
              options={(releases.data?.items ?? []).map((r) => ({ value: r.id, label: `${formatDistrictDateTime(r.startsAt).slice(0, 10)} ${r.title}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="finding" label={t('releases.outlet.form.finding')} required rules={[matches(FindingBody.shape.finding)]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
