import { OutletBody } from '@fabutong/core/contract/media';
import { MEDIA_LEVELS, MEDIA_LEVEL_LABELS } from '@fabutong/core/rules/vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { problemText, setFieldErrors } from '../../api/problem';
import type { Outlet, OutletChange, OutletInput } from '../../api/release-types';
import { matches } from '../form-rules';
import { t } from '../../locales';
import { DATE_FORMAT } from './district-time';

interface Values {
  name: string;
  kind: 'outlet' | 'live_streaming';
  level: Outlet['level'];
  licenceNo?: string | null;
  validFrom?: Dayjs | null;
  validUntil?: Dayjs | null;
  contact?: string | null;
  note?: string | null;
  active: boolean;
}

function useSaveOutlet(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutletInput | OutletChange) =>
      id === undefined ? api<Outlet>('/media/outlets', { method: 'POST', body }) : api<Outlet>(`/media/outlets/${id}`, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['media'] }),
  });
}

const day = (value: Dayjs | null | undefined) => (value ? value.format(DATE_FORMAT) : null);
const text = (value: string | null | undefined) => value?.trim() || null;

/** 登记媒体 (outlet null) or changing one: its level and its licence (新闻出版许可) with the validity the A13.7 check reads. */
export default function OutletFormModal({ outlet, onClose }: { outlet: Outlet | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveOutlet(outlet?.id);
  const { message } = App.useApp();

  const submit = async (values: Values) => {
    const common = {
      name: values.name.trim(),
      level: values.level,
      licenceNo: text(values.licenceNo),
      validFrom: day(values.validFrom),
      validUntil: day(values.validUntil),
      contact: text(values.contact),
      note: text(values.note),
    };
    try {
      await save.mutateAsync(outlet ? { ...common, active: values.active } : { ...common, kind: values.kind });
      void message.success(outlet ? t('releases.media.saved') : t('releases.media.created'));
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };

  const q = outlet?.qualification;
  return (
    <Modal
      open
      title={outlet ? t('releases.media.editTitle', { name: outlet.name }) : t('releases.media.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          name: outlet?.name,
          kind: outlet?.kind ?? 'outlet',
          level: outlet?.level ?? 'district',
          licenceNo: outlet?.licenceNo,
          validFrom: q?.validFrom ? dayjs(q.validFrom) : null,
          validUntil: q?.validUntil ? dayjs(q.validUntil) : null,
          contact: outlet?.contact,
          note: outlet?.note,
          active: outlet?.active ?? true,
        }}
      >
        <Form.Item name="name" label={t('releases.media.form.name')} required rules={[matches(OutletBody.shape.name)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('releases.media.form.kind')} extra={outlet ? t('releases.media.form.kindFixed') : undefined}>
              <Radio.Group
                disabled={!!outlet}
                options={[
                  { value: 'outlet', label: t('releases.media.kinds.outlet') },
                  { value: 'live_streaming', label: t('releases.media.kinds.live_streaming') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="level" label={t('releases.media.form.level')}>
              <Select options={MEDIA_LEVELS.map((l) => ({ value: l, label: MEDIA_LEVEL_LABELS[l] }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="licenceNo" label={t('releases.media.form.licenceNo')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="validFrom" label={t('releases.media.form.validFrom')} extra={t('releases.media.form.validFromHint')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="validUntil"
              label={t('releases.media.form.validUntil')}
              extra={t('releases.media.form.validUntilHint')}
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
          <Col span={24}>
            <Form.Item name="contact" label={t('releases.media.form.contact')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t('releases.media.form.note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
            </Form.Item>
          </Col>
          {outlet && (
            <Col span={24}>
              <Form.Item name="active" label={t('releases.media.form.active')} valuePropName="checked">
                <Switch checkedChildren={t('releases.media.form.inUse')} unCheckedChildren={t('releases.media.form.retired')} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
