import { FileWordOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, Typography, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { problemText } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useConferenceAction } from '../../../components/conferences/api';
import type { Conference } from '../../../components/conferences/types';
import { downloadFile } from '../../../components/org/download';
import { t } from '../../../locales';

interface Values {
  transcript?: string;
  opinionReaction?: string;
  coverage?: { outletName: string; title: string; url?: string; publishedOn: Dayjs }[];
}

/** Afterwards (A15.6): transcript, coverage and opinion reaction; the conference becomes a release. */
export default function Archive({ conference }: { conference: Conference }) {
  const { access } = useCurrentUser();
  const action = useConferenceAction(conference.id);
  const [form] = Form.useForm<Values>();
  const summary = () => void downloadFile(`/conference-applications/${conference.id}/summary.docx`, `${conference.title}-工作情况汇总.docx`).catch((e: unknown) => void message.error(problemText(e)));

  const archive = async (v: Values) => {
    await action.mutateAsync({
      path: 'archive',
      body: {
        transcript: v.transcript?.trim() || null,
        opinionReaction: v.opinionReaction?.trim() || null,
        coverage: (v.coverage ?? []).map((c) => ({ outletName: c.outletName, title: c.title, url: c.url?.trim() || null, publishedOn: c.publishedOn.format('YYYY-MM-DD') })),
      },
    });
    void message.success(t('conferences.archive.done'));
  };

  return (
    <Flex vertical gap={16}>
      <Button icon={<FileWordOutlined />} style={{ alignSelf: 'flex-start' }} onClick={summary}>
        {t('conferences.archive.summary')}
      </Button>
      {conference.releaseId && (
        <Card size="small" title={t('conferences.archive.release')}>
          <Link to={`/releases/${conference.releaseId}`}>{t('conferences.archive.openRelease')}</Link>
          {conference.opinionReaction && <Typography.Paragraph style={{ marginTop: 8 }}>{t('conferences.archive.reactionShown', { text: conference.opinionReaction })}</Typography.Paragraph>}
        </Card>
      )}
      {access.newsOffice && conference.status === 'held' && (
        <Card size="small" title={t('conferences.archive.title')}>
          <Form form={form} layout="vertical" onFinish={(v) => void archive(v).catch(() => undefined)}>
            <Form.Item name="transcript" label={t('conferences.archive.transcript')}>
              <Input.TextArea rows={6} />
            </Form.Item>
            <Form.Item name="opinionReaction" label={t('conferences.archive.opinionReaction')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Form.List name="coverage">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8} style={{ marginBottom: 16 }}>
                  <Typography.Text strong>{t('conferences.archive.coverage')}</Typography.Text>
                  {fields.map(({ key, name }) => (
                    <Flex key={key} gap={8} wrap>
                      <Form.Item name={[name, 'outletName']} rules={[{ required: true, min: 2 }]} style={{ flex: '0 0 140px', marginBottom: 0 }}>
                        <Input placeholder={t('conferences.archive.outlet')} />
                      </Form.Item>
                      <Form.Item name={[name, 'title']} rules={[{ required: true, min: 2 }]} style={{ flex: '1 1 200px', marginBottom: 0 }}>
                        <Input placeholder={t('conferences.archive.coverageTitle')} />
                      </Form.Item>
                      <Form.Item name={[name, 'url']} style={{ flex: '1 1 200px', marginBottom: 0 }}>
                        <Input placeholder="https://" />
                      </Form.Item>
                      <Form.Item name={[name, 'publishedOn']} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                        <DatePicker placeholder={t('conferences.archive.publishedOn')} />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('conferences.form.removePerson')} onClick={() => remove(name)} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                    {t('conferences.archive.addCoverage')}
                  </Button>
                </Flex>
              )}
            </Form.List>
            {action.isError && <ProblemAlert error={action.error} />}
            <Button type="primary" htmlType="submit" loading={action.isPending}>
              {t('conferences.archive.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </Flex>
  );
}
