import { useNavigate } from 'react-router';

/** Follows a link from the server: console paths stay in the app, anything else is a page load. */
export function useOpenLink(): (link: string) => void {
  const navigate = useNavigate();
  return (link) => {
    const inConsole = /^\/console(\/|$)/.exec(link);
    if (inConsole) void navigate(link.slice('/console'.length) || '/');
    else window.location.assign(link);
  };
}
