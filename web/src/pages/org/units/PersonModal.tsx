import { PersonBody } from '@fabutong/core/contract/units';
import { Alert, App, Col, Form, Input, Modal, Row } from 'antd';
import { useState } from 'react';
import type { Person } from '../../../api/org-types';
import { problemText, setFieldErrors } from '../../../api/problem';
import { matches } from '../../../components/form-rules';
import { blankToNull, optionalMatches } from '../../../components/org/form-rules';
import { t } from '../../../locales';
import { useUpdatePerson } from './api';

interface Values {
  name: string;
  pressPhone?: string;
  officePhone?: string;
  mobile?: string;
  email?: string;
  note?: string;
}


/** Correcting a person's name and contact details (the press phone is what the public list shows). */
export default function PersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const update = useUpdatePerson();
  const [error, setError] = useState<unknown>(null);

  const save = async (values: Values) => {
    setError(null);
    try {
      await update.mutateAsync({
        id: person.id,
        name: values.name.trim(),
        pressPhone: blankToNull(values.pressPhone),
        officePhone: blankToNull(values.officePhone),
        mobile: blankToNull(values.mobile),
        email: blankToNull(values.email),
        note: blankToNull(values.note),
      });
      void message.success(t('org.people.saved'));
      onClose();
    } catch (err) {
      setError(err);
      setFieldErrors(form, err);
    }
  };

  return (
    <Modal
      open
      title={t('org.people.editTitle', { name: person.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={update.isPending}
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          name: person.name,
          pressPhone: person.pressPhone ?? undefined,
          officePhone: person.officePhone ?? undefined,
          mobile: person.mobile ?? undefined,
          email: person.email ?? undefined,
          note: person.note ?? undefined,
        }}
      >
        {error !== null && <Alert type="error" showIcon title={problemText(error)} style={{ marginBottom: 16 }} />}
        <Form.Item name="name" label={t('org.people.columns.name')} required rules={[matches(PersonBody.shape.name)]}>
          <Input autoComplete="off" maxLength={30} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="pressPhone" label={t('org.people.columns.pressPhone')} rules={[optionalMatches(PersonBody.shape.pressPhone)]}>
              <Input autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="officePhone" label={t('org.people.columns.officePhone')} rules={[optionalMatches(PersonBody.shape.officePhone)]}>
              <Input autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="mobile" label={t('org.people.columns.mobile')} rules={[optionalMatches(PersonBody.shape.mobile)]}>
              <Input autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('org.people.columns.email')} rules={[optionalMatches(PersonBody.shape.email)]}>
              <Input autoComplete="off" inputMode="email" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('org.people.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
