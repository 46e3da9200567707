import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { PARTICIPANT_PARTS, PARTICIPANT_PART_LABELS } from '@fabutong/core/rules/vocabulary';
import { Button, Flex, Form, Select } from 'antd';
import PersonPicker, { type PersonSuggestion } from '../../../components/releases/PersonPicker';
import { t } from '../../../locales';

const PART_OPTIONS = PARTICIPANT_PARTS.map((part) => ({ value: part, label: PARTICIPANT_PART_LABELS[part] }));

/** Who took part and as what (main speaker, host, speaker, expert). */
export default function ParticipantsField({ suggestions, knownNames }: { suggestions: readonly PersonSuggestion[]; knownNames: ReadonlyMap<number, string> }) {
  return (
    <Form.List name="participants">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          {fields.map(({ key, name }, index) => (
            <Flex key={key} gap={8} align="flex-start">
              <Form.Item
                name={[name, 'personId']}
                rules={[{ required: true, message: t('releases.form.participants.personRequired') }]}
                style={{ flex: '1 1 auto', minWidth: 0, marginBottom: 0 }}
              >
                <PersonPicker suggestions={suggestions} knownNames={knownNames} aria-label={t('releases.form.participants.person', { n: index + 1 })} />
              </Form.Item>
              <Form.Item
                name={[name, 'part']}
                rules={[{ required: true, message: t('releases.form.participants.partRequired') }]}
                style={{ flex: '0 0 112px', marginBottom: 0 }}
              >
                <Select options={PART_OPTIONS} aria-label={t('releases.form.participants.part', { n: index + 1 })} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('releases.form.participants.remove')} onClick={() => remove(name)} />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ personId: null, part: fields.length === 0 ? 'main_speaker' : 'speaker' })}>
            {t('releases.form.participants.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
