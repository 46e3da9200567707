import { JournalistBody } from '@fabutong/core/contract/media';
import { App, Col, DatePicker, Form, Input, Modal, Row, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { problemText, setFieldErrors } from '../../../api/problem';
import type { Journalist } from '../../../api/release-types';
import { matches } from '../../../components/form-rules';
import { DATE_FORMAT } from '../../../components/releases/district-time';
import { t } from '../../../locales';
import { useSaveJournalist } from './api';

interface Values {
  name: string;
  pressCardNo?: string | null;
  validFrom?: Dayjs | null;
  validUntil?: Dayjs | null;
  contact?: string | null;
  note?: string | null;
  active: boolean;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format(DATE_FORMAT) : null);
const text = (value: string | null | undefined) => value?.trim() || null;

/** A journalist of the outlet and their press card (记者证) validity. */
export default function JournalistModal({ outletId, journalist, onClose }: { outletId: number; journalist: Journalist | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveJournalist(journalist?.id);
  const { message } = App.useApp();

  const submit = async (values: Values) => {
    const common = {
      name: values.name.trim(),
      pressCardNo: text(values.pressCardNo),
      validFrom: day(values.validFrom),
      validUntil: day(values.validUntil),
      contact: text(values.contact),
      note: text(values.note),
    };
    try {
      await save.mutateAsync(journalist ? { ...common, active: values.active } : { ...common, outletId });
      void message.success(t('releases.outlet.journalistSaved'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  const q = journalist?.qualification;
  return (
    <Modal
      open
      title={journalist ? t('releases.outlet.editJournalist', { name: journalist.name }) : t('releases.outlet.addJournalist')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          name: journalist?.name,
          pressCardNo: journalist?.pressCardNo,
          validFrom: q?.validFrom ? dayjs(q.validFrom) : null,
          validUntil: q?.validUntil ? dayjs(q.validUntil) : null,
          contact: journalist?.contact,
          note: journalist?.note,
          active: journalist?.active ?? true,
        }}
      >
        <Form.Item name="name" label={t('releases.outlet.form.name')} required rules={[matches(JournalistBody.shape.name)]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="pressCardNo" label={t('releases.outlet.form.pressCardNo')}>
          <Input maxLength={50} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="validFrom" label={t('releases.outlet.form.validFrom')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="validUntil"
              label={t('releases.outlet.form.validUntil')}
              dependencies={['validFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: Dayjs | null | undefined) => {
                    const from = getFieldValue('validFrom') as Dayjs | null | undefined;
                    if (value && from && value.isBefore(from, 'day')) throw new Error(t('releases.media.form.untilBeforeFrom'));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="contact" label={t('releases.media.form.contact')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('releases.media.form.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        {journalist && (
          <Form.Item name="active" label={t('releases.media.form.active')} valuePropName="checked">
            <Switch checkedChildren={t('releases.media.form.inUse')} unCheckedChildren={t('releases.media.form.retired')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
