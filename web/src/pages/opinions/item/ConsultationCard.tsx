import { formatDistrictDateTime } from '@fabutong/core/time';
import { App, Button, Card, Flex, Form, Input, List, Select, Typography } from 'antd';
import { problemText } from '../../../api/problem';
import { useExperts, useOpinionAction } from '../../../components/opinions/api';
import type { OpinionItemDetail } from '../../../components/opinions/types';
import { t } from '../../../locales';

/** A13.2: experts of the pool give written opinions on a major item; the conclusion stays with it. */
export default function ConsultationCard({ item, mayAct }: { item: OpinionItemDetail; mayAct: boolean }) {
  const action = useOpinionAction();
  const experts = useExperts({});
  const { message } = App.useApp();
  const [startForm] = Form.useForm<{ question: string; expertIds: number[] }>();
  const run = async (path: string, body: object) => {
    try {
      await action.mutateAsync({ path, body });
      void message.success(t('opinions.common.saved'));
      return true;
    } catch (error) {
      void message.error(problemText(error));
      return false;
    }
  };
  const closed = item.status === 'responded' || item.status === 'not_responded';

  return (
    <Card title={t('opinions.item.consult.title')} size="small">
      {item.consultations.map((c) => (
        <Card key={c.id} type="inner" size="small" title={c.question} style={{ marginBottom: 12 }}>
          <List
            size="small"
            dataSource={c.experts}
            renderItem={(e) => (
              <List.Item>
                <Flex vertical style={{ width: '100%' }} gap={4}>
                  <Typography.Text strong>
                    {e.name}（{e.affiliation}）
                  </Typography.Text>
                  {e.opinion ? (
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.opinion}</Typography.Text>
                  ) : mayAct && c.status === 'open' ? (
                    <Input.Search enterButton={t('opinions.item.consult.record')} placeholder={t('opinions.item.consult.opinion')} onSearch={(opinion) => opinion.trim() && void run(`/opinion-consultations/${c.id}/opinions`, { expertId: e.expertId, opinion })} />
                  ) : (
                    <Typography.Text type="secondary">{t('opinions.item.consult.pending')}</Typography.Text>
                  )}
                </Flex>
              </List.Item>
            )}
          />
          {c.status === 'concluded' ? (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              <Typography.Text strong>{t('opinions.item.consult.concluded', { by: c.concludedBy ?? '', at: c.concludedAt ? formatDistrictDateTime(c.concludedAt) : '' })}</Typography.Text>
              {c.conclusion}
            </Typography.Paragraph>
          ) : (
            mayAct && <Input.Search style={{ marginTop: 8 }} enterButton={t('opinions.item.consult.conclude')} placeholder={t('opinions.item.consult.conclusion')} onSearch={(conclusion) => conclusion.trim() && void run(`/opinion-consultations/${c.id}/conclude`, { conclusion })} />
          )}
        </Card>
      ))}
      {mayAct && !closed && item.level === 'major' && (
        <Form
          form={startForm}
          layout="vertical"
          onFinish={async (v) => {
            if (await run(`/opinions/${item.id}/consultations`, v)) startForm.resetFields();
          }}
        >
          <Typography.Paragraph type="secondary">{t('opinions.item.consult.onlyMajor')}</Typography.Paragraph>
          <Form.Item name="question" label={t('opinions.item.consult.question')} rules={[{ required: true, message: t('opinions.item.consult.questionRequired') }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="expertIds" label={t('opinions.item.consult.experts')} rules={[{ required: true, message: t('opinions.item.consult.expertsRequired') }]}>
            <Select mode="multiple" optionFilterProp="label" loading={experts.isPending} options={(experts.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.affiliation}，${e.fields.join('、')}）` }))} />
          </Form.Item>
          <Button htmlType="submit" loading={action.isPending}>
            {t('opinions.item.consult.start')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
