import { BookingQuery, BookingWeek, VenueBody, VenueView } from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as venues from './service';

const TAGS = ['新闻发布会（第十五条）'];

export const venueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/venues', { schema: { tags: TAGS, summary: '发布会场地（区新闻发布中心为默认场地，A15.5）', response: { 200: z.object({ items: z.array(VenueView) }) } } }, async () => ({
    items: await venues.listVenues(app.ctx),
  }));

  app.post('/venues', { schema: { tags: TAGS, summary: '登记另一处满足标准的场地（A15.5）', body: VenueBody, response: { 201: VenueView } } }, async (request, reply) => {
    reply.code(201);
    return venues.createVenue(app.ctx, requestContext(request), request.body);
  });

  app.get('/venues/bookings', { schema: { tags: TAGS, summary: '一周的场地预订（周一至周日）', querystring: BookingQuery, response: { 200: BookingWeek } } }, async (request) =>
    venues.weekBookings(app.ctx, request.query.weekOf, request.query.venueId),
  );
};
