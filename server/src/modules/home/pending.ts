/**
 * "My pending items" gathers what each capability says is waiting for the caller:
 * modules register a provider; the home page asks them all.
 */
import type { Actor } from '@fabutong/core';
import type { z } from 'zod';
import type { PendingItem } from '@fabutong/core';
import type { AppContext } from '../../context';

export type PendingItemView = z.infer<typeof PendingItem>;
export type PendingProvider = (app: AppContext, actor: Actor) => Promise<PendingItemView[]>;

export interface PendingRegistry {
  register(provider: PendingProvider): void;
  collect(app: AppContext, actor: Actor): Promise<PendingItemView[]>;
}

export function createPendingRegistry(): PendingRegistry {
  const providers: PendingProvider[] = [];
  return {
    register: (provider) => void providers.push(provider),
    async collect(app, actor) {
      const lists = await Promise.all(providers.map((p) => p(app, actor)));
      return lists.flat().sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
    },
  };
}
