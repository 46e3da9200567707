import { TRAINING_KINDS, TRAINING_KIND_LABELS, type TrainingKind } from '@fabutong/core/contract/evaluation';
import { POST_LABELS, type Post } from '@fabutong/core/rules/appointments';
import { Alert, App, Button, Card, DatePicker, Drawer, Flex, Form, Input, List, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { problemText } from '../../../api/problem';
import { usePersonTraining, useSaveSession, useTrainingSessions, useUntrained, type TrainingSessionView } from '../../../components/evaluation/api';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { usePeopleSearch } from '../../../components/releases/api';
import { districtYear } from '../../../components/releases/district-time';
import { t } from '../../../locales';

const postLabel = (post: string | null) => (post ? (POST_LABELS[post as Post] ?? post) : '');

/** 培训管理 (A12): the year's sessions with who attended, and the units whose spokesperson had none. */
export default function TrainingPage() {
  const { access } = useCurrentUser();
  const [year, setYear] = useState(districtYear);
  const sessions = useTrainingSessions(year);
  const untrained = useUntrained(year);
  const [editing, setEditing] = useState<TrainingSessionView | 'new' | null>(null);
  const [person, setPerson] = useState<number | null>(null);
  const years = Array.from({ length: 6 }, (_, i) => districtYear() - i);

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('evaluation.training.title')}</h1>}
      extra={
        <Flex gap={8}>
          <Select aria-label={t('evaluation.list.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 110 }} />
          {access.newsOffice && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('evaluation.training.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('evaluation.training.hint')} />
        <Tabs
          items={[
            {
              key: 'sessions',
              label: t('evaluation.training.sessions'),
              children: sessions.isError ? (
                <ProblemAlert error={sessions.error} />
              ) : (
                <Table<TrainingSessionView>
                  rowKey="id"
                  loading={sessions.isPending}
                  dataSource={sessions.data}
                  pagination={false}
                  scroll={{ x: 900 }}
                  locale={{ emptyText: t('evaluation.training.empty') }}
                  columns={[
                    { title: t('evaluation.training.heldOn'), dataIndex: 'heldOn', width: 110 },
                    { title: t('evaluation.training.topic'), dataIndex: 'topic' },
                    { title: t('evaluation.training.kind'), key: 'kind', width: 170, render: (_, s) => <Tag>{TRAINING_KIND_LABELS[s.kind]}</Tag> },
                    { title: t('evaluation.training.organizer'), dataIndex: 'organizer', width: 160 },
                    {
                      title: t('evaluation.training.attendees'),
                      key: 'attendees',
                      render: (_, s) => (
                        <Flex wrap gap={4}>
                          {s.attendees.map((a) => (
                            <Typography.Link key={a.personId} onClick={() => setPerson(a.personId)}>
                              {`${a.name}${a.unitName ? `（${a.unitName}${postLabel(a.post)}）` : ''}`}
                            </Typography.Link>
                          ))}
                        </Flex>
                      ),
                    },
                    ...(access.newsOffice
                      ? [{ title: t('common.actions'), key: 'edit', width: 80, render: (_: unknown, s: TrainingSessionView) => <Button size="small" onClick={() => setEditing(s)}>{t('evaluation.training.edit')}</Button> }]
                      : []),
                  ]}
                />
              ),
            },
            {
              key: 'untrained',
              label: t('evaluation.training.untrained'),
              children: untrained.isError ? (
                <ProblemAlert error={untrained.error} />
              ) : (
                <List
                  loading={untrained.isPending}
                  dataSource={untrained.data?.items}
                  locale={{ emptyText: t('evaluation.training.allTrained') }}
                  renderItem={(item) => (
                    <List.Item extra={<Tag color={item.reason === 'vacant' ? 'red' : 'orange'}>{item.reason === 'vacant' ? t('evaluation.training.vacant') : t('evaluation.training.noTraining')}</Tag>}>
                      {item.explanation}
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      </Flex>
      {editing && <SessionModal session={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {person !== null && <HistoryDrawer personId={person} onClose={() => setPerson(null)} />}
    </Card>
  );
}

interface SessionForm {
  topic: string;
  heldOn: Dayjs;
  organizer: string;
  kind: TrainingKind;
  note?: string;
  personIds: number[];
}

function SessionModal({ session, onClose }: { session: TrainingSessionView | null; onClose: () => void }) {
  const [form] = Form.useForm<SessionForm>();
  const save = useSaveSession();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const people = usePeopleSearch(q);
  const known = new Map([...(session?.attendees.map((a) => [a.personId, a.name] as const) ?? []), ...(people.data?.items.map((p) => [p.id, p.name] as const) ?? [])]);
  const submit = async (v: SessionForm) => {
    try {
      await save.mutateAsync({ id: session?.id, body: { topic: v.topic, heldOn: v.heldOn.format('YYYY-MM-DD'), organizer: v.organizer, kind: v.kind, note: v.note?.trim() || null, personIds: v.personIds ?? [] } });
      void message.success(t('evaluation.training.saved'));
      onClose();
    } catch (error) {
      void message.error(problemText(error));
    }
  };
  return (
    <Modal open title={session ? t('evaluation.training.edit') : t('evaluation.training.create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          session
            ? { ...session, heldOn: dayjs(session.heldOn), note: session.note ?? undefined, personIds: session.attendees.map((a) => a.personId) }
            : { organizer: '区政府新闻办', kind: 'news_office_training', personIds: [] }
        }
      >
        <Form.Item name="topic" label={t('evaluation.training.topic')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('evaluation.training.heldOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="organizer" label={t('evaluation.training.organizer')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('evaluation.training.kind')} rules={[{ required: true }]}>
          <Select options={TRAINING_KINDS.map((k) => ({ value: k, label: TRAINING_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="personIds" label={t('evaluation.training.attendees')}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t('evaluation.training.attendeesPlaceholder')}
            loading={people.isFetching}
            notFoundContent={people.isFetching ? t('common.loading') : t('releases.common.noPerson')}
            options={[...known].map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('evaluation.training.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HistoryDrawer({ personId, onClose }: { personId: number; onClose: () => void }) {
  const history = usePersonTraining(personId);
  return (
    <Drawer open title={history.data ? `${history.data.name} · ${t('evaluation.training.history')}` : t('evaluation.training.history')} onClose={onClose} size="min(480px, 100vw)">
      {history.isError ? (
        <ProblemAlert error={history.error} />
      ) : (
        <List
          loading={history.isPending}
          dataSource={history.data?.sessions}
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta title={`${s.heldOn} ${s.topic}`} description={`${TRAINING_KIND_LABELS[s.kind]} · ${s.organizer}${s.unitName ? ` · ${s.unitName}${postLabel(s.post)}` : ''}`} />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
