import {
  CalendarOffset,
  CalendarOffsetQuery,
  CalendarYearSummary,
  CalendarYearView,
  ConfirmScheduleBody,
  SchedulePreview,
  SchedulePreviewBody,
  YearParams,
} from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as calendar from './service';

const TAGS = ['工作日历'];

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar/offset',
    {
      schema: {
        tags: TAGS,
        summary: '按工作日推算日期（workdays 可为负数）；provisional 为真表示跨越了尚未公布放假安排的年份',
        querystring: CalendarOffsetQuery,
        response: { 200: CalendarOffset },
      },
    },
    async (request) => calendar.offset(app.ctx, request.query.from, request.query.workdays),
  );

  app.get('/calendar/years', { schema: { tags: TAGS, summary: '已确认放假安排的年份', response: { 200: z.object({ items: z.array(CalendarYearSummary) }) } } }, async () => ({
    items: await calendar.listYears(app.ctx),
  }));

  app.get('/calendar/years/:year', { schema: { tags: TAGS, summary: '一年的放假和调休上班日', params: YearParams, response: { 200: CalendarYearView } } }, async (request) =>
    calendar.yearView(app.ctx, request.params.year),
  );

  app.post(
    '/calendar/years/:year/preview',
    { schema: { tags: TAGS, summary: '预览粘贴的放假安排（不保存）', params: YearParams, body: SchedulePreviewBody, response: { 200: SchedulePreview } } },
    async (request) => calendar.previewSchedule(app.ctx, requestContext(request), request.params.year, request.body.text),
  );

  app.put(
    '/calendar/years/:year',
    { schema: { tags: TAGS, summary: '确认一年的放假安排（替换该年原有安排）', params: YearParams, body: ConfirmScheduleBody, response: { 200: CalendarYearView } } },
    async (request) => calendar.confirmSchedule(app.ctx, requestContext(request), request.params.year, request.body),
  );
};
