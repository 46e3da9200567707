import { ExportOutlined, FileExcelOutlined, FileWordOutlined, SendOutlined } from '@ant-design/icons';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { districtDate, formatDistrictDateTime } from '@fabutong/core/time';
import { Alert, App, Button, Card, Collapse, Empty, Flex, Form, Grid, Input, Modal, Select, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { SpokespersonList, SpokespersonListEntry } from '../../../api/org-types';
import { problemText } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import { downloadFile } from '../../../components/org/download';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useDraft, useLists, usePublishList } from './api';

/** The contract's first year: the measures took effect at the end of 2021. */
const FIRST_YEAR = 2021;

const sameEntries = (a: SpokespersonListEntry[], b: SpokespersonListEntry[]) =>
  JSON.stringify(a.map((e) => [e.unitId, e.personName, e.title, e.pressPhone])) === JSON.stringify(b.map((e) => [e.unitId, e.personName, e.title, e.pressPhone]));

const entryColumns: TableColumnsType<SpokespersonListEntry> = [
  { title: t('org.lists.columns.unit'), dataIndex: 'unitName', width: 220 },
  { title: t('org.lists.columns.name'), dataIndex: 'personName', width: 90 },
  { title: t('org.lists.columns.title'), dataIndex: 'title', width: 140, render: (title: string | null) => title ?? t('common.empty') },
  { title: t('org.lists.columns.pressPhone'), dataIndex: 'pressPhone', width: 140, render: (phone: string | null) => phone ?? t('common.empty') },
];

/** On a phone the four columns stack in one: the unit, then the person. */
const narrowColumns: TableColumnsType<SpokespersonListEntry> = [
  {
    title: t('org.lists.columns.unit'),
    key: 'entry',
    render: (_, e) => (
      <Flex vertical>
        <span>{e.unitName}</span>
        <Typography.Text type="secondary">{[e.personName, e.title, e.pressPhone].filter(Boolean).join(' · ')}</Typography.Text>
      </Flex>
    ),
  },
];

function EntryTable({ entries }: { entries: SpokespersonListEntry[] }) {
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Table<SpokespersonListEntry>
      rowKey="unitId"
      size="small"
      columns={narrow ? narrowColumns : entryColumns}
      dataSource={entries}
      pagination={false}
      scroll={narrow ? undefined : { x: 'max-content' }}
    />
  );
}

/** 新闻发言人名单 (A8.3): the year's published versions, and today's holders as the list a publication would freeze. */
export default function SpokespersonListsPage() {
  const { access } = useCurrentUser();
  const thisYear = Number(districtDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const lists = useLists(year);
  const draft = useDraft();
  const [publishing, setPublishing] = useState(false);

  const narrow = Grid.useBreakpoint().sm === false;
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i);
  const current = lists.data?.items.find((l) => l.supersededAt === null);

  return (
    <Flex vertical gap={16}>
      <Card
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.lists.title')}</h1>}
        extra={
          <Select<number>
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: t('org.lists.yearOption', { year: y }) }))}
            aria-label={t('org.lists.year')}
            style={{ width: 110 }}
          />
        }
      >
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{t('org.lists.intro', { article: ARTICLES['A8.3'].article })}</Typography.Text>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('org.lists.versions.title', { year })}
            </Typography.Title>
            <a href={`/spokespersons/${year}`} target="_blank" rel="noreferrer">
              {t('org.lists.publicPage')} <ExportOutlined />
            </a>
          </Flex>
          {lists.isPending ? (
            <Skeleton active />
          ) : lists.isError ? (
            <ProblemAlert error={lists.error} />
          ) : lists.data.items.length === 0 ? (
            <Empty description={t('org.lists.versions.empty', { year })} />
          ) : (
            <Collapse
              items={lists.data.items.map((list) => ({
                key: list.id,
                label: <VersionLabel list={list} />,
                // On a phone the header has no room beside the label: the downloads open with the list.
                extra: narrow ? undefined : <Downloads list={list} />,
                children: narrow ? (
                  <Flex vertical gap={12}>
                    <Downloads list={list} />
                    <EntryTable entries={list.entries} />
                  </Flex>
                ) : (
                  <EntryTable entries={list.entries} />
                ),
              }))}
            />
          )}
        </Flex>
      </Card>
      <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.lists.draft.title')}</h2>}>
        {draft.isPending ? (
          <Skeleton active />
        ) : draft.isError ? (
          <ProblemAlert error={draft.error} />
        ) : draft.data.entries.length === 0 ? (
          <Empty description={t('org.lists.draft.empty')} />
        ) : (
          <Flex vertical gap={16}>
            {current &&
              (sameEntries(current.entries, draft.data.entries) ? (
                <Alert type="success" showIcon title={t('org.lists.draft.same')} />
              ) : (
                <Alert type="warning" showIcon title={t('org.lists.draft.changed', { version: current.version })} />
              ))}
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text type="secondary">{t('org.lists.draft.hint', { count: draft.data.entries.length, year })}</Typography.Text>
              {access.newsOffice && (
                <Button type="primary" icon={<SendOutlined />} disabled={!lists.data} onClick={() => setPublishing(true)}>
                  {current ? t('org.lists.correct') : t('org.lists.publish', { year })}
                </Button>
              )}
            </Flex>
            <EntryTable entries={draft.data.entries} />
          </Flex>
        )}
      </Card>
      {publishing && draft.data && (
        <PublishModal year={year} count={draft.data.entries.length} current={current ?? null} onClose={() => setPublishing(false)} />
      )}
    </Flex>
  );
}

function VersionLabel({ list }: { list: SpokespersonList }) {
  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text strong>{t('org.lists.versions.version', { version: list.version })}</Typography.Text>
      {list.supersededAt === null ? <Tag color="green">{t('org.lists.versions.current')}</Tag> : <Tag>{t('org.lists.versions.superseded')}</Tag>}
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {t('org.lists.versions.publishedAt', { at: formatDistrictDateTime(list.publishedAt) })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {t('org.lists.versions.entries', { count: list.entries.length })}
      </Typography.Text>
      {list.note && <Typography.Text type="secondary">{list.note}</Typography.Text>}
    </Flex>
  );
}

function Downloads({ list }: { list: SpokespersonList }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const download = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      await downloadFile(`/spokesperson-lists/${list.id}/document?format=${format}`, `${list.year}-${list.version}.${format}`);
    } catch (error) {
      void message.error(t('org.common.downloadFailed', { reason: problemText(error) }));
    } finally {
      setBusy(null);
    }
  };
  // The panel opens on a click anywhere in its header; the buttons are not part of that.
  return (
    <Flex gap={4} onClick={(e) => e.stopPropagation()}>
      <Button size="small" icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void download('docx')}>
        {t('org.lists.versions.word')}
      </Button>
      <Button size="small" icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
        {t('org.lists.versions.excel')}
      </Button>
    </Flex>
  );
}

function PublishModal({ year, count, current, onClose }: { year: number; count: number; current: SpokespersonList | null; onClose: () => void }) {
  const publish = usePublishList();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    setError(null);
    try {
      const list = await publish.mutateAsync({ year, note: note.trim() || null });
      void message.success(t('org.lists.published', { year, version: list.version }));
      onClose();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={current ? t('org.lists.confirm.correctTitle', { year }) : t('org.lists.confirm.publishTitle', { year })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('org.lists.confirm.ok')}
      confirmLoading={publish.isPending}
    >
      <Flex vertical gap={16}>
        {error !== null && <ProblemAlert error={error} />}
        <Typography.Paragraph style={{ margin: 0 }}>
          {current
            ? t('org.lists.confirm.correctBody', { count, version: current.version + 1, previous: current.version })
            : t('org.lists.confirm.publishBody', { count })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('org.lists.confirm.note')} style={{ marginBottom: 0 }}>
            <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} placeholder={t('org.lists.confirm.notePlaceholder')} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
