import {
  AppointmentView,
  CreateAppointmentBody,
  IdParams,
  PersonBody,
  PersonQuery,
  PersonView,
  UpdateAppointmentBody,
  UpdatePersonBody,
} from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as people from './service';

const TAGS = ['人员与任职'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/people', { schema: { tags: TAGS, summary: '人员（按姓名查找）', querystring: PersonQuery, response: { 200: z.object({ items: z.array(PersonView) }) } } }, async (request) => ({
    items: await people.listPeople(app.ctx, request.query.q),
  }));

  app.get(
    '/people/:id',
    { schema: { tags: TAGS, summary: '人员及其任职经历', params: IdParams, response: { 200: z.object({ person: PersonView, appointments: z.array(AppointmentView) }) } } },
    async (request) => people.personDetail(app.ctx, request.params.id),
  );

  app.post('/people', { schema: { tags: TAGS, summary: '新增人员', body: PersonBody, response: { 201: PersonView } } }, async (request, reply) => {
    reply.code(201);
    return people.createPerson(app.ctx, requestContext(request), request.body);
  });

  app.patch('/people/:id', { schema: { tags: TAGS, summary: '修改人员信息', params: IdParams, body: UpdatePersonBody, response: { 200: PersonView } } }, async (request) =>
    people.updatePerson(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/appointments',
    { schema: { tags: TAGS, summary: '任职（新闻发言人、助理等；A8.2 不得重叠）', body: CreateAppointmentBody, response: { 201: AppointmentView } } },
    async (request, reply) => {
      reply.code(201);
      return people.createAppointment(app.ctx, requestContext(request), request.body);
    },
  );

  app.patch(
    '/appointments/:id',
    { schema: { tags: TAGS, summary: '修改任职：离任、备案日期等', params: IdParams, body: UpdateAppointmentBody, response: { 200: AppointmentView } } },
    async (request) => people.updateAppointment(app.ctx, requestContext(request), request.params.id, request.body),
  );
};
