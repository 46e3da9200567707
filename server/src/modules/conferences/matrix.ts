import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { multipartFile } from '../imports/test-files';
import { conferenceWorld, draftBody, FILES, insertConference, linkUser, type ConferenceWorld } from './test-data';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const UNIT = ['editor_own', 'approver_own'] as const;
const OFFICE = ['news_office'] as const;
/** approver_own is linked to the township's principal: the one who approves and submits (A15.1) and approves content (A15.3). */
const PRINCIPAL = ['approver_own'] as const;

let series = 0;
const worlds = new WeakMap<MatrixFixture, Promise<ConferenceWorld>>();
function world(fx: MatrixFixture): Promise<ConferenceWorld> {
  let w = worlds.get(fx);
  if (!w) {
    w = (async () => {
      const made = await conferenceWorld(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, newsOfficeId: fx.units.newsOffice.id });
      await linkUser(fx.t.ctx.db, fx.actors.approver_own.user.id, made.principal.id);
      return made;
    })();
    worlds.set(fx, w);
  }
  return w;
}

/** `withFiles`: also write the documents to disk, for the download route. */
const conference = async (fx: MatrixFixture, status: string, withFiles = false) =>
  insertConference(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, world: await world(fx), status, ...(withFiles ? { dataDir: fx.t.ctx.config.dataDir } : {}) });
const at = (path: string) => async (fx: MatrixFixture, status: string) => `/api/v1/conference-applications/${(await conference(fx, status)).id}${path}`;

/** A transition route, called on a fresh application in the state it starts from. */
const step = (route: string, status: string, allow: MatrixEntry['allow'], payload: object = {}): MatrixEntry => ({
  route: `POST /api/v1/conference-applications/:id/${route}`,
  allow,
  request: async (fx) => ({ url: await at(`/${route}`)(fx, status), payload }),
});


export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/conference-applications', allow: 'everyone', request: () => ({ url: '/api/v1/conference-applications' }) },
  { route: 'POST /api/v1/conference-applications', allow: UNIT, request: async (fx) => ({ url: '/api/v1/conference-applications', payload: draftBody(fx.units.own.id, await world(fx)) }) },
  { route: 'GET /api/v1/conference-applications/:id', allow: READERS, request: async (fx) => ({ url: await at('')(fx, 'in_review') }) },
  { route: 'PUT /api/v1/conference-applications/:id', allow: UNIT, request: async (fx) => ({ url: await at('')(fx, 'draft'), payload: draftBody(fx.units.own.id, await world(fx)) }) },
  {
    route: 'POST /api/v1/conference-applications/:id/documents/:kind',
    allow: UNIT,
    request: async (fx) => ({ url: await at('/documents/release_text')(fx, 'revision'), ...multipartFile(FILES.docx, '发布文稿（修改稿）.docx') }),
  },
  {
    route: 'GET /api/v1/conference-applications/:id/files/:fileId',
    allow: READERS,
    request: async (fx) => {
      const c = await conference(fx, 'in_review', true);
      const doc = await fx.t.ctx.db.selectFrom('conference_documents').select('id').where('conference_id', '=', c.id).executeTakeFirstOrThrow();
      return { url: `/api/v1/conference-applications/${c.id}/files/${doc.id}` };
    },
  },
  { route: 'GET /api/v1/conference-applications/:id/form.docx', allow: READERS, request: async (fx) => ({ url: await at('/form.docx')(fx, 'draft') }) },
  { route: 'GET /api/v1/conference-applications/:id/summary.docx', allow: READERS, request: async (fx) => ({ url: await at('/summary.docx')(fx, 'held') }) },
  { route: 'POST /api/v1/conference-applications/:id/comments', allow: OFFICE, request: async (fx) => ({ url: await at('/comments')(fx, 'in_review'), payload: { textVersion: 1, start: 0, end: 3, body: '请核实' } }) },
  step('request-unit-approval', 'draft', UNIT),
  step('return', 'unit_approval', PRINCIPAL, { opinion: '请补充工作方案' }),
  step('submit', 'unit_approval', PRINCIPAL, { opinion: '同意报送' }),
  step('start-review', 'submitted', OFFICE),
  step('request-revision', 'in_review', OFFICE, { opinion: '请修改第二段' }),
  step('resubmit', 'revision', UNIT),
  step('pass-review', 'in_review', OFFICE, { opinion: '拟同意，报单位审定' }),
  step('approve', 'content_approval', PRINCIPAL, { opinion: '同意发布' }),
  step('refuse', 'in_review', OFFICE, { opinion: '选题不宜发布' }),
  step('withdraw', 'submitted', ['news_office', 'editor_own', 'approver_own']),
  step('announce', 'approved', OFFICE, { liveVideoUrl: 'https://live.example.cn/1' }),
  step('start-live', 'announced', OFFICE),
  step('finish', 'live', OFFICE),
  step('archive', 'held', OFFICE, { transcript: '发布会实录', opinionReaction: '舆情平稳', coverage: [{ outletName: '武隆网', title: '白马镇举行发布会', publishedOn: '2026-12-16' }] }),
  { route: 'PUT /api/v1/conference-applications/:id/live-link', allow: OFFICE, request: async (fx) => ({ url: await at('/live-link')(fx, 'approved'), payload: { liveVideoUrl: 'https://live.example.cn/2' } }) },
  { route: 'POST /api/v1/conference-applications/:id/live-pictures', allow: OFFICE, request: async (fx) => ({ url: await at('/live-pictures')(fx, 'live'), ...multipartFile(FILES.png, '现场.png') }) },
  { route: 'POST /api/v1/conference-applications/:id/live-posts', allow: OFFICE, request: async (fx) => ({ url: await at('/live-posts')(fx, 'live'), payload: { body: '发布会开始' } }) },
  {
    route: 'POST /api/v1/conference-series',
    allow: OFFICE,
    request: async (fx) => {
      // In a venue of their own, two days apart per call, so no series overlaps another booking.
      const venue =
        (await fx.t.ctx.db.selectFrom('venues').select('id').where('name', '=', '矩阵系列场地').executeTakeFirst()) ??
        (await fx.t.ctx.db.insertInto('venues').values({ name: '矩阵系列场地', address: null, note: null, created_at: fx.at }).returning('id').executeTakeFirstOrThrow());
      const firstStartsAt = new Date(Date.parse('2027-02-01T02:00:00.000Z') + series++ * 2 * 86_400_000).toISOString();
      return {
        url: '/api/v1/conference-series',
        payload: { unitId: fx.units.own.id, title: '疫情防控新闻发布会', inNameOf: 'news_office', reason: '应对公共卫生事件，区指挥部定时发布', firstStartsAt, intervalDays: 1, count: 2, venueId: venue.id },
      };
    },
  },
];

