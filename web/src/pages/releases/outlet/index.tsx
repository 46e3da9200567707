import { ArrowLeftOutlined, EditOutlined, FlagOutlined, PlusOutlined } from '@ant-design/icons';
import { MEDIA_LEVEL_LABELS } from '@fabutong/core/rules/vocabulary';
import { Button, Card, Descriptions, Empty, Flex, Grid, Result, Table, Typography, theme, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Finding, Journalist, Outlet } from '../../../api/release-types';
import { useCurrentUser } from '../../../components/layout/current-user';
import PageLoading from '../../../components/PageLoading';
import ProblemAlert from '../../../components/ProblemAlert';
import { idParam } from '../../../components/releases/api';
import OutletFormModal from '../../../components/releases/OutletFormModal';
import { ArticleTag, QualificationTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { useOutletDetail } from './api';
import FindingModal from './FindingModal';
import JournalistModal from './JournalistModal';

type Dialog = { kind: 'outlet' } | { kind: 'journalist'; journalist: Journalist | null } | { kind: 'finding' } | null;

const validity = (q: Outlet['qualification']) => (q.validFrom ? `${q.validFrom} ~ ${q.validUntil ?? t('releases.media.noExpiry')}` : t('common.empty'));

/** One outlet: its licence, its journalists and their press cards (A13.7), and the A19 record. */
export default function OutletPage() {
  const { id: idText } = useParams();
  const id = idParam(idText);
  const detail = useOutletDetail(id);
  const { access } = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const narrow = Grid.useBreakpoint().md === false;
  const { token } = theme.useToken();

  if (id === undefined) return <Result status="404" title={t('releases.outlet.notFound')} />;
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <ProblemAlert error={detail.error} />;
  const { outlet, journalists, findings } = detail.data;
  const manage = access.manageOrganization;
  const cardStyles = narrow ? { header: { paddingInline: 12 }, body: { padding: 12 } } : undefined;

  const journalistColumns: TableColumnsType<Journalist> = [
    {
      title: t('releases.outlet.columns.name'),
      dataIndex: 'name',
      width: 120,
      render: (name: string, j) => (
        <Flex vertical>
          {name}
          {!j.active && <Typography.Text type="secondary">{t('releases.media.form.retired')}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('releases.outlet.columns.pressCardNo'), dataIndex: 'pressCardNo', width: 160, render: (no: string | null) => no ?? t('common.empty') },
    { title: t('releases.outlet.columns.validity'), key: 'validity', width: 200, render: (_, j) => validity(j.qualification) },
    { title: t('releases.outlet.columns.qualification'), key: 'state', width: 120, render: (_, j) => <QualificationTag state={j.qualification.state} /> },
    { title: t('releases.outlet.columns.contact'), dataIndex: 'contact', render: (c: string | null) => c ?? t('common.empty') },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, j: Journalist) => (
              <Button type="link" size="small" onClick={() => setDialog({ kind: 'journalist', journalist: j })}>
                {t('releases.media.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        styles={cardStyles}
        title={
          <Flex vertical gap={2} style={{ padding: '12px 0', whiteSpace: 'normal' }}>
            <Link to="/media" style={{ fontSize: 13, fontWeight: 'normal' }}>
              <ArrowLeftOutlined /> {t('releases.outlet.back')}
            </Link>
            <h1 style={{ margin: 0, fontSize: narrow ? 17 : 20 }}>{outlet.name}</h1>
          </Flex>
        }
        extra={
          manage && (
            <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'outlet' })}>
              {t('releases.media.edit')}
            </Button>
          )
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            { key: 'kind', label: t('releases.media.columns.kind'), children: t(`releases.media.kinds.${outlet.kind}`) },
            { key: 'level', label: t('releases.media.columns.level'), children: MEDIA_LEVEL_LABELS[outlet.level] },
            { key: 'licence', label: t('releases.media.columns.licence'), children: outlet.licenceNo ?? t('common.empty') },
            { key: 'validity', label: t('releases.media.columns.validity'), children: validity(outlet.qualification) },
            { key: 'state', label: t('releases.media.columns.qualification'), children: <QualificationTag state={outlet.qualification.state} /> },
            { key: 'active', label: t('releases.media.form.active'), children: outlet.active ? t('releases.media.form.inUse') : t('releases.media.form.retired') },
            { key: 'contact', label: t('releases.media.form.contact'), children: outlet.contact ?? t('common.empty') },
            { key: 'note', label: t('releases.media.form.note'), span: 'filled', children: outlet.note ?? t('common.empty') },
          ]}
        />
      </Card>

      <Card
        styles={cardStyles}
        title={
          <Flex gap={8} align="center" wrap>
            <h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.outlet.journalists', { count: journalists.length })}</h2>
            <ArticleTag rule="A13.7" />
          </Flex>
        }
        extra={
          manage && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'journalist', journalist: null })}>
              {t('releases.outlet.addJournalist')}
            </Button>
          )
        }
      >
        <Table<Journalist>
          rowKey="id"
          size="small"
          columns={journalistColumns}
          dataSource={journalists}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('releases.outlet.noJournalists') }}
        />
      </Card>

      <Card
        styles={cardStyles}
        title={
          <Flex gap={8} align="center" wrap>
            <h2 style={{ margin: 0, fontSize: 'inherit' }}>{t('releases.outlet.findings', { count: findings.length })}</h2>
            <ArticleTag rule="A19" />
          </Flex>
        }
        extra={
          manage && (
            <Button size="small" danger icon={<FlagOutlined />} onClick={() => setDialog({ kind: 'finding' })}>
              {t('releases.outlet.recordFinding')}
            </Button>
          )
        }
      >
        {findings.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('releases.outlet.noFindings')} />
        ) : (
          <Flex vertical>
            {findings.map((f: Finding, i) => (
              <Flex key={f.id} vertical gap={4} style={{ padding: '12px 0', borderTop: i === 0 ? undefined : `1px solid ${token.colorBorderSecondary}` }}>
                <Flex gap={12} wrap>
                  <Typography.Text strong>{f.foundOn}</Typography.Text>
                  {f.releaseId !== null && (
                    <Link to={`/releases/${f.releaseId}`}>{t('releases.outlet.aboutRelease', { id: f.releaseId })}</Link>
                  )}
                </Flex>
                <div style={{ whiteSpace: 'pre-wrap' }}>{f.finding}</div>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>

      {dialog?.kind === 'outlet' && <OutletFormModal outlet={outlet} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'journalist' && <JournalistModal outletId={outlet.id} journalist={dialog.journalist} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'finding' && <FindingModal outletId={outlet.id} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
