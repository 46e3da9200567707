import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { grantLabel } from '../../access';
import { useLogout } from '../../api/session';
import { t } from '../../locales';
import ChangePasswordModal from './ChangePasswordModal';
import { useCurrentUser } from './current-user';

export default function UserMenu() {
  const { me } = useCurrentUser();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <Flex vertical style={{ maxWidth: 320 }}>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          {me.grants.length === 0 && <Typography.Text type="secondary">{t('userMenu.noRoles')}</Typography.Text>}
          {me.grants.map((g) => (
            <Typography.Text key={`${g.role}-${g.unitId}`} type="secondary">
              {grantLabel(g)}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('userMenu.changePassword') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('userMenu.logout') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'logout') logout.mutate();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" style={{ paddingInline: 8 }}>
          <Avatar size="small" icon={<UserOutlined />} />
          {me.displayName}
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      {/* 等保: an initial or reset password must be replaced before the console is used. */}
      <ChangePasswordModal open={changing || me.mustChangePassword} forced={me.mustChangePassword} onClose={() => setChanging(false)} />
    </>
  );
}
