import { PersonBody } from '@fabutong/core/contract/units';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { POST_LABELS, POSTS, SINGLE_HOLDER_POSTS, type Post } from '@fabutong/core/rules/appointments';
import { districtDate } from '@fabutong/core/time';
import { Alert, App, Col, Form, Input, Modal, Row, Segmented, Select, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import type { Person, UnitDetail } from '../../../api/org-types';
import { setFieldErrors } from '../../../api/problem';
import { matches } from '../../../components/form-rules';
import { blankToNull, optionalMatches } from '../../../components/org/form-rules';
import IsoDatePicker from '../../../components/org/IsoDatePicker';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { usePeople } from '../units/api';
import { useCreateAppointment, useCreatePerson } from './api';

type Mode = 'existing' | 'new';

interface Values {
  personId?: number;
  name?: string;
  pressPhone?: string;
  officePhone?: string;
  mobile?: string;
  post: Post;
  title?: string;
  from: string;
  to?: string | null;
  filedWithMunicipalAt?: string | null;
}

/** The district leaders' posts belong to the district government (and the director to its news office). */
const UNIT_POSTS: readonly Post[] = ['principal', 'spokesperson', 'spokesperson_assistant', 'staff'];

const personLabel = (p: Person) => [p.name, p.pressPhone ?? p.officePhone].filter(Boolean).join(' · ');

/**
 * 任职: appoints an existing person, or one entered here, to a post of the unit. The server refuses a second
 * spokesperson or assistant whose term overlaps (A8.2); its refusal is shown as it says it, with the article.
 */
export default function AppointmentModal({ detail, defaultPost, onClose }: { detail: UnitDetail; defaultPost: Post; onClose: () => void }) {
  const { unit } = detail;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [mode, setMode] = useState<Mode>('existing');
  const [search, setSearch] = useState('');
  const people = usePeople(useDeferredValue(search.trim()));
  const createPerson = useCreatePerson();
  const createAppointment = useCreateAppointment();
  const [error, setError] = useState<unknown>(null);
  /** A person entered here whose appointment was then refused: kept, so a retry does not enter them twice. */
  const [entered, setEntered] = useState<Person | null>(null);
  const post = Form.useWatch('post', form) ?? defaultPost;

  const posts = unit.kind === 'district_gov' || unit.kind === 'news_office' ? POSTS : UNIT_POSTS;
  const holder = SINGLE_HOLDER_POSTS.includes(post) ? detail.current.find((a) => a.post === post) : undefined;
  const options = [...(entered ? [entered] : []), ...(people.data?.items.filter((p) => p.id !== entered?.id) ?? [])].map((p) => ({
    value: p.id,
    label: personLabel(p),
  }));

  const save = async (values: Values) => {
    setError(null);
    try {
      let personId = values.personId;
      if (mode === 'new') {
        const person = await createPerson.mutateAsync({
          name: values.name!.trim(),
          pressPhone: blankToNull(values.pressPhone),
          officePhone: blankToNull(values.officePhone),
          mobile: blankToNull(values.mobile),
        });
        setEntered(person);
        personId = person.id;
        // From here on the person exists: a refusal below leaves them chosen, not entered again.
        setMode('existing');
        form.setFieldsValue({ personId: person.id });
      }
      const appointment = await createAppointment.mutateAsync({
        personId: personId!,
        unitId: unit.id,
        post: values.post,
        title: blankToNull(values.title),
        from: values.from,
        to: values.to ?? null,
        filedWithMunicipalAt: values.filedWithMunicipalAt ?? null,
      });
      void message.success(t('org.appointment.saved', { name: appointment.personName, post: POST_LABELS[appointment.post] }));
      onClose();
    } catch (err) {
      setError(err);
      setFieldErrors(form, err);
    }
  };

  return (
    <Modal
      open
      title={t('org.appointment.title', { unit: unit.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('org.appointment.submit')}
      confirmLoading={createPerson.isPending || createAppointment.isPending}
      width={640}
    >
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={{ post: defaultPost, from: districtDate(new Date()) }}>
        {error !== null && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={error} />
            {entered && mode === 'existing' && (
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
                {t('org.appointment.personCreated', { name: entered.name })}
              </Typography.Text>
            )}
          </div>
        )}
        <Form.Item label={t('org.appointment.personMode')} style={{ marginBottom: 12 }}>
          <Segmented<Mode>
            value={mode}
            onChange={setMode}
            options={[
              { value: 'existing', label: t('org.appointment.existing') },
              { value: 'new', label: t('org.appointment.newPerson') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="personId" label={t('org.appointment.person')} rules={[{ required: true, message: t('org.appointment.personRequired') }]}>
            <Select<number>
              showSearch={{ filterOption: false, onSearch: setSearch }}
              options={options}
              loading={people.isFetching}
              placeholder={t('org.appointment.personSearch')}
              notFoundContent={people.isFetching ? undefined : t('org.appointment.personNotFound')}
            />
          </Form.Item>
        ) : (
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="name" label={t('org.appointment.newName')} required rules={[matches(PersonBody.shape.name)]}>
                <Input autoComplete="off" maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="pressPhone" label={t('org.appointment.pressPhone')} extra={t('org.appointment.pressPhoneHint')} rules={[optionalMatches(PersonBody.shape.pressPhone)]}>
                <Input autoComplete="off" inputMode="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="officePhone" label={t('org.appointment.officePhone')} rules={[optionalMatches(PersonBody.shape.officePhone)]}>
                <Input autoComplete="off" inputMode="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="mobile" label={t('org.appointment.mobile')} rules={[optionalMatches(PersonBody.shape.mobile)]}>
                <Input autoComplete="off" inputMode="tel" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="post" label={t('org.appointment.post')} rules={[{ required: true, message: t('org.appointment.postRequired') }]}>
              <Select<Post> options={posts.map((p) => ({ value: p, label: POST_LABELS[p] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="title" label={t('org.appointment.jobTitle')}>
              <Input autoComplete="off" placeholder={t('org.appointment.jobTitlePlaceholder')} maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="from" label={t('org.appointment.from')} rules={[{ required: true, message: t('org.appointment.fromRequired') }]}>
              <IsoDatePicker />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="to" label={t('org.appointment.to')} extra={t('org.appointment.toHint')}>
              <IsoDatePicker />
            </Form.Item>
          </Col>
          {unit.kind === 'district_gov' && post === 'spokesperson' && (
            <Col xs={24}>
              <Form.Item name="filedWithMunicipalAt" label={t('org.appointment.filed')} extra={t('org.appointment.filedHint', { article: ARTICLES['A8.2'].article })}>
                <IsoDatePicker />
              </Form.Item>
            </Col>
          )}
        </Row>
        {holder && error === null && (
          <Alert
            type="info"
            showIcon
            title={t('org.appointment.singleHolder', { post: POST_LABELS[post], name: holder.personName, from: holder.from, article: ARTICLES['A8.2'].article })}
          />
        )}
      </Form>
    </Modal>
  );
}
