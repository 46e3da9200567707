import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Skeleton, Switch, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { t } from '../../../locales';
import { useUnitGaps, useUnits } from './api';
import GapList from './GapList';
import PeoplePanel from './PeoplePanel';
import UnitFormModal from './UnitFormModal';
import UnitTree from './UnitTree';

/** 单位与人员: the unit tree with what it lacks (A8.2), and the people who hold its posts. */
export default function UnitsPage() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [tab, setTab] = useState('units');
  const [includeRetired, setIncludeRetired] = useState(false);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const units = useUnits(includeRetired);
  const gaps = useUnitGaps(access.manageOrganization);

  const count = units.data?.items.filter((u) => u.kind !== 'city' && u.kind !== 'district').length ?? 0;

  return (
    <Flex vertical gap={16}>
      {gaps.data && <GapList rows={gaps.data.items} />}
      <Card
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('org.units.title')}</h1>}
        extra={
          access.manageOrganization && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} disabled={!units.data}>
              {t('org.units.create')}
            </Button>
          )
        }
        styles={{ body: { paddingTop: 0 } }}
      >
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'units',
              label: t('org.units.tabs.units'),
              children: (
                <Flex vertical gap={16}>
                  <Flex gap={16} wrap align="center">
                    <Input.Search allowClear placeholder={t('org.units.search')} onChange={(e) => setSearch(e.target.value)} style={{ flex: '1 1 240px', maxWidth: 360 }} />
                    <Flex gap={8} align="center">
                      <Switch size="small" checked={includeRetired} onChange={setIncludeRetired} id="org-units-retired" />
                      <label htmlFor="org-units-retired">{t('org.units.showRetired')}</label>
                    </Flex>
                    {units.data && <Typography.Text type="secondary">{t('org.units.count', { count })}</Typography.Text>}
                  </Flex>
                  {units.isPending ? <Skeleton active /> : units.isError ? <ProblemAlert error={units.error} /> : <UnitTree units={units.data.items} search={search} />}
                </Flex>
              ),
            },
            { key: 'people', label: t('org.units.tabs.people'), children: <PeoplePanel canEdit={access.manageOrganization} /> },
          ]}
        />
      </Card>
      {creating && units.data && (
        <UnitFormModal unit={null} units={units.data.items} onClose={() => setCreating(false)} onCreated={(unit) => void navigate(`/units/${unit.id}`)} />
      )}
    </Flex>
  );
}
