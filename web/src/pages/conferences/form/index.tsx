import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { CONFERENCE_NAMES } from '@fabutong/core/contract/conferences';
import { ruleSetInForce } from '@fabutong/core/rules/ruleset';
import { CONTENT_CATEGORIES, CONTENT_CATEGORY_LABELS, IN_NAME_OF_LABELS, PARTICIPANT_PARTS, PARTICIPANT_PART_LABELS, RISK_LEVELS, RISK_LEVEL_LABELS } from '@fabutong/core/rules/vocabulary';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { setFieldErrors } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import PageLoading from '../../../components/PageLoading';
import ProblemAlert from '../../../components/ProblemAlert';
import { useConference, useLatestSubmission, useSaveConference, useVenues } from '../../../components/conferences/api';
import type { Conference, ConferenceInput } from '../../../components/conferences/types';
import PersonPicker, { type PersonSuggestion } from '../../../components/releases/PersonPicker';
import { idParam, useOutlets, useReleasingUnits, useUnitDetail } from '../../../components/releases/api';
import { DATE_TIME_FORMAT, districtInstant, districtToday, pickerValue } from '../../../components/releases/district-time';
import { t } from '../../../locales';

interface Values {
  unitId: number;
  title: string;
  inNameOf: 'district_gov' | 'news_office';
  kind: 'regular' | 'emergency';
  emergencyReason?: string;
  startsAt: Dayjs;
  durationMinutes: number;
  venueId: number;
  venueReason?: string;
  venueMeetsStandard?: boolean;
  participants: { personId: number | null; part: (typeof PARTICIPANT_PARTS)[number]; authorizedByUnit?: boolean }[];
  guests: { name: string; title?: string }[];
  outletIds: number[];
  majorMatter: boolean;
  chargeLeaderPersonId?: number | null;
  categories: (typeof CONTENT_CATEGORIES)[number][];
  summary?: string;
  releaseText: string;
  risk: ('topicReviewed' | 'contentReviewed' | 'formReviewed')[];
  riskLevel?: (typeof RISK_LEVELS)[number] | null;
}

const blank = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);

export default function ConferenceFormPage() {
  const { id: idText } = useParams();
  const id = idParam(idText);
  const existing = useConference(id);
  if (id !== undefined && existing.isPending) return <PageLoading />;
  if (existing.isError) return <ProblemAlert error={existing.error} />;
  return <ConferenceForm existing={existing.data} />;
}

function initialValues(c: Conference | undefined, unitId: number | undefined, venueId: number | undefined): Partial<Values> {
  if (!c) {
    return { unitId, inNameOf: 'news_office', kind: 'regular', durationMinutes: 60, venueId, participants: [], guests: [], outletIds: [], majorMatter: false, categories: ['disclosure'], releaseText: '', risk: [] };
  }
  const risk = c.riskAssessment;
  return {
    unitId: c.unitId,
    title: c.title,
    inNameOf: c.inNameOf,
    kind: c.kind === 'emergency' ? 'emergency' : 'regular',
    emergencyReason: c.emergencyReason ?? undefined,
    startsAt: pickerValue(c.startsAt),
    durationMinutes: c.durationMinutes,
    venueId: c.venueId,
    venueReason: c.venueReason ?? undefined,
    venueMeetsStandard: c.venueMeetsStandard,
    participants: c.participants.map((p) => ({ personId: p.personId, part: p.part, authorizedByUnit: p.authorizedByUnit })),
    guests: c.guests,
    outletIds: c.outlets.map((o) => o.outletId),
    majorMatter: c.majorMatter,
    chargeLeaderPersonId: c.chargeLeaderPersonId,
    categories: c.categories,
    summary: c.summary ?? undefined,
    releaseText: c.releaseText,
    risk: risk ? (['topicReviewed', 'contentReviewed', 'formReviewed'] as const).filter((k) => risk[k]) : [],
    riskLevel: risk?.riskLevel ?? null,
  };
}

function ConferenceForm({ existing }: { existing: Conference | undefined }) {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const units = useReleasingUnits();
  const venues = useVenues();
  const outlets = useOutlets();
  const save = useSaveConference(existing?.id);
  const myUnits = useMemo(() => (units.data ?? []).filter((u) => access.unitIds.includes(u.id)), [units.data, access.unitIds]);
  const center = venues.data?.items.find((v) => v.isCenter);

  const unitId = Form.useWatch('unitId', form);
  const startsAt = Form.useWatch('startsAt', form);
  const kind = Form.useWatch('kind', form);
  const venueId = Form.useWatch('venueId', form);
  const majorMatter = Form.useWatch('majorMatter', form);
  const inNameOf = Form.useWatch('inNameOf', form);

  const unit = units.data?.find((u) => u.id === unitId);
  const newsOffice = units.data?.find((u) => u.kind === 'news_office');
  const gov = units.data?.find((u) => u.kind === 'district_gov');
  const unitDetail = useUnitDetail(unitId);
  const officeDetail = useUnitDetail(newsOffice?.id);
  const govDetail = useUnitDetail(gov?.id);

  // A15.1: the latest submission date, from the same workday calendar the server enforces.
  const date = startsAt ? startsAt.format('YYYY-MM-DD') : null;
  const lead = date ? ruleSetInForce(date).conferenceSubmissionLeadWorkdays : 10;
  const latest = useLatestSubmission(date, lead);

  useEffect(() => {
    if (!existing && myUnits.length === 1 && form.getFieldValue('unitId') === undefined) form.setFieldValue('unitId', myUnits[0]!.id);
  }, [existing, myUnits, form]);
  useEffect(() => {
    if (!existing && center && form.getFieldValue('venueId') === undefined) form.setFieldValue('venueId', center.id);
  }, [existing, center, form]);

  // A new application starts with who A15.4 expects: the unit's principal speaking, the news office director hosting.
  useEffect(() => {
    if (existing || !unitDetail.data || !officeDetail.data) return;
    const participants = form.getFieldValue('participants') as Values['participants'] | undefined;
    if (participants && participants.length > 0) return;
    const principal = unitDetail.data.current.find((a) => a.post === 'principal');
    const director = officeDetail.data.current.find((a) => a.post === 'news_office_director');
    form.setFieldValue('participants', [
      ...(principal ? [{ personId: principal.personId, part: 'main_speaker' as const }] : []),
      ...(director ? [{ personId: director.personId, part: 'host' as const }] : []),
    ]);
  }, [existing, unitDetail.data, officeDetail.data, form]);

  const suggestions: PersonSuggestion[] = [
    ...(unitDetail.data?.current ?? []),
    ...(officeDetail.data?.current ?? []),
    ...(govDetail.data?.current ?? []),
  ].map((a) => ({ personId: a.personId, name: a.personName, note: `${a.unitName} · ${a.title ?? a.post}` }));
  const knownNames = new Map((existing?.participants ?? []).map((p) => [p.personId, p.personName]));
  const leaders = (govDetail.data?.current ?? [])
    .filter((a) => a.post === 'vice_district_head' || a.post === 'standing_vice_district_head')
    .map((a) => ({ personId: a.personId, name: a.personName, note: a.title ?? '' }));

  const submit = async (v: Values) => {
    const body: ConferenceInput = {
      unitId: v.unitId,
      title: v.title,
      inNameOf: v.inNameOf,
      kind: v.kind,
      emergencyReason: v.kind === 'emergency' ? blank(v.emergencyReason) : null,
      startsAt: districtInstant(v.startsAt),
      durationMinutes: v.durationMinutes,
      venueId: v.venueId,
      venueReason: blank(v.venueReason),
      venueMeetsStandard: Boolean(v.venueMeetsStandard),
      participants: v.participants.filter((p) => p.personId !== null).map((p) => ({ personId: p.personId!, part: p.part, authorizedByUnit: Boolean(p.authorizedByUnit) })),
      guests: (v.guests ?? []).filter((g) => g.name?.trim()).map((g) => ({ name: g.name.trim(), title: g.title?.trim() ?? '' })),
      outletIds: v.outletIds ?? [],
      majorMatter: v.majorMatter,
      chargeLeaderPersonId: v.majorMatter ? (v.chargeLeaderPersonId ?? null) : null,
      categories: v.categories,
      summary: blank(v.summary),
      releaseText: v.releaseText ?? '',
      riskAssessment: {
        topicReviewed: v.risk.includes('topicReviewed'),
        contentReviewed: v.risk.includes('contentReviewed'),
        formReviewed: v.risk.includes('formReviewed'),
        riskLevel: v.riskLevel ?? null,
      },
    };
    try {
      const saved = await save.mutateAsync(body);
      navigate(`/conferences/${saved.id}`);
    } catch (error) {
      setFieldErrors(form, error);
    }
  };

  const late = latest.data && kind !== 'emergency' && existing?.kind !== 'series' && districtToday() > latest.data.date;
  const selectedVenue = venues.data?.items.find((v) => v.id === venueId);

  return (
    <Card title={<h1 style={{ margin: 0, fontSize: 20 }}>{existing ? t('conferences.form.editTitle', { title: existing.title }) : t('conferences.form.createTitle')}</h1>}>
      <Form form={form} layout="vertical" initialValues={initialValues(existing, undefined, center?.id)} onFinish={(v) => void submit(v)} scrollToFirstError>
        {save.isError && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={save.error} />
          </div>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('conferences.form.unit')} rules={[{ required: true, message: t('conferences.form.unitRequired') }]}>
              <Select disabled={Boolean(existing)} options={(existing ? (units.data ?? []) : myUnits).map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="inNameOf" label={t('conferences.form.inNameOf')}>
              <Radio.Group options={CONFERENCE_NAMES.map((n) => ({ value: n, label: IN_NAME_OF_LABELS[n] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('conferences.form.title')} rules={[{ required: true, min: 4, message: t('conferences.form.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="startsAt"
              label={t('conferences.form.startsAt')}
              rules={[{ required: true, message: t('conferences.form.startsAtRequired') }]}
              extra={
                latest.data ? (
                  <Typography.Text type={late ? 'danger' : 'secondary'} data-testid="latest-submission">
                    {t('conferences.form.latestSubmission', { date: latest.data.date, lead })}
                    {latest.data.provisional && ` ${t('conferences.form.provisional')}`}
                  </Typography.Text>
                ) : undefined
              }
            >
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} aria-label={t('conferences.form.startsAt')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="durationMinutes" label={t('conferences.form.duration')}>
              <InputNumber min={15} max={480} step={15} addonAfter={t('conferences.form.minutes')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="kind" label={t('conferences.form.kind')}>
              <Select
                disabled={existing?.kind === 'series'}
                options={[
                  { value: 'regular', label: t('conferences.kind.regular') },
                  { value: 'emergency', label: t('conferences.kind.emergency') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        {late && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('conferences.form.late', { date: latest.data!.date })} />}
        {latest.data?.provisional && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('conferences.form.provisionalHint')} />}
        {kind === 'emergency' && (
          <Form.Item name="emergencyReason" label={t('conferences.form.emergencyReason')} rules={[{ required: true, message: t('conferences.form.emergencyReasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        <Form.Item name="venueId" label={t('conferences.form.venue')} rules={[{ required: true }]} extra={t('conferences.rule.a155')}>
          <Select options={venues.data?.items.filter((v) => v.active).map((v) => ({ value: v.id, label: v.isCenter ? `${v.name}（${t('conferences.venues.center')}）` : v.name }))} />
        </Form.Item>
        {selectedVenue && !selectedVenue.isCenter && (
          <>
            <Form.Item name="venueReason" label={t('conferences.form.venueReason')} rules={[{ required: true, message: t('conferences.form.venueReasonRequired') }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="venueMeetsStandard" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('conferences.form.venueStandardRequired')))) }]}>
              <Checkbox>{t('conferences.form.venueMeetsStandard')}</Checkbox>
            </Form.Item>
          </>
        )}

        <Typography.Title level={5}>{t('conferences.form.participants')}</Typography.Title>
        <Typography.Paragraph type="secondary">{inNameOf === 'district_gov' ? t('conferences.rule.a154gov') : t('conferences.rule.a154office')}</Typography.Paragraph>
        <Form.List name="participants">
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map(({ key, name }, index) => (
                <Flex key={key} gap={8} align="flex-start" wrap>
                  <Form.Item name={[name, 'personId']} rules={[{ required: true, message: t('conferences.form.personRequired') }]} style={{ flex: '1 1 240px', marginBottom: 0 }}>
                    <PersonPicker suggestions={suggestions} knownNames={knownNames} aria-label={t('conferences.form.person', { n: index + 1 })} />
                  </Form.Item>
                  <Form.Item name={[name, 'part']} style={{ flex: '0 0 120px', marginBottom: 0 }}>
                    <Select aria-label={t('conferences.form.part', { n: index + 1 })} options={PARTICIPANT_PARTS.map((p) => ({ value: p, label: PARTICIPANT_PART_LABELS[p] }))} />
                  </Form.Item>
                  <Form.Item name={[name, 'authorizedByUnit']} valuePropName="checked" style={{ marginBottom: 0 }}>
                    <Checkbox>{t('conferences.form.authorized')}</Checkbox>
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('conferences.form.removePerson')} onClick={() => remove(name)} />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ personId: null, part: 'speaker' })}>
                {t('conferences.form.addPerson')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.List name="guests">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map(({ key, name }) => (
                <Flex key={key} gap={8} wrap>
                  <Form.Item name={[name, 'name']} rules={[{ required: true, min: 2, message: t('conferences.form.guestName') }]} style={{ flex: '0 0 160px', marginBottom: 0 }}>
                    <Input placeholder={t('conferences.form.guestName')} />
                  </Form.Item>
                  <Form.Item name={[name, 'title']} style={{ flex: '1 1 240px', marginBottom: 0 }}>
                    <Input placeholder={t('conferences.form.guestTitle')} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('conferences.form.removePerson')} onClick={() => remove(name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', title: '' })}>
                {t('conferences.form.addGuest')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="outletIds" label={t('conferences.form.outlets')}>
          <Select mode="multiple" optionFilterProp="label" options={outlets.data?.items.filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>

        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="majorMatter" label={t('conferences.form.majorMatter')} valuePropName="checked" extra={unit && ['township', 'subdistrict'].includes(unit.kind) ? t('conferences.form.noEscalation') : t('conferences.rule.a153')}>
              <Switch />
            </Form.Item>
          </Col>
          {majorMatter && unit && !['township', 'subdistrict'].includes(unit.kind) && (
            <Col xs={24} md={16}>
              <Form.Item name="chargeLeaderPersonId" label={t('conferences.form.chargeLeader')} rules={[{ required: true, message: t('conferences.form.chargeLeaderRequired') }]}>
                <PersonPicker suggestions={leaders} knownNames={new Map(existing?.chargeLeaderName && existing.chargeLeaderPersonId ? [[existing.chargeLeaderPersonId, existing.chargeLeaderName]] : [])} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item name="categories" label={t('conferences.form.categories')} rules={[{ required: true, message: t('conferences.form.categoriesRequired') }]}>
          <Select mode="multiple" options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: CONTENT_CATEGORY_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('conferences.form.summary')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="releaseText" label={t('conferences.form.releaseText')} extra={t('conferences.form.releaseTextHint')}>
          <Input.TextArea rows={10} maxLength={200_000} />
        </Form.Item>

        <Typography.Title level={5}>{t('conferences.form.risk')}</Typography.Title>
        <Form.Item name="risk" extra={t('conferences.rule.a137')}>
          <Checkbox.Group
            options={[
              { value: 'topicReviewed', label: t('conferences.form.topicReviewed') },
              { value: 'contentReviewed', label: t('conferences.form.contentReviewed') },
              { value: 'formReviewed', label: t('conferences.form.formReviewed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="riskLevel" label={t('conferences.form.riskLevel')}>
          <Select allowClear style={{ maxWidth: 240 }} options={RISK_LEVELS.map((r) => ({ value: r, label: RISK_LEVEL_LABELS[r] }))} />
        </Form.Item>

        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('conferences.form.save')}
          </Button>
          <Button onClick={() => navigate(existing ? `/conferences/${existing.id}` : '/conferences')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
