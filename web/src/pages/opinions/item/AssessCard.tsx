import { OPINION_SENSITIVITIES, OPINION_SENSITIVITY_LABELS } from '@fabutong/core/contract/opinions';
import { OPINION_LEVEL_LABELS, OPINION_LEVELS } from '@fabutong/core/rules/vocabulary';
import { App, Button, Card, Form, Input, Radio } from 'antd';
import { problemText, setFieldErrors } from '../../../api/problem';
import { useOpinionAction } from '../../../components/opinions/api';
import type { OpinionItemDetail } from '../../../components/opinions/types';
import { t } from '../../../locales';

type Values = { level: string; sensitivity: string; trendNote: string };

/** A13.2: the responsible unit assesses its item; a major one is reported at once. */
export default function AssessCard({ item }: { item: OpinionItemDetail }) {
  const [form] = Form.useForm<Values>();
  const action = useOpinionAction();
  const { message } = App.useApp();
  const submit = async (body: Values) => {
    try {
      await action.mutateAsync({ path: `/opinions/${item.id}/assess`, body });
      void message.success(t('opinions.item.assess.done'));
    } catch (error) {
      setFieldErrors(form, error);
      void message.error(problemText(error));
    }
  };
  return (
    <Card title={t('opinions.item.assess.title')} size="small">
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ level: item.level ?? 'general', sensitivity: item.sensitivity ?? 'medium', trendNote: item.trendNote ?? '' }}>
        <Form.Item name="level" label={t('opinions.item.assess.level')} extra={t('opinions.item.assess.majorHint')}>
          <Radio.Group optionType="button" options={OPINION_LEVELS.map((l) => ({ value: l, label: OPINION_LEVEL_LABELS[l] }))} />
        </Form.Item>
        <Form.Item name="sensitivity" label={t('opinions.item.assess.sensitivity')}>
          <Radio.Group optionType="button" options={OPINION_SENSITIVITIES.map((s) => ({ value: s, label: OPINION_SENSITIVITY_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="trendNote" label={t('opinions.item.assess.trendNote')} rules={[{ required: true, message: t('opinions.item.assess.trendRequired') }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={action.isPending}>
          {t('opinions.item.assess.submit')}
        </Button>
      </Form>
    </Card>
  );
}
