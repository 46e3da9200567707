import { districtDate } from '@fabutong/core/time';
import { Alert, Button, Flex, Form, InputNumber } from 'antd';
import dayjs from 'dayjs';
import IsoDatePicker from '../../../components/org/IsoDatePicker';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useWorkdayOffset } from './api';

interface Values {
  from: string;
  workdays: number;
}

/** 工作日推算: a date and a number of workdays to the date the deadlines use, warning when a year's schedule is still missing. */
export default function OffsetTool() {
  const offset = useWorkdayOffset();
  const asked = offset.variables;
  const weekday = (date: string) => dayjs(date).format('dddd');

  return (
    <Flex vertical gap={12}>
      <Form<Values>
        layout="inline"
        initialValues={{ from: districtDate(new Date()), workdays: 10 }}
        onFinish={(values) => offset.mutate(values)}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="from" label={t('org.calendar.offset.from')} rules={[{ required: true, message: t('org.calendar.offset.fromRequired') }]}>
          <IsoDatePicker allowClear={false} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="workdays" label={t('org.calendar.offset.workdays')} tooltip={t('org.calendar.offset.workdaysHint')} rules={[{ required: true, message: t('org.calendar.offset.workdaysRequired') }]}>
          <InputNumber<number> min={-1000} max={1000} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={offset.isPending}>
            {t('org.calendar.offset.compute')}
          </Button>
        </Form.Item>
      </Form>
      {offset.isError && <ProblemAlert error={offset.error} />}
      {offset.data && asked && (
        <Alert
          type={offset.data.provisional ? 'warning' : 'success'}
          showIcon
          title={
            asked.workdays >= 0
              ? t('org.calendar.offset.result', { from: asked.from, n: asked.workdays, date: offset.data.date, weekday: weekday(offset.data.date) })
              : t('org.calendar.offset.resultBefore', { from: asked.from, n: -asked.workdays, date: offset.data.date, weekday: weekday(offset.data.date) })
          }
          description={offset.data.provisional ? t('org.calendar.offset.provisional') : undefined}
        />
      )}
    </Flex>
  );
}
