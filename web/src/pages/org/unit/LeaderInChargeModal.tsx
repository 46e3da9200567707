import { ARTICLES } from '@fabutong/core/rules/articles';
import { POST_LABELS } from '@fabutong/core/rules/appointments';
import { districtDate } from '@fabutong/core/time';
import { Alert, App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import type { UnitDetail } from '../../../api/org-types';
import { setFieldErrors } from '../../../api/problem';
import IsoDatePicker from '../../../components/org/IsoDatePicker';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useChargeLeaders, useSetLeaderInCharge } from './api';

interface Values {
  personId?: number;
  from: string;
}

/**
 * 设置分管区领导: one of the district government's vice district heads, from a day. The leader in
 * charge until then stays on record, in charge until the day before (A13.2, A15.3).
 */
export default function LeaderInChargeModal({ detail, onClose }: { detail: UnitDetail; onClose: () => void }) {
  const { unit, leaderInCharge: current } = detail;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { leaders, isPending } = useChargeLeaders();
  const save = useSetLeaderInCharge();
  const [error, setError] = useState<unknown>(null);
  const options = leaders
    .filter((a) => !(current && current.to === null && a.personId === current.personId))
    .map((a) => ({ value: a.personId, label: `${a.personName}（${a.title ?? POST_LABELS[a.post]}）` }));

  const submit = async (v: Values) => {
    setError(null);
    try {
      const saved = await save.mutateAsync({ unitId: unit.id, personId: v.personId!, from: v.from });
      void message.success(t('org.leaderInCharge.saved', { name: saved.personName }));
      onClose();
    } catch (err) {
      setError(err);
      setFieldErrors(form, err);
    }
  };

  return (
    <Modal
      open
      title={t('org.leaderInCharge.title', { unit: unit.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('org.leaderInCharge.submit')}
      confirmLoading={save.isPending}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ from: districtDate(new Date()) }}>
        {error !== null && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={error} />
          </div>
        )}
        <Alert type="info" showIcon title={t('org.leaderInCharge.basis', { article: ARTICLES['A13.2'].article })} style={{ marginBottom: 16 }} />
        {current && !current.to && (
          <Alert type="warning" showIcon title={t('org.leaderInCharge.replaces', { name: current.personName, from: current.from })} style={{ marginBottom: 16 }} />
        )}
        <Form.Item
          name="personId"
          label={t('org.leaderInCharge.person')}
          rules={[{ required: true, message: t('org.leaderInCharge.personRequired') }]}
          extra={!isPending && leaders.length === 0 ? t('org.leaderInCharge.noLeaders') : undefined}
        >
          <Select loading={isPending} options={options} placeholder={t('org.leaderInCharge.personPlaceholder')} />
        </Form.Item>
        <Form.Item name="from" label={t('org.leaderInCharge.from')} rules={[{ required: true, message: t('org.leaderInCharge.fromRequired') }]}>
          <IsoDatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
