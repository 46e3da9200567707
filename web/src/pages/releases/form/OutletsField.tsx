import { MinusCircleOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { QUALIFICATION_STATE_LABELS } from '@fabutong/core/contract/media';
import { qualificationState } from '@fabutong/core/rules/qualifications';
import { MEDIA_LEVEL_LABELS } from '@fabutong/core/rules/vocabulary';
import { Button, Flex, Form, Select, Typography } from 'antd';
import type { Outlet } from '../../../api/release-types';
import { QualificationTag } from '../../../components/releases/tags';
import { t } from '../../../locales';
import { useJournalists } from './api';

interface Props {
  outlets: readonly Outlet[];
  /** The release's date: every party needs a valid qualification on it (A13.7). */
  date: string;
}

/** Invited outlets, each with an optional journalist, and their qualification on the release date. */
export default function OutletsField({ outlets, date }: Props) {
  return (
    <Form.List name="outlets">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map(({ key, name }, index) => (
            <OutletRow key={key} name={name} index={index} outlets={outlets} date={date} onRemove={() => remove(name)} />
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ journalistId: null })}>
            {t('releases.form.outlets.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function OutletRow({ name, index, outlets, date, onRemove }: { name: number; index: number; outlets: readonly Outlet[]; date: string; onRemove: () => void }) {
  const form = Form.useFormInstance();
  const outletId = Form.useWatch<number | undefined>(['outlets', name, 'outletId'], form);
  const journalistId = Form.useWatch<number | null | undefined>(['outlets', name, 'journalistId'], form);
  const journalists = useJournalists(outletId);
  const outlet = outlets.find((o) => o.id === outletId);
  const journalist = journalists.data?.items.find((j) => j.id === journalistId);

  const parties = [
    outlet && { name: outlet.name, ...outlet.qualification },
    journalist && { name: journalist.name, ...journalist.qualification },
  ].filter((p) => !!p);

  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="flex-start" wrap>
        <Form.Item
          name={[name, 'outletId']}
          rules={[{ required: true, message: t('releases.form.outlets.outletRequired') }]}
          style={{ flex: '1 1 220px', minWidth: 0, marginBottom: 0 }}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('releases.form.outlets.outlet', { n: index + 1 })}
            placeholder={t('releases.form.outlets.outletPlaceholder')}
            options={outlets.filter((o) => o.active || o.id === outletId).map((o) => ({ value: o.id, label: `${o.name}（${MEDIA_LEVEL_LABELS[o.level]}）` }))}
            onChange={() => form.setFieldValue(['outlets', name, 'journalistId'], null)}
          />
        </Form.Item>
        <Flex gap={8} align="flex-start" style={{ flex: '1 1 180px', minWidth: 0 }}>
          <Form.Item name={[name, 'journalistId']} style={{ flex: 1, minWidth: 0, marginBottom: 0 }}>
            <Select
              allowClear
              disabled={outletId === undefined}
              loading={journalists.isFetching}
              aria-label={t('releases.form.outlets.journalist', { n: index + 1 })}
              placeholder={t('releases.form.outlets.journalistPlaceholder')}
              options={(journalists.data?.items ?? []).filter((j) => j.active || j.id === journalistId).map((j) => ({ value: j.id, label: j.name }))}
            />
          </Form.Item>
          <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('releases.form.outlets.remove')} onClick={onRemove} />
        </Flex>
      </Flex>
      {parties.length > 0 && (
        <Flex vertical gap={2}>
          {parties.map((party) => {
            const state = qualificationState(party.validFrom, party.validUntil, date);
            const usable = state === 'valid' || state === 'expiring';
            return (
              <Flex key={party.name} gap={6} align="center" wrap>
                <Typography.Text type="secondary">{party.name}</Typography.Text>
                <QualificationTag state={state} until={party.validUntil} />
                {!usable && (
                  <Typography.Text type="warning">
                    <WarningOutlined /> {t('releases.form.outlets.invalidOn', { date, state: QUALIFICATION_STATE_LABELS[state] })}
                  </Typography.Text>
                )}
              </Flex>
            );
          })}
        </Flex>
      )}
    </Flex>
  );
}
