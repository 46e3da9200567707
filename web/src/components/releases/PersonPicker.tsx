import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../locales';
import { usePeopleSearch, usePerson } from './api';

/** A person the picker offers before anything is typed, e.g. a post holder of the chosen unit: "田超 · 新闻发言人". */
export interface PersonSuggestion {
  personId: number;
  name: string;
  note?: string;
}

interface Props {
  value?: number | null;
  onChange?: (personId: number | null) => void;
  /** Offered first (the unit's current post holders); searching by name finds anyone else. */
  suggestions?: readonly PersonSuggestion[];
  /** Names already known for ids that may be chosen (from the release being edited). */
  knownNames?: ReadonlyMap<number, string>;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  'aria-label'?: string;
}

/** Chooses a person from the register of people, searching by name. */
export default function PersonPicker({ value, onChange, suggestions = [], knownNames, placeholder, allowClear = true, id, ...rest }: Props) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = usePeopleSearch(q);
  const chosenIsKnown = value == null || suggestions.some((s) => s.personId === value) || knownNames?.has(value) || found.data?.items.some((p) => p.id === value);
  const chosen = usePerson(chosenIsKnown ? null : value);

  const options = useMemo(() => {
    const seen = new Set<number>();
    const list: { value: number; label: string }[] = [];
    const add = (personId: number, label: string) => {
      if (seen.has(personId)) return;
      seen.add(personId);
      list.push({ value: personId, label });
    };
    const needle = q.toLowerCase();
    for (const s of suggestions) if (!needle || s.name.toLowerCase().includes(needle)) add(s.personId, s.note ? `${s.name} · ${s.note}` : s.name);
    if (value != null) {
      const name = knownNames?.get(value) ?? chosen.data?.person.name;
      if (name) add(value, name);
    }
    // Before anything is typed the suggestions are the list; typing searches everyone.
    if (needle || suggestions.length === 0) for (const p of found.data?.items ?? []) add(p.id, p.name);
    return list;
  }, [suggestions, knownNames, chosen.data, found.data, q, value]);

  return (
    <Select<number>
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(personId) => onChange?.(personId ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => !open && setTyped('')}
      loading={found.isFetching}
      allowClear={allowClear}
      placeholder={placeholder ?? t('releases.common.personPlaceholder')}
      notFoundContent={found.isFetching ? t('common.loading') : t('releases.common.noPerson')}
      style={{ width: '100%' }}
    />
  );
}
