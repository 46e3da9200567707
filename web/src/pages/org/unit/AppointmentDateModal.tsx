import { ARTICLES } from '@fabutong/core/rules/articles';
import { POST_LABELS } from '@fabutong/core/rules/appointments';
import { addDays } from '@fabutong/core/rules/calendar';
import { districtDate } from '@fabutong/core/time';
import { Alert, App, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Appointment } from '../../../api/org-types';
import IsoDatePicker from '../../../components/org/IsoDatePicker';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useUpdateAppointment } from './api';

/** 离任 sets the last day in the post; 登记备案 records when the district government's spokesperson was filed with the municipal office (A8.2). */
export type DateAction = 'end' | 'file';

interface Values {
  date: string;
}

/** Yesterday, so a successor can start today without overlapping (A8.2); never before the term began. */
function lastDay(appointment: Appointment): string {
  const yesterday = addDays(districtDate(new Date()), -1);
  return yesterday < appointment.from ? appointment.from : yesterday;
}

export default function AppointmentDateModal({ appointment, action, onClose }: { appointment: Appointment; action: DateAction; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const update = useUpdateAppointment();
  const [error, setError] = useState<unknown>(null);
  const end = action === 'end';

  const save = async ({ date }: Values) => {
    setError(null);
    try {
      await update.mutateAsync(end ? { id: appointment.id, to: date } : { id: appointment.id, filedWithMunicipalAt: date });
      void message.success(end ? t('org.endAppointment.saved') : t('org.fileAppointment.saved'));
      onClose();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={
        end
          ? t('org.endAppointment.title', { name: appointment.personName, post: POST_LABELS[appointment.post] })
          : t('org.fileAppointment.title', { name: appointment.personName })
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={end ? t('org.endAppointment.submit') : t('org.fileAppointment.submit')}
      okButtonProps={{ danger: end }}
      confirmLoading={update.isPending}
    >
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={{ date: end ? lastDay(appointment) : (appointment.filedWithMunicipalAt ?? districtDate(new Date())) }}>
        {error !== null && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={error} />
          </div>
        )}
        <Alert
          type="info"
          showIcon
          title={end ? t('org.endAppointment.hint') : t('org.fileAppointment.hint', { article: ARTICLES['A8.2'].article })}
          style={{ marginBottom: 16 }}
        />
        <Form.Item
          name="date"
          label={end ? t('org.endAppointment.to') : t('org.fileAppointment.date')}
          rules={[{ required: true, message: end ? t('org.endAppointment.toRequired') : t('org.fileAppointment.dateRequired') }]}
        >
          <IsoDatePicker disabledDate={end ? (day) => day.isBefore(dayjs(appointment.from), 'day') : undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
