import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Result, Typography, theme, type MenuProps } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useMatches } from 'react-router';
import { accessOf } from '../../access';
import { ApiError } from '../../api/client';
import { problemText } from '../../api/problem';
import { useMe } from '../../api/session';
import type { Me } from '../../api/types';
import { t } from '../../locales';
import { CONSOLE_AREAS, type ConsolePage } from '../../console-pages';
import Logo from '../Logo';
import PageLoading from '../PageLoading';
import { CurrentUserContext } from './current-user';
import HeaderSearch from '../search/HeaderSearch';
import NotificationBell from './NotificationBell';
import UserMenu from './UserMenu';

type MenuItem = Required<MenuProps>['items'][number];

/** Every page but the login page: loads the signed-in user first, then the menu, header and page. */
export default function ConsoleLayout() {
  const me = useMe();
  if (me.data) return <Shell me={me.data} />;
  // A lost session (401) is already on its way to the login page.
  if (me.isError && !(me.error instanceof ApiError && me.error.status === 401)) {
    return (
      <Result
        status="error"
        title={t('session.loadFailed')}
        subTitle={problemText(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return <PageLoading />;
}

function Shell({ me }: { me: Me }) {
  const user = useMemo(() => ({ me, access: accessOf(me) }), [me]);
  const page = useMatches().at(-1)?.handle as ConsolePage | undefined;
  const narrow = Grid.useBreakpoint().lg === false;
  const [menuOpen, setMenuOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  useEffect(() => {
    document.title = page ? `${t(page.title)} · ${t('app.name')}` : t('app.name');
  }, [page]);

  const menu = (dark: boolean) => (
    <Menu
      theme={dark ? 'dark' : 'light'}
      mode="inline"
      selectedKeys={page ? [page.path] : []}
      onClick={() => setMenuOpen(false)}
      items={CONSOLE_AREAS.flatMap((area): MenuItem[] => {
        const items = area.pages
          .filter((p) => p.menu !== false && p.allowed(user.access))
          .map((p) => ({ key: p.path, icon: p.icon, label: <Link to={p.path}>{t(p.title)}</Link> }));
        if (items.length === 0) return [];
        return area.title ? [{ type: 'group' as const, key: area.title, label: t(area.title), children: items }] : items;
      })}
    />
  );

  return (
    <CurrentUserContext value={user}>
      <Layout style={{ minHeight: '100%' }}>
        {narrow ? (
          <Drawer
            title={t('app.name')}
            placement="left"
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            size={232}
            styles={{ body: { padding: 0 } }}
          >
            {menu(false)}
          </Drawer>
        ) : (
          <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={216}>
            <Brand compact={collapsed} />
            {menu(true)}
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              padding: narrow ? '0 8px' : '0 24px',
              background: token.colorBgContainer,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            {narrow && <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setMenuOpen(true)} />}
            <Typography.Text strong={narrow} type={narrow ? undefined : 'secondary'} ellipsis style={{ flex: 1 }}>
              {narrow ? t('app.name') : t('app.fullName')}
            </Typography.Text>
            <HeaderSearch compact={narrow} />
            <NotificationBell />
            <UserMenu />
          </Layout.Header>
          <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
            <Suspense fallback={<PageLoading />}>
              {page && !page.allowed(user.access) ? (
                <Result status="403" title={t('access.forbiddenTitle')} subTitle={t('access.forbiddenHint')} />
              ) : (
                <Outlet />
              )}
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </CurrentUserContext>
  );
}

function Brand({ compact }: { compact: boolean }) {
  return (
    <Link
      to="/"
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: compact ? 'center' : 'flex-start',
        gap: 10,
        height: 64,
        padding: compact ? 0 : '0 24px',
        color: '#fff',
        fontSize: 18,
        fontWeight: 600,
        letterSpacing: 2,
        whiteSpace: 'nowrap',
      }}
    >
      <Logo size={30} />
      {!compact && t('app.name')}
    </Link>
  );
}
