import { ArrowLeftOutlined, DownOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { POST_LABELS, POSTS, type Post } from '@fabutong/core/rules/appointments';
import { CONFERENCE_PERIOD_LABELS, UNIT_KIND_LABELS } from '@fabutong/core/units';
import { Alert, App, Button, Card, Descriptions, Dropdown, Flex, Grid, Skeleton, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Appointment, UnitDetail } from '../../../api/org-types';
import { problemText } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import { articleOf } from '../../../components/org/articles';
import UnitKindTag from '../../../components/org/UnitKindTag';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import UnitFormModal from '../units/UnitFormModal';
import AppointmentDateModal, { type DateAction } from './AppointmentDateModal';
import AppointmentModal from './AppointmentModal';
import { useDeleteUnit, useEndLeaderInCharge, useReactivateUnit, useRetireUnit, useUnitDetail } from './api';
import LeaderInChargeModal from './LeaderInChargeModal';

type Dialog = { kind: 'edit' } | { kind: 'appoint' } | { kind: 'leader' } | { kind: DateAction; appointment: Appointment } | null;

/** Kinds that name a press section (A7; A21 by reference) and hold spokespersons (A8.2). */
const RELEASING_KINDS = ['township', 'subdistrict', 'department', 'public_body'];
/** Kinds a district leader is in charge of (分管区领导, A13.2): not the district government itself. */
const LED_KINDS = ['news_office', ...RELEASING_KINDS];

const byPost = (a: Appointment, b: Appointment) => POSTS.indexOf(a.post) - POSTS.indexOf(b.post) || a.from.localeCompare(b.from);

export default function UnitPage() {
  const id = Number(useParams().id);
  // The page list has no way to keep this route out of the menu, whose link carries the literal `:id`.
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/units" replace />;
  return <UnitView key={id} id={id} />;
}

function BackLink() {
  return (
    <Link to="/units" style={{ alignSelf: 'flex-start' }}>
      <ArrowLeftOutlined /> {t('org.unit.backToList')}
    </Link>
  );
}

function UnitView({ id }: { id: number }) {
  const detail = useUnitDetail(id);
  if (detail.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (detail.isError) {
    return (
      <Flex vertical gap={16}>
        <BackLink />
        <ProblemAlert error={detail.error} />
      </Flex>
    );
  }
  return <Loaded detail={detail.data} />;
}

function Loaded({ detail }: { detail: UnitDetail }) {
  const { unit } = detail;
  const { access } = useCurrentUser();
  const canManage = access.manageOrganization;
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const retire = useRetireUnit();
  const reactivate = useReactivateUnit();
  const remove = useDeleteUnit();
  const endLeader = useEndLeaderInCharge();
  const region = unit.kind === 'city' || unit.kind === 'district';
  // On a phone a row of seven columns scrolls sideways; each holder reads better as a card.
  const narrow = Grid.useBreakpoint().md === false;

  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      void message.success(done);
      return true;
    } catch (error) {
      void message.error(problemText(error));
      return false;
    }
  };

  const confirmRetire = () =>
    modal.confirm({
      title: t('org.unit.retire'),
      content: t('org.unit.confirmRetire'),
      okButtonProps: { danger: true },
      onOk: () => act(() => retire.mutateAsync(unit.id), t('org.unit.retired')),
    });
  const confirmDelete = () =>
    modal.confirm({
      title: t('org.unit.delete'),
      content: t('org.unit.confirmDelete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        if (await act(() => remove.mutateAsync(unit.id), t('org.unit.deleted'))) void navigate('/units', { replace: true });
      },
    });

  const leader = detail.leaderInCharge;
  const confirmEndLeader = (name: string) =>
    modal.confirm({
      title: t('org.leaderInCharge.endTitle', { name }),
      content: t('org.leaderInCharge.endConfirm', { name }),
      okButtonProps: { danger: true },
      onOk: () => act(() => endLeader.mutateAsync({ unitId: unit.id }), t('org.leaderInCharge.ended')),
    });
  const leaderItem = {
    key: 'leader',
    label: t('org.unit.fields.leaderInCharge'),
    children: (
      <Flex gap={8} wrap align="center">
        {leader ? (
          <span>
            {leader.to
              ? t('org.unit.leaderInChargeTerm', { name: leader.personName, from: leader.from, to: leader.to })
              : t('org.unit.leaderInCharge', { name: leader.personName, from: leader.from })}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('org.unit.leaderInChargeNone')}</Typography.Text>
        )}
        {canManage && unit.active && (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDialog({ kind: 'leader' })}>
            {t('org.unit.actions.setLeader')}
          </Button>
        )}
        {canManage && leader && !leader.to && (
          <Button type="link" size="small" danger style={{ padding: 0 }} onClick={() => confirmEndLeader(leader.personName)}>
            {t('org.unit.actions.endLeader')}
          </Button>
        )}
      </Flex>
    ),
  };

  const missingSpokesperson = detail.gaps.some((g) => g.kind === 'missing_spokesperson');
  const missingAssistant = detail.gaps.some((g) => g.kind === 'missing_assistant');
  const defaultPost: Post = missingSpokesperson ? 'spokesperson' : missingAssistant ? 'spokesperson_assistant' : 'spokesperson';
  const districtGov = unit.kind === 'district_gov';
  const history = [...detail.history].sort((a, b) => b.from.localeCompare(a.from));

  const holderActions = (a: Appointment) => (
    <Flex gap={4} wrap>
      {districtGov && a.post === 'spokesperson' && (
        <Button type="link" size="small" onClick={() => setDialog({ kind: 'file', appointment: a })}>
          {t('org.unit.actions.file')}
        </Button>
      )}
      <Button type="link" size="small" danger onClick={() => setDialog({ kind: 'end', appointment: a })}>
        {t('org.unit.actions.end')}
      </Button>
    </Flex>
  );
  const filed = (a: Appointment) =>
    a.filedWithMunicipalAt ? <Tag color="green">{t('org.unit.filedOn', { date: a.filedWithMunicipalAt })}</Tag> : <Tag color="warning">{t('org.unit.notFiled')}</Tag>;

  const currentColumns: TableColumnsType<Appointment> = [
    { title: t('org.unit.columns.post'), dataIndex: 'post', width: 130, render: (post: Post) => <PostTag post={post} /> },
    { title: t('org.unit.columns.name'), dataIndex: 'personName', width: 100, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: t('org.unit.columns.title'), dataIndex: 'title', width: 140, render: (title: string | null) => title ?? t('common.empty') },
    { title: t('org.unit.columns.phones'), key: 'phones', width: 190, render: (_, a) => <Phones appointment={a} /> },
    {
      title: t('org.unit.columns.since'),
      key: 'since',
      width: 120,
      render: (_, a) => (a.to ? t('org.unit.term', { from: a.from, to: a.to }) : a.from),
    },
    ...(districtGov
      ? [
          {
            title: t('org.unit.columns.filed'),
            key: 'filed',
            width: 150,
            render: (_: unknown, a: Appointment) => (a.post === 'spokesperson' ? filed(a) : t('common.empty')),
          },
        ]
      : []),
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, a: Appointment) => holderActions(a),
          },
        ]
      : []),
  ];

  const historyColumns: TableColumnsType<Appointment> = [
    { title: t('org.unit.columns.post'), dataIndex: 'post', width: 130, render: (post: Post) => <PostTag post={post} muted /> },
    { title: t('org.unit.columns.name'), dataIndex: 'personName', width: 100 },
    { title: t('org.unit.columns.title'), dataIndex: 'title', width: 140, render: (title: string | null) => title ?? t('common.empty') },
    {
      title: t('org.unit.columns.term'),
      key: 'term',
      render: (_, a) => (a.to ? t('org.unit.term', { from: a.from, to: a.to }) : t('org.unit.termOpen', { from: a.from })),
    },
  ];

  const moreItems = unit.active
    ? [
        { key: 'retire', label: t('org.unit.retire'), onClick: confirmRetire },
        { key: 'delete', label: t('org.unit.delete'), danger: true, onClick: confirmDelete },
      ]
    : [
        { key: 'reactivate', label: t('org.unit.reactivate'), onClick: () => void act(() => reactivate.mutateAsync(unit.id), t('org.unit.reactivated')) },
        { key: 'delete', label: t('org.unit.delete'), danger: true, onClick: confirmDelete },
      ];

  return (
    <Flex vertical gap={16}>
      <BackLink />
      <Card
        title={
          <Flex gap={8} wrap align="center" style={{ padding: '12px 0' }}>
            <h1 style={{ margin: 0, fontSize: 'inherit', whiteSpace: 'normal' }}>{unit.name}</h1>
            {!region && <UnitKindTag kind={unit.kind} />}
            {!unit.active && <Tag style={{ marginInlineEnd: 0 }}>{t('org.units.retiredTag')}</Tag>}
          </Flex>
        }
        extra={
          canManage &&
          !region && (
            <Flex gap={8}>
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
                {t('org.unit.edit')}
              </Button>
              <Dropdown menu={{ items: moreItems }} trigger={['click']}>
                <Button aria-label={t('org.unit.more')} icon={<DownOutlined />} iconPlacement="end">
                  {t('org.unit.more')}
                </Button>
              </Dropdown>
            </Flex>
          )
        }
      >
        <Flex vertical gap={16}>
          {!unit.active && <Alert type="info" showIcon title={t('org.unit.retiredBanner')} />}
          {detail.gaps.map((gap) => (
            <Alert key={gap.kind} type="warning" showIcon title={gap.message} description={t('org.unit.gapBasis', { article: articleOf(gap.rule) })} />
          ))}
          <Descriptions
            column={{ xs: 1, sm: 2, xl: 3 }}
            size="small"
            items={[
              { key: 'parent', label: t('org.unit.fields.parent'), children: detail.parentName ?? t('common.empty') },
              { key: 'kind', label: t('org.unit.fields.kind'), children: UNIT_KIND_LABELS[unit.kind] },
              { key: 'short', label: t('org.unit.fields.shortName'), children: unit.shortName ?? t('common.empty') },
              ...(LED_KINDS.includes(unit.kind) ? [leaderItem] : []),
              {
                key: 'press',
                label: t('org.unit.fields.pressSection'),
                children:
                  unit.pressSectionName ??
                  (RELEASING_KINDS.includes(unit.kind) ? (
                    <Typography.Text type="warning">{t('org.unit.pressSectionMissing', { article: ARTICLES.A7.article })}</Typography.Text>
                  ) : (
                    t('common.empty')
                  )),
              },
              ...(unit.kind === 'department'
                ? [
                    { key: 'livelihood', label: t('org.unit.fields.livelihood'), children: unit.livelihoodRelated ? t('org.common.yes') : t('org.common.no') },
                    ...(unit.routineConferencePeriod
                      ? [{ key: 'period', label: t('org.unit.fields.period'), children: CONFERENCE_PERIOD_LABELS[unit.routineConferencePeriod] }]
                      : []),
                  ]
                : []),
            ]}
          />
        </Flex>
      </Card>
      <Card
        title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.unit.current.title')}</h2>}
        extra={
          canManage &&
          unit.active &&
          !region && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'appoint' })}>
              {t('org.unit.actions.appoint')}
            </Button>
          )
        }
      >
        {narrow ? (
          <HolderCards
            appointments={[...detail.current].sort(byPost)}
            empty={t('org.unit.current.empty')}
            extra={(a) => (
              <>
                {districtGov && a.post === 'spokesperson' && filed(a)}
                {canManage && holderActions(a)}
              </>
            )}
          />
        ) : (
          <Table<Appointment>
            rowKey="id"
            size="middle"
            columns={currentColumns}
            dataSource={[...detail.current].sort(byPost)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('org.unit.current.empty') }}
          />
        )}
      </Card>
      <Card title={<h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.unit.history.title')}</h2>}>
        {narrow ? (
          <HolderCards appointments={history} empty={t('org.unit.history.empty')} />
        ) : (
          <Table<Appointment>
            rowKey="id"
            size="small"
            columns={historyColumns}
            dataSource={history}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('org.unit.history.empty') }}
          />
        )}
      </Card>
      {dialog?.kind === 'edit' && <UnitFormModal unit={unit} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'leader' && <LeaderInChargeModal detail={detail} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'appoint' && <AppointmentModal detail={detail} defaultPost={defaultPost} onClose={() => setDialog(null)} />}
      {(dialog?.kind === 'end' || dialog?.kind === 'file') && (
        <AppointmentDateModal appointment={dialog.appointment} action={dialog.kind} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}

function HolderCards({ appointments, extra, empty }: { appointments: Appointment[]; extra?: (a: Appointment) => ReactNode; empty: string }) {
  const { token } = theme.useToken();
  if (appointments.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical>
      {appointments.map((a, i) => (
        <Flex
          key={a.id}
          vertical
          gap={4}
          style={{ padding: '12px 0', borderTop: i === 0 ? undefined : `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex gap={8} wrap align="center">
            <PostTag post={a.post} />
            <Typography.Text strong>{a.personName}</Typography.Text>
            {a.title && <Typography.Text type="secondary">{a.title}</Typography.Text>}
          </Flex>
          <Phones appointment={a} />
          <Typography.Text type="secondary">{a.to ? t('org.unit.term', { from: a.from, to: a.to }) : t('org.unit.termOpen', { from: a.from })}</Typography.Text>
          {extra && (
            <Flex gap={8} wrap align="center">
              {extra(a)}
            </Flex>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

function PostTag({ post, muted = false }: { post: Post; muted?: boolean }) {
  const color = muted ? undefined : post === 'spokesperson' ? 'blue' : post === 'spokesperson_assistant' ? 'cyan' : undefined;
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {POST_LABELS[post]}
    </Tag>
  );
}

function Phones({ appointment }: { appointment: Appointment }) {
  const { pressPhone, officePhone } = appointment;
  if (!pressPhone && !officePhone) return t('common.empty');
  return (
    <Flex vertical>
      {pressPhone && (
        <span>
          <Typography.Text type="secondary">{t('org.unit.columns.pressPhone')}</Typography.Text> {pressPhone}
        </span>
      )}
      {officePhone && (
        <span>
          <Typography.Text type="secondary">{t('org.unit.columns.officePhone')}</Typography.Text> {officePhone}
        </span>
      )}
    </Flex>
  );
}
