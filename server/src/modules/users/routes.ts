import { CreateUserBody, IdParams, Ok, ResetPasswordBody, UpdateUserBody, UserList, UserView } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as users from './service';

const TAGS = ['账户管理'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/users', { schema: { tags: TAGS, summary: '账户列表', response: { 200: UserList } } }, async (request) => ({
    items: await users.listUsers(app.ctx, requestContext(request)),
  }));

  app.post('/users', { schema: { tags: TAGS, summary: '创建账户', body: CreateUserBody, response: { 201: UserView } } }, async (request, reply) => {
    reply.code(201);
    return users.createUser(app.ctx, requestContext(request), request.body);
  });

  app.patch(
    '/users/:id',
    { schema: { tags: TAGS, summary: '修改账户、停用、授权', params: IdParams, body: UpdateUserBody, response: { 200: UserView } } },
    async (request) => users.updateUser(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/reset-password',
    { schema: { tags: TAGS, summary: '重置密码', params: IdParams, body: ResetPasswordBody, response: { 200: Ok } } },
    async (request) => {
      await users.resetPassword(app.ctx, requestContext(request), request.params.id, request.body.newPassword);
      return { ok: true as const };
    },
  );

  app.post('/users/:id/unlock', { schema: { tags: TAGS, summary: '解除锁定', params: IdParams, response: { 200: UserView } } }, async (request) =>
    users.unlockUser(app.ctx, requestContext(request), request.params.id),
  );
};
