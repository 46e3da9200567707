import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { t } from '../../../locales';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title={t('pages.notFound.title')}
      subTitle={t('pages.notFound.hint')}
      extra={
        <Link to="/">
          <Button type="primary">{t('pages.notFound.back')}</Button>
        </Link>
      }
    />
  );
}
