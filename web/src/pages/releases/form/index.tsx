import { InfoCircleOutlined } from '@ant-design/icons';
import { RELEASE_STATUSES, RELEASE_STATUS_LABELS, ReleaseBody } from '@fabutong/core/contract/releases';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { POST_LABELS, type Post } from '@fabutong/core/rules/appointments';
import {
  CONTENT_CATEGORIES,
  CONTENT_CATEGORY_LABELS,
  CONTENT_CATEGORY_RULES,
  IN_NAME_OF,
  IN_NAME_OF_LABELS,
  ORGANIZERS,
  ORGANIZER_LABELS,
  RELEASE_FORMS,
  RISK_LEVELS,
  RISK_LEVEL_LABELS,
  type ReleaseForm,
} from '@fabutong/core/rules/vocabulary';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Grid, Input, Radio, Result, Row, Select, Switch, Typography, theme } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import type { FieldProblem, Release } from '../../../api/release-types';
import { matches } from '../../../components/form-rules';
import { useCurrentUser } from '../../../components/layout/current-user';
import PageLoading from '../../../components/PageLoading';
import ProblemAlert from '../../../components/ProblemAlert';
import { idParam, useActiveRuleSet, useOutlets, usePlatforms, useRelease, useReleasingUnits, useUnitDetail } from '../../../components/releases/api';
import { DATE_TIME_FORMAT, districtToday } from '../../../components/releases/district-time';
import PersonPicker, { type PersonSuggestion } from '../../../components/releases/PersonPicker';
import { formLabel } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { useSaveRelease } from './api';
import OutletsField from './OutletsField';
import ParticipantsField from './ParticipantsField';
import { bodyOf, fieldProblems, newValues, showFieldProblems, valuesOf, withArticle, type Values } from './values';

/** `/releases/new` and `/releases/:id/edit`. */
export default function ReleaseFormPage() {
  const { id: idText } = useParams();
  const id = idParam(idText);
  const release = useRelease(id);
  if (idText !== undefined && id === undefined) return <NotFound />;
  if (id !== undefined) {
    if (release.isPending) return <PageLoading />;
    if (release.isError) return <ProblemAlert error={release.error} />;
  }
  // A new form for every release: the router keeps this component when going from one to another.
  return <ReleaseEditor key={id ?? 'new'} release={release.data ?? null} />;
}

function NotFound() {
  return (
    <Result
      status="404"
      title={t('releases.detail.notFound')}
      extra={
        <Link to="/releases">
          <Button>{t('releases.detail.backToRegister')}</Button>
        </Link>
      }
    />
  );
}

/** Until the rule set is loaded: the forms of the Wulong 2021 set (A6, A13.7). */
const QA_FORMS: readonly ReleaseForm[] = ['press_conference'];
const RISK_FORMS: readonly ReleaseForm[] = ['press_conference', 'press_briefing', 'background_briefing'];
const GOING_OUT = ['held', 'published'];

function ReleaseEditor({ release }: { release: Release | null }) {
  const { access } = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const save = useSaveRelease(release?.id);
  const ruleSet = useActiveRuleSet();
  const units = useReleasingUnits();
  const outlets = useOutlets();
  const platforms = usePlatforms();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const narrow = Grid.useBreakpoint().md === false;
  const [refusal, setRefusal] = useState<unknown>(null);
  const refusalRef = useRef<HTMLDivElement>(null);

  const { token } = theme.useToken();
  const [initialValues] = useState(() => (release ? valuesOf(release) : newValues(undefined)));
  const ownUnits = (units.data ?? []).filter((u) => access.newsOffice || access.unitIds.includes(u.id));
  const onlyUnit = ownUnits.length === 1 ? ownUnits[0]!.id : undefined;
  useEffect(() => {
    if (!release && onlyUnit !== undefined && form.getFieldValue('unitId') === undefined) form.setFieldValue('unitId', onlyUnit);
  }, [release, onlyUnit, form]);

  const unitId = Form.useWatch('unitId', form);
  const releaseForm = Form.useWatch('form', form);
  const isPublic = Form.useWatch('isPublic', form) ?? true;
  const status = Form.useWatch('status', form);
  const startsAt = Form.useWatch('startsAt', form);
  const date = startsAt ? startsAt.format('YYYY-MM-DD') : districtToday();

  const needsQa = !!releaseForm && (ruleSet.data?.formsRequiringQa ?? QA_FORMS).includes(releaseForm);
  const needsRisk = !!releaseForm && (ruleSet.data?.formsRequiringRiskAssessment ?? RISK_FORMS).includes(releaseForm);
  const goingOut = GOING_OUT.includes(status ?? 'planned');

  // The people a release usually names: the unit's post holders, the district leaders and the news office director.
  const unit = useUnitDetail(unitId);
  const gov = useUnitDetail(units.data?.find((u) => u.kind === 'district_gov')?.id);
  const newsOffice = useUnitDetail(units.data?.find((u) => u.kind === 'news_office')?.id);
  const suggestions = useMemo<PersonSuggestion[]>(() => {
    const list: PersonSuggestion[] = [];
    for (const detail of [unit.data, gov.data, newsOffice.data]) {
      if (!detail) continue;
      const unitName = detail.unit.shortName ?? detail.unit.name;
      for (const a of detail.current) {
        const post = POST_LABELS[a.post];
        list.push({ personId: a.personId, name: a.personName, note: `${unitName}${post}${a.title && a.title !== post ? `（${a.title}）` : ''}` });
      }
    }
    return list;
  }, [unit.data, gov.data, newsOffice.data]);
  const knownNames = useMemo(() => new Map((release?.participants ?? []).map((p) => [p.personId, p.personName])), [release]);

  // Choosing a unit suggests its principal, spokesperson and (as main speaker) its spokesperson (A13.7).
  const prefilledFor = useRef(release?.unitId);
  useEffect(() => {
    const detail = unit.data;
    if (!detail || detail.unit.id !== unitId || prefilledFor.current === unitId) return;
    prefilledFor.current = unitId;
    const holder = (post: Post) => detail.current.find((a) => a.post === post)?.personId ?? null;
    const spokesperson = holder('spokesperson');
    const risk = form.getFieldValue('riskAssessment') as Values['riskAssessment'];
    const rows = (form.getFieldValue('participants') as Values['participants']).filter((p) => p.personId);
    if (rows.length === 0 && spokesperson) form.setFieldValue('participants', [{ personId: spokesperson, part: 'main_speaker' }]);
    const mainSpeaker = rows.length === 0 ? spokesperson : (rows.find((p) => p.part === 'main_speaker')?.personId ?? risk.mainSpeakerId);
    form.setFieldValue('riskAssessment', { ...risk, principalId: holder('principal'), spokespersonId: spokesperson, mainSpeakerId: mainSpeaker ?? null });
  }, [unit.data, unitId, form]);

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    // A form that must answer journalists' questions starts with the Q&A on (A6).
    if (changed.form && (ruleSet.data?.formsRequiringQa ?? QA_FORMS).includes(changed.form)) form.setFieldValue('qa', true);
    if (changed.participants) {
      // The answerable main speaker is the one who actually speaks (A13.7).
      const mainSpeakers = all.participants.filter((p) => p.part === 'main_speaker' && p.personId).map((p) => p.personId!);
      if (mainSpeakers.length === 1 && !mainSpeakers.includes(all.riskAssessment.mainSpeakerId ?? 0)) {
        form.setFieldValue(['riskAssessment', 'mainSpeakerId'], mainSpeakers[0]);
      }
    }
  };

  const submit = async (values: Values) => {
    setRefusal(null);
    try {
      const saved = await save.mutateAsync(bodyOf(values, needsRisk));
      void message.success(release ? t('releases.form.saved') : t('releases.form.created'));
      await navigate(`/releases/${saved.id}`);
    } catch (error) {
      setRefusal(error);
      showFieldProblems(form, fieldProblems(error));
      requestAnimationFrame(() => refusalRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
    }
  };

  const section = (title: string, children: ReactNode, extra?: ReactNode) => (
    <Card role="region" aria-label={title} size="small" title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{title}</h2>} extra={extra} styles={{ body: { paddingBottom: 0 } }}>
      {children}
    </Card>
  );

  const half = { xs: 24, md: 12 };

  return (
    <Card
      title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{release ? t('releases.form.editTitle', { title: release.title }) : t('releases.form.createTitle')}</h1>}
      styles={narrow ? { header: { paddingInline: 12 }, body: { padding: 12 } } : undefined}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={submit}
        onKeyDown={keepEnterInField}
        scrollToFirstError
      >
        <Flex vertical gap={16} style={{ maxWidth: 1040 }}>
          <div ref={refusalRef}>{refusal !== null && <Refusal error={refusal} />}</div>

          {section(
            t('releases.form.sections.basic'),
            <Row gutter={16}>
              <Col {...half}>
                <Form.Item name="unitId" label={t('releases.form.unit')} rules={[{ required: true, message: t('releases.form.unitRequired') }]}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={units.isPending}
                    placeholder={t('releases.form.unitPlaceholder')}
                    options={ownUnits.map((u) => ({ value: u.id, label: u.shortName ? `${u.shortName}（${u.name}）` : u.name }))}
                  />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="form" label={t('releases.form.form')} rules={[{ required: true, message: t('releases.form.formRequired') }]}>
                  <Select placeholder={t('releases.form.formPlaceholder')} options={RELEASE_FORMS.map((f) => ({ value: f, label: formLabel(f) }))} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="title" label={t('releases.form.title')} required rules={[matches(ReleaseBody.shape.title)]}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="startsAt" label={t('releases.form.startsAt')} rules={[{ required: true, message: t('releases.form.startsAtRequired') }]} extra={t('releases.form.startsAtHint')}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} needConfirm={false} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="venue" label={t('releases.form.venue')}>
                  <Input maxLength={200} placeholder={t('releases.form.venuePlaceholder')} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="categories" label={t('releases.form.categories')} rules={[{ required: true, message: t('releases.form.categoriesRequired') }]}>
                  <Checkbox.Group
                    options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: <span title={ARTICLES[CONTENT_CATEGORY_RULES[c]].article}>{CONTENT_CATEGORY_LABELS[c]}</span> }))}
                  />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="inNameOf" label={t('releases.form.inNameOf')}>
                  <Select options={IN_NAME_OF.map((v) => ({ value: v, label: IN_NAME_OF_LABELS[v] }))} />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="organizer" label={t('releases.form.organizer')}>
                  <Select options={ORGANIZERS.map((v) => ({ value: v, label: ORGANIZER_LABELS[v] }))} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item
                  name="qa"
                  label={t('releases.form.qa')}
                  valuePropName="checked"
                  required={needsQa}
                  extra={needsQa ? <RuleNote rule="A6" text={t('releases.form.qaRequired')} /> : t('releases.form.qaOptional')}
                >
                  <Switch checkedChildren={t('releases.form.on')} unCheckedChildren={t('releases.form.off')} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="summary" label={t('releases.form.summary')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
                </Form.Item>
              </Col>
            </Row>,
          )}

          {section(
            t('releases.form.sections.participants'),
            <Form.Item extra={t('releases.form.participants.hint')}>
              <ParticipantsField suggestions={suggestions} knownNames={knownNames} />
            </Form.Item>,
          )}

          {needsRisk &&
            section(
              t('releases.form.sections.risk'),
              <>
                <RuleNote rule="A13.7" text={goingOut ? t('releases.form.risk.requiredNow') : t('releases.form.risk.requiredLater')} />
                <Row gutter={16} style={{ marginTop: 12 }}>
                  <Col xs={24} md={8}>
                    <Form.Item name={['riskAssessment', 'topicReviewed']} valuePropName="checked" style={{ marginBottom: 8 }}>
                      <Checkbox>{t('releases.form.risk.topicReviewed')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['riskAssessment', 'contentReviewed']} valuePropName="checked" style={{ marginBottom: 8 }}>
                      <Checkbox>{t('releases.form.risk.contentReviewed')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['riskAssessment', 'formReviewed']} valuePropName="checked" style={{ marginBottom: 8 }}>
                      <Checkbox>{t('releases.form.risk.formReviewed')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name={['riskAssessment', 'riskLevel']} label={t('releases.form.risk.level')}>
                      <Radio.Group options={RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['riskAssessment', 'principalId']} label={t('releases.form.risk.principal')}>
                      <PersonPicker suggestions={suggestions} knownNames={knownNames} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['riskAssessment', 'spokespersonId']} label={t('releases.form.risk.spokesperson')}>
                      <PersonPicker suggestions={suggestions} knownNames={knownNames} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['riskAssessment', 'mainSpeakerId']} label={t('releases.form.risk.mainSpeaker')}>
                      <PersonPicker suggestions={suggestions} knownNames={knownNames} />
                    </Form.Item>
                  </Col>
                </Row>
              </>,
            )}

          {section(
            t('releases.form.sections.media'),
            <>
              <RuleNote rule="A13.7" text={t('releases.form.outlets.hint')} />
              <Form.Item style={{ marginTop: 12 }}>
                <OutletsField outlets={outlets.data?.items ?? []} date={date} />
              </Form.Item>
              <Form.Item name="platformIds" label={t('releases.form.platforms')}>
                <Checkbox.Group options={(platforms.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))} />
              </Form.Item>
            </>,
          )}

          {section(
            t('releases.form.sections.review'),
            <Row gutter={16}>
              <Col span={24}>
                <RuleNote rule="A18.5" text={t('releases.form.review.hint')} />
              </Col>
              <Col {...half} style={{ marginTop: 12 }}>
                <Form.Item
                  name={['confidentialityReview', 'reviewer']}
                  label={t('releases.form.review.reviewer')}
                  dependencies={[['confidentialityReview', 'reviewedAt']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_rule, value: string | null | undefined) => {
                        if (!value?.trim() && getFieldValue(['confidentialityReview', 'reviewedAt'])) throw new Error(t('releases.form.review.reviewerRequired'));
                      },
                    }),
                  ]}
                >
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col {...half} style={{ marginTop: narrow ? 0 : 12 }}>
                <Form.Item
                  name={['confidentialityReview', 'reviewedAt']}
                  label={t('releases.form.review.reviewedAt')}
                  dependencies={[['confidentialityReview', 'reviewer']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_rule, value: unknown) => {
                        if (!value && (getFieldValue(['confidentialityReview', 'reviewer']) as string | undefined)?.trim()) {
                          throw new Error(t('releases.form.review.reviewedAtRequired'));
                        }
                      },
                    }),
                  ]}
                >
                  <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} needConfirm={false} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="isPublic" label={t('releases.form.isPublic')} valuePropName="checked">
                  <Switch checkedChildren={t('releases.form.public')} unCheckedChildren={t('releases.form.notPublic')} />
                </Form.Item>
              </Col>
              {!isPublic && (
                <Col span={24}>
                  <Form.Item name="notPublicReason" label={t('releases.form.notPublicReason')} required extra={<RuleNote rule="A4.2" text={t('releases.form.notPublicHint')} />}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
                  </Form.Item>
                </Col>
              )}
            </Row>,
          )}

          {section(
            t('releases.form.sections.status'),
            <>
              <Form.Item
                name="status"
                label={t('releases.form.status')}
                extra={access.approveReleases ? t('releases.form.statusHint') : <RuleNote rule="A17" text={t('releases.form.statusApproverOnly')} />}
              >
                <Radio.Group
                  optionType="button"
                  options={RELEASE_STATUSES.map((s) => ({ value: s, label: RELEASE_STATUS_LABELS[s], disabled: GOING_OUT.includes(s) && !access.approveReleases }))}
                />
              </Form.Item>
              {goingOut && (
                <Form.Item name="opinionReaction" label={t('releases.form.opinionReaction')} extra={t('releases.form.opinionReactionHint')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
                </Form.Item>
              )}
              <Form.Item name="body" label={t('releases.form.body')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
              </Form.Item>
              <Form.Item name="transcript" label={t('releases.form.transcript')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} />
              </Form.Item>
            </>,
          )}

          <Flex
            gap={8}
            justify="flex-end"
            style={{ position: 'sticky', bottom: 0, zIndex: 2, padding: '12px 0', background: token.colorBgContainer, borderTop: `1px solid ${token.colorBorderSecondary}` }}
          >
            <Button onClick={() => void navigate(release ? `/releases/${release.id}` : '/releases')}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Card>
  );
}

/**
 * Enter confirms a date or a choice; it must not send a long form half filled in. The
 * field has already taken the key when it reaches the form; only the browser's implicit
 * submission is stopped. Buttons and text areas keep their own Enter.
 */
function keepEnterInField(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

/** A short line of the measures that a section answers to, with its article. */
function RuleNote({ rule, text }: { rule: keyof typeof ARTICLES; text: string }) {
  return (
    <Typography.Text type="secondary">
      <InfoCircleOutlined /> {text}（{t('problem.basis', { article: ARTICLES[rule].article })}）
    </Typography.Text>
  );
}

/** The server's refusal: its title, then every reason with the article it rests on. */
function Refusal({ error }: { error: unknown }) {
  const problems: FieldProblem[] = fieldProblems(error);
  if (!(error instanceof ApiError) || problems.length === 0) return <ProblemAlert error={error} />;
  // The title already names the article of the first rule ("不符合第六条（一）的规定").
  const { title } = error.problem;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p, i) => (
            <li key={`${p.path}-${i}`}>{withArticle(p)}</li>
          ))}
        </ul>
      }
    />
  );
}
