import { createContext, use } from 'react';
import type { Access } from '../../access';
import type { Me } from '../../api/types';

export interface CurrentUser {
  me: Me;
  access: Access;
}

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only pages inside the console layout, which loads it first, may ask. */
export function useCurrentUser(): CurrentUser {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() outside the console layout');
  return user;
}
