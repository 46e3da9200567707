import { Alert, App, Button, Flex, Input, Modal, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ScheduleParse } from '../../../api/org-types';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useConfirmSchedule, usePreviewSchedule } from './api';
import { holidayRuns, monthDay, workdaysByName } from './schedule';

interface Row {
  key: string;
  kind: 'holiday' | 'workday';
  dates: string;
  name: string;
}

/** 录入放假安排: the State Council's notice pasted, read back for checking, then confirmed (which replaces the year's schedule). */
export default function ScheduleModal({ year, replaces, onClose }: { year: number; replaces: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ScheduleParse | null>(null);
  const preview = usePreviewSchedule(year);
  const confirm = useConfirmSchedule(year);

  const read = async () => {
    confirm.reset();
    setParsed(await preview.mutateAsync(text));
  };
  const save = async () => {
    if (!parsed) return;
    await confirm.mutateAsync({ holidays: parsed.holidays, makeupWorkdays: parsed.makeupWorkdays });
    void message.success(t('org.calendar.schedule.saved', { year }));
    onClose();
  };

  const rows: Row[] = parsed
    ? [
        ...holidayRuns(parsed.holidays).map((run) => ({
          key: `h-${run.from}`,
          kind: 'holiday' as const,
          dates:
            run.days === 1
              ? t('org.calendar.summary.holidaysOne', { from: monthDay(run.from, year) })
              : t('org.calendar.summary.holidays', { from: monthDay(run.from, year), to: monthDay(run.to, year), days: run.days }),
          name: run.name,
        })),
        ...workdaysByName(parsed.makeupWorkdays).map((group) => ({
          key: `w-${group.name}`,
          kind: 'workday' as const,
          dates: group.dates.map((d) => monthDay(d, year)).join('、'),
          name: group.name,
        })),
      ]
    : [];
  const usable = parsed !== null && parsed.errors.length === 0 && parsed.holidays.length > 0;

  return (
    <Modal
      open
      title={t('org.calendar.schedule.title', { year })}
      onCancel={onClose}
      width={720}
      footer={
        parsed === null ? (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" disabled={!text.trim()} loading={preview.isPending} onClick={() => void read().catch(() => {})}>
              {t('org.calendar.schedule.preview')}
            </Button>
          </Flex>
        ) : (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => setParsed(null)}>{t('org.calendar.schedule.edit')}</Button>
            <Button type="primary" disabled={!usable} loading={confirm.isPending} onClick={() => void save().catch(() => {})}>
              {t('org.calendar.schedule.confirm')}
            </Button>
          </Flex>
        )
      }
    >
      <Flex vertical gap={16}>
        <Steps
          size="small"
          responsive={false}
          titlePlacement="vertical"
          current={parsed === null ? 0 : 1}
          items={[{ title: t('org.calendar.schedule.steps.paste') }, { title: t('org.calendar.schedule.steps.preview') }]}
        />
        {replaces && <Alert type="warning" showIcon title={t('org.calendar.schedule.replaces', { year })} />}
        {preview.isError && <ProblemAlert error={preview.error} />}
        {confirm.isError && <ProblemAlert error={confirm.error} />}
        {parsed === null ? (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('org.calendar.schedule.textHint')}</Typography.Text>
            <Input.TextArea
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize={{ minRows: 10, maxRows: 18 }}
              maxLength={20_000}
              aria-label={t('org.calendar.schedule.text')}
              style={{ fontFamily: 'inherit' }}
            />
          </Flex>
        ) : (
          <Flex vertical gap={12}>
            {parsed.errors.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={t('org.calendar.schedule.errors', { count: parsed.errors.length })}
                description={
                  <Flex vertical>
                    {parsed.errors.map((e) => (
                      <span key={`${e.line}-${e.message}`}>{t('org.calendar.schedule.line', { line: e.line, message: e.message })}</span>
                    ))}
                  </Flex>
                }
              />
            )}
            {parsed.holidays.length === 0 ? (
              <Alert type="warning" showIcon title={t('org.calendar.schedule.nothing')} />
            ) : (
              <>
                <Typography.Text>
                  {t('org.calendar.schedule.parsed', { holidays: parsed.holidays.length, workdays: parsed.makeupWorkdays.length })}
                </Typography.Text>
                <Table<Row>
                  size="small"
                  pagination={false}
                  dataSource={rows}
                  columns={[
                    { title: t('org.calendar.schedule.columns.name'), dataIndex: 'name', width: 120 },
                    {
                      title: t('org.calendar.schedule.columns.kind'),
                      dataIndex: 'kind',
                      width: 100,
                      render: (kind: Row['kind']) =>
                        kind === 'holiday' ? <Tag color="red">{t('org.calendar.legend.holiday')}</Tag> : <Tag color="blue">{t('org.calendar.legend.workday')}</Tag>,
                    },
                    { title: t('org.calendar.schedule.columns.date'), dataIndex: 'dates' },
                  ]}
                />
              </>
            )}
          </Flex>
        )}
      </Flex>
    </Modal>
  );
}
