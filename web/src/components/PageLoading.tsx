import { Flex, Spin } from 'antd';
import { t } from '../locales';

export default function PageLoading() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240, height: '100%' }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
