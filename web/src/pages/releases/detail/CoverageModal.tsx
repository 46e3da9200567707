import { CoverageBody } from '@fabutong/core/contract/releases';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { problemText, setFieldErrors } from '../../../api/problem';
import type { Outlet } from '../../../api/release-types';
import { matches } from '../../../components/form-rules';
import { DATE_FORMAT } from '../../../components/releases/district-time';
import { t } from '../../../locales';
import { useAddCoverage } from './api';

interface Values {
  outletId?: number | null;
  outletName: string;
  title: string;
  url?: string;
  publishedOn: Dayjs;
}

/** 登记报道: which outlet ran what, where and when (A15.6). The outlet may be one outside the registry. */
export default function CoverageModal({ releaseId, outlets, onClose }: { releaseId: number; outlets: readonly Outlet[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddCoverage(releaseId);
  const { message } = App.useApp();

  const save = async (values: Values) => {
    try {
      await add.mutateAsync({
        outletId: values.outletId ?? null,
        outletName: values.outletName.trim(),
        title: values.title.trim(),
        url: values.url?.trim() || null,
        publishedOn: values.publishedOn.format(DATE_FORMAT),
      });
      void message.success(t('releases.coverage.saved'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  return (
    <Modal open title={t('releases.coverage.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} confirmLoading={add.isPending} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={{ publishedOn: dayjs() }} onFinish={save}>
        <Form.Item name="outletId" label={t('releases.coverage.outlet')} extra={t('releases.coverage.outletHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={outlets.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(id?: number) => {
              const outlet = outlets.find((o) => o.id === id);
              if (outlet) form.setFieldValue('outletName', outlet.name);
            }}
          />
        </Form.Item>
        <Form.Item name="outletName" label={t('releases.coverage.outletName')} required rules={[matches(CoverageBody.shape.outletName)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('releases.coverage.reportTitle')} required rules={[matches(CoverageBody.shape.title)]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('releases.coverage.url')}
          rules={[
            {
              validator: async (_rule, value?: string) => {
                if (!value?.trim()) return;
                const result = CoverageBody.shape.url.safeParse(value.trim());
                if (!result.success) throw new Error(result.error.issues[0]?.message);
              },
            },
          ]}
        >
          <Input placeholder="https://" inputMode="url" />
        </Form.Item>
        <Form.Item name="publishedOn" label={t('releases.coverage.publishedOn')} rules={[{ required: true, message: t('releases.coverage.publishedOnRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
