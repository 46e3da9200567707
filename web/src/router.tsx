import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { CONSOLE_PAGES } from './console-pages';

const ConsoleLayout = lazy(() => import('./components/layout/ConsoleLayout'));
const LoginPage = lazy(() => import('./pages/auth/login'));
const NotFoundPage = lazy(() => import('./pages/errors/not-found'));

export const BASENAME = '/console';

/** What the login page is told when the app sent the user there. */
export interface LoginState {
  /** The server's reason, e.g. the session timed out after 30 idle minutes. */
  notice?: string;
  /** Where to return after logging in. */
  from?: string;
}

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      element: <ConsoleLayout />,
      children: [
        ...CONSOLE_PAGES.map((page) => ({ path: page.path, element: <page.Page />, handle: page })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: BASENAME },
);
