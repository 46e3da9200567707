import { CreateUnitBody } from '@fabutong/core/contract/units';
import { ARTICLES } from '@fabutong/core/rules/articles';
import { CONFERENCE_PERIOD_LABELS, CONFERENCE_PERIODS, UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '@fabutong/core/units';
import { Alert, App, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import type { ConferencePeriod, Unit } from '../../../api/org-types';
import { problemText, setFieldErrors } from '../../../api/problem';
import { matches } from '../../../components/form-rules';
import { blankToNull } from '../../../components/org/form-rules';
import UnitTreeSelect from '../../../components/org/UnitTreeSelect';
import { t } from '../../../locales';
import { useCreateUnit, useUpdateUnit } from './api';

interface Values {
  parentId: number | null;
  kind: UnitKind;
  name: string;
  shortName?: string;
  pressSectionName?: string;
  livelihoodRelated: boolean;
  routineConferencePeriod: ConferencePeriod | null;
  sortOrder: number;
}

/** Regions hold units; a department may hold the public bodies it sponsors (A21). */
const CAN_HOLD_UNITS: readonly UnitKind[] = ['city', 'district', 'department'];
const canHoldUnits = (unit: Unit) => CAN_HOLD_UNITS.includes(unit.kind);

const KIND_OPTIONS = UNIT_KINDS.filter((kind) => kind !== 'city').map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }));
const PERIOD_OPTIONS = CONFERENCE_PERIODS.map((period) => ({ value: period, label: CONFERENCE_PERIOD_LABELS[period] }));
/** Kinds that must name their press section (A7; A21 by reference). */
const NEEDS_PRESS_SECTION: readonly UnitKind[] = ['township', 'subdistrict', 'department', 'public_body'];

const NO_UNITS: readonly Unit[] = [];

/**
 * Creating a unit under a parent (`unit` null; `units` is the whole tree, for the parent and the next sort number)
 * or editing one's names, press section and routine-conference duty. Kind and parent are fixed once created.
 */
export default function UnitFormModal({
  unit,
  units = NO_UNITS,
  onClose,
  onCreated,
}: {
  unit: Unit | null;
  units?: readonly Unit[];
  onClose: () => void;
  onCreated?: (unit: Unit) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const [error, setError] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form) ?? unit?.kind;
  const livelihood = Form.useWatch('livelihoodRelated', form);

  const district = units.find((u) => u.kind === 'district' && u.active);
  const nextSortOrder = Math.min(100_000, Math.max(0, ...units.map((u) => u.sortOrder)) + 1);

  const save = async (values: Values) => {
    setError(null);
    // A unit's kind is fixed once created: the edit form has no kind field, so onFinish does not carry one.
    const department = (unit?.kind ?? values.kind) === 'department';
    const fields = {
      name: values.name.trim(),
      shortName: blankToNull(values.shortName),
      pressSectionName: blankToNull(values.pressSectionName),
      livelihoodRelated: department && values.livelihoodRelated,
      routineConferencePeriod: department && values.livelihoodRelated ? (values.routineConferencePeriod ?? 'quarterly') : null,
      sortOrder: values.sortOrder,
    };
    try {
      if (unit) {
        await update.mutateAsync({ id: unit.id, ...fields });
        void message.success(t('org.units.form.saved'));
        onClose();
      } else {
        const created = await create.mutateAsync({ parentId: values.parentId!, kind: values.kind, ...fields });
        void message.success(t('org.units.form.created', { name: created.name }));
        onClose();
        onCreated?.(created);
      }
    } catch (err) {
      setError(err);
      setFieldErrors(form, err);
    }
  };

  return (
    <Modal
      open
      title={unit ? t('org.units.form.editTitle', { name: unit.name }) : t('org.units.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          parentId: unit?.parentId ?? district?.id ?? null,
          kind: unit?.kind ?? 'department',
          name: unit?.name,
          shortName: unit?.shortName ?? undefined,
          pressSectionName: unit?.pressSectionName ?? undefined,
          livelihoodRelated: unit?.livelihoodRelated ?? false,
          routineConferencePeriod: unit?.routineConferencePeriod ?? 'quarterly',
          sortOrder: unit?.sortOrder ?? nextSortOrder,
        }}
      >
        {error !== null && <Alert type="error" showIcon title={problemText(error)} style={{ marginBottom: 16 }} />}
        {!unit && (
          <Row gutter={16}>
            <Col xs={24} sm={14}>
              <Form.Item name="parentId" label={t('org.units.form.parent')} rules={[{ required: true, message: t('org.units.form.parentRequired') }]}>
                <UnitTreeSelect units={units} selectable={canHoldUnits} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="kind" label={t('org.units.form.kind')} rules={[{ required: true, message: t('org.units.form.kindRequired') }]}>
                <Select options={KIND_OPTIONS} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="name" label={t('org.units.form.name')} required rules={[matches(CreateUnitBody.shape.name)]}>
          <Input autoComplete="off" placeholder={t('org.units.form.namePlaceholder')} maxLength={100} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="shortName" label={t('org.units.form.shortName')}>
              <Input autoComplete="off" placeholder={t('org.units.form.shortNamePlaceholder')} maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="pressSectionName"
              label={t('org.units.form.pressSection')}
              extra={kind && NEEDS_PRESS_SECTION.includes(kind) ? t('org.units.form.pressSectionHint', { article: ARTICLES.A7.article }) : undefined}
            >
              <Input autoComplete="off" placeholder={t('org.units.form.pressSectionPlaceholder')} maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'department' && (
          <Row gutter={16} align="bottom">
            <Col xs={24} sm={12}>
              <Form.Item name="livelihoodRelated" valuePropName="checked" extra={t('org.units.form.livelihoodHint', { article: ARTICLES.A14.article })}>
                <Checkbox>{t('org.units.form.livelihood')}</Checkbox>
              </Form.Item>
            </Col>
            {livelihood && (
              <Col xs={24} sm={12}>
                <Form.Item name="routineConferencePeriod" label={t('org.units.form.period')}>
                  <Select options={PERIOD_OPTIONS} />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        <Form.Item name="sortOrder" label={t('org.units.form.sortOrder')} extra={t('org.units.form.sortOrderHint')}>
          <InputNumber<number> min={0} max={100_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
