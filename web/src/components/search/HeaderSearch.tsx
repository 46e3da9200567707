/** The search box in the console's header: opens the search page with the words typed. */
import { Input } from 'antd';
import { useNavigate } from 'react-router';
import { t } from '../../locales';

export default function HeaderSearch({ compact }: { compact?: boolean }) {
  const navigate = useNavigate();
  return (
    <Input.Search
      allowClear
      maxLength={100}
      placeholder={t('topics.search.headerPlaceholder')}
      aria-label={t('topics.search.headerPlaceholder')}
      style={{ width: compact ? 140 : 260 }}
      onSearch={(value) => {
        const q = value.trim();
        if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
      }}
    />
  );
}
