import {
  AnnounceBody,
  ArchiveBody,
  CommentBody,
  ConferenceBody,
  ConferenceListQuery,
  ConferenceSummaryView,
  ConferenceView,
  DocumentParams,
  FileParams,
  IdParams,
  LiveLinkBody,
  LivePostBody,
  OpinionBody,
  OptionalOpinionBody,
  SeriesBody,
  SeriesCreated,
  UploadedFile,
  page,
  type ConferenceAction,
} from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import { MAX_FILE_MB, attachmentHeader, receiveFile, sendFile } from '../files/storage';
import { applicationFormDocx, summaryDocx } from './documents';
import * as conferences from './service';

const TAGS = ['新闻发布会（第十五条）'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BASE = '/conference-applications';
const UPLOAD = `请求为 multipart/form-data，含一个文件（字段名 file，不超过 ${MAX_FILE_MB} MB）。`;

/** The transitions of the state machine, each its own route; the body carries the opinion (拟办意见 / 领导意见). */
const TRANSITIONS: { path: string; action: ConferenceAction; summary: string; opinionRequired?: boolean }[] = [
  { path: 'request-unit-approval', action: 'request_unit_approval', summary: '提交本单位主要负责人审核（A15.1）' },
  { path: 'return', action: 'return_to_draft', summary: '主要负责人退回修改', opinionRequired: true },
  { path: 'submit', action: 'submit', summary: '主要负责人审核同意并报送区政府新闻办；晚于会前10个工作日的报送被拒绝（A15.1）' },
  { path: 'start-review', action: 'start_review', summary: '区政府新闻办受理，开始规范性审核（A15.2）' },
  { path: 'request-revision', action: 'request_revision', summary: '退回修改发布文稿（A15.2）', opinionRequired: true },
  { path: 'resubmit', action: 'resubmit', summary: '修改后重新报送（A15.2）' },
  { path: 'pass-review', action: 'pass_review', summary: '完成规范性审核，转内容审定（A15.2，拟办意见）' },
  { path: 'approve', action: 'approve', summary: '审定同意当前一级（A15.3，领导意见）' },
  { path: 'refuse', action: 'refuse', summary: '不予同意（A15.2、A15.3）', opinionRequired: true },
  { path: 'withdraw', action: 'withdraw', summary: '撤回申报或取消发布会' },
  { path: 'start-live', action: 'start_live', summary: '发布会开始，开始网络图文直播（A15.6）' },
  { path: 'finish', action: 'finish', summary: '发布会结束（A15.6）' },
];

export const conferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(BASE, { schema: { tags: TAGS, summary: '新闻发布会申报列表（本人可见的单位）', querystring: ConferenceListQuery, response: { 200: page(ConferenceSummaryView) } } }, async (request) =>
    conferences.listConferences(app.ctx, requestContext(request), request.query),
  );

  app.post(BASE, { schema: { tags: TAGS, summary: '新建新闻发布会申报（草稿）', body: ConferenceBody, response: { 201: ConferenceView } } }, async (request, reply) => {
    reply.code(201);
    return conferences.createConference(app.ctx, requestContext(request), request.body);
  });

  app.get(`${BASE}/:id`, { schema: { tags: TAGS, summary: '申报详情：材料各版本、批注、意见、直播', params: IdParams, response: { 200: ConferenceView } } }, async (request) =>
    conferences.getConference(app.ctx, requestContext(request), request.params.id),
  );

  app.put(`${BASE}/:id`, { schema: { tags: TAGS, summary: '修改申报（草稿或退回修改时）', params: IdParams, body: ConferenceBody, response: { 200: ConferenceView } } }, async (request) =>
    conferences.updateConference(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post(
    `${BASE}/:id/documents/:kind`,
    { schema: { tags: TAGS, summary: '上传申报材料的新版本（申报表、工作方案、发布文稿、答问口径；.docx .doc .pdf .wps 或图片）', description: UPLOAD, params: DocumentParams, response: { 201: ConferenceView } } },
    async (request, reply) => {
      const view = await conferences.uploadDocument(app.ctx, requestContext(request), request.params.id, request.params.kind, () => receiveFile(request, 'document_or_image'));
      reply.code(201);
      return view;
    },
  );

  app.get(`${BASE}/:id/files/:fileId`, { schema: { tags: TAGS, summary: '下载申报材料的某一版本（附件）', params: FileParams } }, async (request, reply) => {
    const file = await conferences.documentFile(app.ctx, requestContext(request), request.params.id, request.params.fileId);
    return sendFile(app.ctx, reply, file);
  });

  app.get(`${BASE}/:id/form.docx`, { schema: { tags: TAGS, summary: '按填报内容生成申报表（Word），供打印签字', params: IdParams } }, async (request, reply) => {
    const view = await conferences.getConference(app.ctx, requestContext(request), request.params.id);
    reply.type(DOCX).header('content-disposition', attachmentHeader(`${view.title}-申报表.docx`));
    return applicationFormDocx(view);
  });

  app.get(`${BASE}/:id/summary.docx`, { schema: { tags: TAGS, summary: '发布会工作情况汇总（Word），含审核意见、直播、实录、报道和舆情', params: IdParams } }, async (request, reply) => {
    const view = await conferences.getConference(app.ctx, requestContext(request), request.params.id);
    const coverage = view.releaseId
      ? await app.ctx.db.selectFrom('release_coverage').select(['outlet_name as outletName', 'title', 'url', 'published_on as publishedOn']).where('release_id', '=', view.releaseId).orderBy('id').execute()
      : [];
    reply.type(DOCX).header('content-disposition', attachmentHeader(`${view.title}-工作情况汇总.docx`));
    return summaryDocx(view, coverage);
  });

  app.post(`${BASE}/:id/comments`, { schema: { tags: TAGS, summary: '在发布文稿某一版本的选中文字上批注（A15.2）', params: IdParams, body: CommentBody, response: { 201: ConferenceView } } }, async (request, reply) => {
    reply.code(201);
    return conferences.addComment(app.ctx, requestContext(request), request.params.id, request.body);
  });

  for (const t of TRANSITIONS) {
    app.post(
      `${BASE}/:id/${t.path}`,
      { schema: { tags: TAGS, summary: t.summary, params: IdParams, body: t.opinionRequired ? OpinionBody : OptionalOpinionBody, response: { 200: ConferenceView } } },
      async (request) => conferences.act(app.ctx, requestContext(request), request.params.id, t.action, { opinion: request.body.opinion }),
    );
  }

  app.post(`${BASE}/:id/announce`, { schema: { tags: TAGS, summary: '发布预告到门户网站和订阅源（A15.6）', params: IdParams, body: AnnounceBody, response: { 200: ConferenceView } } }, async (request) =>
    conferences.act(app.ctx, requestContext(request), request.params.id, 'announce', { liveVideoUrl: request.body.liveVideoUrl }),
  );

  app.put(`${BASE}/:id/live-link`, { schema: { tags: TAGS, summary: '设置视频直播链接（A15.6）', params: IdParams, body: LiveLinkBody, response: { 200: ConferenceView } } }, async (request) =>
    conferences.setLiveLink(app.ctx, requestContext(request), request.params.id, request.body.liveVideoUrl),
  );

  app.post(
    `${BASE}/:id/live-pictures`,
    { schema: { tags: TAGS, summary: '上传图文直播的图片', description: UPLOAD, params: IdParams, response: { 201: UploadedFile } } },
    async (request, reply) => {
      const file = await conferences.uploadLivePicture(app.ctx, requestContext(request), request.params.id, () => receiveFile(request, 'image'));
      reply.code(201);
      return file;
    },
  );

  app.post(`${BASE}/:id/live-posts`, { schema: { tags: TAGS, summary: '发布一条图文直播（读者无需刷新即可看到）', params: IdParams, body: LivePostBody, response: { 201: ConferenceView } } }, async (request, reply) => {
    reply.code(201);
    return conferences.addLivePost(app.ctx, requestContext(request), request.params.id, request.body);
  });

  app.post(`${BASE}/:id/archive`, { schema: { tags: TAGS, summary: '归档：登记实录、报道和舆情反应，生成发布活动记录（计入年度任务）', params: IdParams, body: ArchiveBody, response: { 200: ConferenceView } } }, async (request) =>
    conferences.act(app.ctx, requestContext(request), request.params.id, 'archive', { archive: request.body }),
  );

  app.post('/conference-series', { schema: { tags: TAGS, summary: '一次创建定时发布系列发布会（A15.7，不受提前10个工作日限制）', body: SeriesBody, response: { 201: SeriesCreated } } }, async (request, reply) => {
    reply.code(201);
    return conferences.createSeries(app.ctx, requestContext(request), request.body);
  });
};
