import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { addDays } from '@fabutong/core/rules/calendar';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Button, Card, Flex, Form, Input, List, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { setFieldErrors } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { useBookings, useCreateVenue, useVenues } from '../../../components/conferences/api';
import { ConferenceStatusTag } from '../../../components/conferences/tags';
import type { BookingWeek, Venue } from '../../../components/conferences/types';
import { districtToday } from '../../../components/releases/district-time';
import { t } from '../../../locales';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** A15.5: the venues and the week's bookings, one row per venue, one column per day. */
export default function VenuesPage() {
  const { access } = useCurrentUser();
  const [weekOf, setWeekOf] = useState(districtToday());
  const [adding, setAdding] = useState(false);
  const venues = useVenues();
  const bookings = useBookings(weekOf);
  const days = bookings.data ? Array.from({ length: 7 }, (_, i) => addDays(bookings.data.from, i)) : [];

  const columns: TableColumnsType<Venue> = [
    {
      title: t('conferences.venues.venue'),
      dataIndex: 'name',
      width: 160,
      fixed: 'left',
      render: (name: string, v) => (
        <Flex vertical>
          <Typography.Text strong>{name}</Typography.Text>
          {v.isCenter && <Tag color="red">{t('conferences.venues.center')}</Tag>}
        </Flex>
      ),
    },
    ...days.map((day, i) => ({
      title: `${t('conferences.venues.weekday', { d: WEEKDAYS[i]! })} ${day.slice(5)}`,
      key: day,
      width: 150,
      render: (_: unknown, v: Venue) => <DayCell items={(bookings.data?.items ?? []).filter((b) => b.venueId === v.id && formatDistrictDateTime(b.startsAt).startsWith(day))} />,
    })),
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={<h1 style={{ margin: 0, fontSize: 20 }}>{t('conferences.venues.title')}</h1>}
        extra={
          <Flex gap={8} align="center" wrap>
            <Button icon={<LeftOutlined />} aria-label={t('conferences.venues.previous')} onClick={() => setWeekOf(addDays(weekOf, -7))} />
            <Typography.Text>{bookings.data ? `${bookings.data.from} ~ ${bookings.data.to}` : ''}</Typography.Text>
            <Button icon={<RightOutlined />} aria-label={t('conferences.venues.next')} onClick={() => setWeekOf(addDays(weekOf, 7))} />
            <Button onClick={() => setWeekOf(districtToday())}>{t('conferences.venues.thisWeek')}</Button>
            {access.newsOffice && (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('conferences.venues.add')}
              </Button>
            )}
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">{t('conferences.rule.a155')}</Typography.Paragraph>
        {bookings.isError ? <ProblemAlert error={bookings.error} /> : <Table rowKey="id" columns={columns} dataSource={venues.data?.items.filter((v) => v.active)} pagination={false} loading={venues.isPending || bookings.isPending} scroll={{ x: 1200 }} bordered />}
      </Card>
      <VenueModal open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}

function DayCell({ items }: { items: BookingWeek['items'] }) {
  if (items.length === 0) return <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;
  return (
    <List
      size="small"
      split={false}
      dataSource={items}
      renderItem={(b) => (
        <List.Item style={{ padding: '2px 0' }}>
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">
              {formatDistrictDateTime(b.startsAt).slice(11)}–{formatDistrictDateTime(b.endsAt).slice(11)}
            </Typography.Text>
            <Link to={`/conferences/${b.conferenceId}`}>{b.title}</Link>
            <ConferenceStatusTag status={b.status} />
          </Flex>
        </List.Item>
      )}
    />
  );
}

function VenueModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; address?: string; note?: string }>();
  const create = useCreateVenue();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await create.mutateAsync({ name: v.name.trim(), address: v.address?.trim() || null, note: v.note?.trim() || null });
      form.resetFields();
      onClose();
    } catch (error) {
      setFieldErrors(form, error);
    }
  };
  return (
    <Modal open={open} title={t('conferences.venues.add')} onOk={() => void submit()} onCancel={onClose} confirmLoading={create.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('conferences.venues.addHint')}</Typography.Paragraph>
      {create.isError && <ProblemAlert error={create.error} />}
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('conferences.venues.venue')} rules={[{ required: true, min: 2, message: t('conferences.venues.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('conferences.venues.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t('conferences.venues.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
