import './global.css';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ApiError, onSessionLost } from './api/client';
import PageLoading from './components/PageLoading';
import { prefersReducedMotion } from './reduced-motion';
import { BASENAME, router, type LoginState } from './router';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change on retry; a network hiccup or a 5xx may.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

onSessionLost((problem) => {
  // The router's own location keeps the basename; navigate() adds it again.
  const { pathname, search } = router.state.location;
  const path = pathname.slice(BASENAME.length) || '/';
  if (path === '/login') return;
  const state: LoginState = { notice: problem.detail, from: path + search };
  void router.navigate('/login', { replace: true, state }).then(() => queryClient.clear());
});

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif";

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily: FONT, motion: !prefersReducedMotion() } }}>
      <AntApp component={false}>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<PageLoading />}>
            <RouterProvider router={router} />
          </Suspense>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
