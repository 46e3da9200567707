import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { addWorkdays, districtDate, subtractWorkdays } from '@fabutong/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createPerson, createUnit, loginAs, sessionCookie } from '../../../test/factories';
import { openStream } from '../../../test/sse-client';
import { workdays } from '../calendar/service';
import { multipartFile } from '../imports/test-files';
import { quotaReport } from '../quotas/service';
import { conferenceWorld, draftBody, FILES, linkUser, type ConferenceWorld } from './test-data';

type Session = { cookie: string; user: { id: number } };

describe.each(DIALECTS)('press conferences in the district government\'s or news office\'s name (A15) on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let world: ConferenceWorld;
  let editor: Session;
  let principal: Session;
  let office: Session;
  let otherEditor: Session;
  const at = () => t.clock.now().toISOString();

  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, at());
    world = await conferenceWorld(t.ctx.db, at(), { unitId: units.township.id, newsOfficeId: units.newsOffice.id });
    editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
    principal = await loginAs(t.ctx.db, at(), 'unit_approver', units.township.id, { displayName: '刘镇长' });
    await linkUser(t.ctx.db, principal.user.id, world.principal.id);
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id, { displayName: '周敏' });
    otherEditor = await loginAs(t.ctx.db, at(), 'unit_editor', units.department.id);
  });
  afterEach(async () => t.close());

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload: object | undefined, who: Session) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie: who.cookie } });
  const uploadFile = (id: number, kind: string, content: Buffer, name: string, who: Session = editor) => {
    const form = multipartFile(content, name);
    return t.app.inject({ method: 'POST', url: `/api/v1/conference-applications/${id}/documents/${kind}`, body: form.body, headers: { ...form.headers, cookie: who.cookie } });
  };

  /** A conference `n` workdays after today, at 10:00 in the district. */
  const workdaysAhead = async (n: number) => `${addWorkdays(await workdays(t.ctx), districtDate(t.clock.now()), n)}T10:00:00+08:00`;

  async function draft(over: Record<string, unknown> = {}, who: Session = editor) {
    const res = await send('POST', '/conference-applications', draftBody(units.township.id, world, over), who);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; status: string };
  }

  async function withDocuments(id: number) {
    for (const kind of ['application_form', 'work_plan', 'release_text']) expect((await uploadFile(id, kind, FILES.pdf, `${kind}.pdf`)).statusCode).toBe(201);
  }

  /** Moves the clock, and logs everyone in afresh (sessions end after 30 idle minutes). */
  async function setClock(instant: string) {
    t.clock.set(instant);
    for (const who of [editor, principal, office, otherEditor]) who.cookie = await sessionCookie(t.ctx.db, who.user.id, at());
  }

  const step = (id: number, action: string, who: Session, payload: object = {}) => send('POST', `/conference-applications/${id}/${action}`, payload, who);

  async function submitted(over: Record<string, unknown> = {}) {
    const c = await draft({ startsAt: await workdaysAhead(12), ...over });
    await withDocuments(c.id);
    expect((await step(c.id, 'request-unit-approval', editor)).statusCode).toBe(200);
    const res = await step(c.id, 'submit', principal, { opinion: '同意报送' });
    expect(res.statusCode, res.body).toBe(200);
    return c;
  }

  describe('application (A15.1)', () => {
    it('drafts an application, keeps every uploaded version, and fills the application form as Word', async () => {
      const c = await draft({ guests: [{ name: '李教授', title: '西南大学旅游学院' }] });
      expect(c.status).toBe('draft');
      expect((await uploadFile(c.id, 'release_text', FILES.docx, '发布文稿.docx')).statusCode).toBe(201);
      const second = await uploadFile(c.id, 'release_text', FILES.pdf, '发布文稿（二稿）.pdf');
      expect(second.json().documents.filter((d: { kind: string }) => d.kind === 'release_text').map((d: { version: number; fileName: string }) => [d.version, d.fileName])).toEqual([
        [2, '发布文稿（二稿）.pdf'],
        [1, '发布文稿.docx'],
      ]);
      const doc = second.json().documents[0];
      const file = await send('GET', `/conference-applications/${c.id}/files/${doc.id}`, undefined, office);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="file\.pdf"; filename\*=UTF-8''/);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(FILES.pdf)).toBe(true);
      const stored = fs.readdirSync(path.join(t.ctx.config.dataDir, 'uploads'));
      expect(stored).toHaveLength(2);
      expect(stored.every((name) => /^[0-9a-f-]{36}\.(docx|pdf)$/.test(name))).toBe(true);

      const form = await send('GET', `/conference-applications/${c.id}/form.docx`, undefined, editor);
      expect(form.statusCode).toBe(200);
      const xml = await (await JSZip.loadAsync(form.rawPayload)).file('word/document.xml')!.async('string');
      for (const text of ['武隆区新闻发布会申报表', '白马镇乡村旅游新闻发布会', '以区政府新闻办名义', '刘镇长', '周主任', '李教授', '区新闻发布中心', '领导意见']) expect(xml).toContain(text);
    });

    it('refuses a file of another type, a renamed file and an empty one, and writes nothing', async () => {
      const c = await draft();
      const before = await snapshotTables(t, ['sessions', 'audit_log']);
      for (const [content, name] of [
        [Buffer.from('MZ executable'), '发布文稿.exe'],
        [Buffer.from('not really a pdf'), '发布文稿.pdf'],
        [Buffer.alloc(0), '空.docx'],
      ] as const) {
        const res = await uploadFile(c.id, 'release_text', content, name);
        expect(res.statusCode, name).toBe(400);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
      expect(await snapshotTables(t, ['sessions', 'audit_log'])).toEqual(before);
      expect(fs.existsSync(path.join(t.ctx.config.dataDir, 'uploads')) ? fs.readdirSync(path.join(t.ctx.config.dataDir, 'uploads')) : []).toEqual([]);
    });

    it('refuses a file over 20 MB with 413', async () => {
      const c = await draft();
      const res = await uploadFile(c.id, 'work_plan', Buffer.concat([FILES.pdf, Buffer.alloc(20 * 1024 * 1024)]), '方案.pdf');
      expect(res.statusCode).toBe(413);
      expect(res.json().detail).toContain('20 MB');
    });

    it('writes nothing for a file over 20 MB: no file row, no document, no file in the uploads directory', async () => {
      const c = await draft();
      const before = await snapshotTables(t, ['sessions']);
      const res = await uploadFile(c.id, 'work_plan', Buffer.concat([FILES.pdf, Buffer.alloc(20 * 1024 * 1024 + 1)]), '方案.pdf');
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(await snapshotTables(t, ['sessions'])).toEqual(before);
      expect(await t.ctx.db.selectFrom('files').select('id').execute()).toEqual([]);
      expect(await t.ctx.db.selectFrom('conference_documents').select('id').execute()).toEqual([]);
      const uploads = path.join(t.ctx.config.dataDir, 'uploads');
      expect(fs.existsSync(uploads) ? fs.readdirSync(uploads) : []).toEqual([]);
      // A file of exactly 20 MB is still taken.
      const limit = await uploadFile(c.id, 'work_plan', Buffer.concat([FILES.pdf, Buffer.alloc(20 * 1024 * 1024 - FILES.pdf.length)]), '方案.pdf');
      expect(limit.statusCode, limit.body).toBe(201);
    });

    it('accepts a .doc and a .wps (OLE compound files) and a .jpg, and serves each back with its type', async () => {
      const c = await draft();
      const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const doc = Buffer.concat([ole, Buffer.alloc(504), Buffer.from('工作方案')]);
      const wps = Buffer.concat([ole, Buffer.alloc(504), Buffer.from('WPS 文字 发布文稿')]);
      const jpg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(16), Buffer.from([0xff, 0xd9])]);
      const cases = [
        ['work_plan', doc, '工作方案.doc', 'application/msword'],
        ['release_text', wps, '发布文稿.wps', 'application/vnd.ms-works'],
        ['application_form', jpg, '申报表（签字扫描件）.jpg', 'image/jpeg'],
      ] as const;
      for (const [kind, content, name, mime] of cases) {
        const res = await uploadFile(c.id, kind, content, name);
        expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
        const uploaded = res.json().documents.find((d: { kind: string }) => d.kind === kind);
        expect(uploaded).toMatchObject({ kind, version: 1, fileName: name });
        const file = await send('GET', `/conference-applications/${c.id}/files/${uploaded.id}`, undefined, office);
        expect(file.statusCode).toBe(200);
        expect(file.headers['content-type']).toContain(mime);
        expect(file.rawPayload.equals(content)).toBe(true);
      }
      const stored = fs.readdirSync(path.join(t.ctx.config.dataDir, 'uploads')).map((n) => path.extname(n)).sort();
      expect(stored).toEqual(['.doc', '.jpg', '.wps']);
      // The same OLE bytes under a .pdf name are still refused: the check is by content, not by name alone.
      expect((await uploadFile(c.id, 'qa', doc, '答问口径.pdf')).statusCode).toBe(400);
    });

    it('refuses a submission 9 workdays ahead, citing A15.1, and accepts one 10 workdays ahead', async () => {
      const late = await draft({ startsAt: await workdaysAhead(9) });
      await withDocuments(late.id);
      // The editor may not even send it to the principal once it is late.
      const early = await step(late.id, 'request-unit-approval', editor);
      expect(early.statusCode).toBe(422);
      expect(early.json()).toMatchObject({ rule: 'A15.1', article: '第十五条（一）' });

      const c = await draft({ startsAt: await workdaysAhead(10) });
      await withDocuments(c.id);
      expect((await step(c.id, 'request-unit-approval', editor)).statusCode).toBe(200);
      // A workday passes before the principal approves: now it is 9 workdays ahead, and too late.
      await setClock(`${addWorkdays(await workdays(t.ctx), districtDate(t.clock.now()), 1)}T10:00:00+08:00`);
      const before = await snapshotTables(t, ['sessions']);
      const refused = await step(c.id, 'submit', principal, {});
      expect(refused.statusCode).toBe(422);
      expect(refused.json().rule).toBe('A15.1');
      expect(refused.json().detail).toContain('最迟应于');
      expect(await snapshotTables(t, ['sessions'])).toEqual(before);
    });

    it('lets the principal alone approve and submit, and records the review due date (A15.1, A15.2)', async () => {
      const c = await draft({ startsAt: await workdaysAhead(12) });
      await withDocuments(c.id);
      await step(c.id, 'request-unit-approval', editor);
      expect((await step(c.id, 'submit', editor)).statusCode).toBe(403);
      const res = await step(c.id, 'submit', principal, { opinion: '同意' });
      expect(res.json()).toMatchObject({ status: 'submitted', submissionDate: '2026-11-26', reviewDue: addWorkdays(await workdays(t.ctx), '2026-11-26', 10) });
      expect(res.json().decisions).toMatchObject([{ step: 'unit_principal', decision: 'approved', opinion: '同意', actorName: '刘镇长' }]);
      expect(res.json().textVersions).toHaveLength(1);
    });

    it('exempts an emergency conference from the 10 workdays, but wants its reason (A13.4)', async () => {
      expect((await send('POST', '/conference-applications', draftBody(units.township.id, world, { kind: 'emergency' }), editor)).statusCode).toBe(400);
      const c = await draft({ kind: 'emergency', emergencyReason: '白马镇山体滑坡', startsAt: await workdaysAhead(1) });
      await withDocuments(c.id);
      await step(c.id, 'request-unit-approval', editor);
      expect((await step(c.id, 'submit', principal)).json().status).toBe('submitted');
    });

    it('refuses incomplete applications: missing documents, host, risk assessment (A15.1, A15.4, A13.7)', async () => {
      const c = await draft({ participants: [{ personId: world.principal.id, part: 'main_speaker' }], riskAssessment: null, startsAt: await workdaysAhead(12) });
      const res = await step(c.id, 'request-unit-approval', editor);
      expect(res.statusCode).toBe(422);
      const rules = res.json().errors.map((e: { rule: string }) => e.rule);
      expect(rules).toEqual(expect.arrayContaining(['A15.1', 'A15.4', 'A13.7']));
    });

    it('keeps units apart (A17)', async () => {
      expect((await send('POST', '/conference-applications', draftBody(units.township.id, world), otherEditor)).statusCode).toBe(403);
      const c = await draft();
      expect((await send('GET', `/conference-applications/${c.id}`, undefined, otherEditor)).statusCode).toBe(403);
      expect((await send('PUT', `/conference-applications/${c.id}`, draftBody(units.township.id, world), otherEditor)).statusCode).toBe(403);
      expect((await uploadFile(c.id, 'qa', FILES.pdf, 'qa.pdf', otherEditor)).statusCode).toBe(403);
      expect((await send('GET', '/conference-applications', undefined, otherEditor)).json().total).toBe(0);
    });
  });

  describe('speakers and venue (A15.4, A15.5)', () => {
    it('refuses a main speaker or host the name does not allow, citing A15.4', async () => {
      const clerk = await createPerson(t.ctx.db, at(), { name: '普通干部' });
      await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'staff', personId: clerk.id, from: '2024-01-01' });
      const res = await send('POST', '/conference-applications', draftBody(units.township.id, world, { participants: [{ personId: clerk.id, part: 'main_speaker' }, { personId: world.director.id, part: 'host' }] }), editor);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ rule: 'A15.4', article: '第十五条（四）' });
      expect(res.json().detail).toContain('普通干部不能担任以区政府新闻办名义举行的新闻发布会的主发布人');
      // A leader the unit authorized may speak (授权的负责人), and experts may be added.
      const ok = await send('POST', '/conference-applications', draftBody(units.township.id, world, { participants: [{ personId: clerk.id, part: 'main_speaker', authorizedByUnit: true }, { personId: world.director.id, part: 'host' }, { personId: world.spokesperson.id, part: 'expert' }] }), editor);
      expect(ok.statusCode, ok.body).toBe(201);
      // In the district government's name the principal may not be main speaker.
      const gov = await send('POST', '/conference-applications', draftBody(units.township.id, world, { inNameOf: 'district_gov' }), editor);
      expect(gov.json().rule).toBe('A15.4');
    });

    it('wants a reason and the standard confirmed for another venue, and no overlap in one venue (A15.5)', async () => {
      const venue = (await send('POST', '/venues', { name: '白马镇会议中心', address: '白马镇' }, office)).json();
      const bad = await send('POST', '/conference-applications', draftBody(units.township.id, world, { venueId: venue.id }), editor);
      expect(bad.statusCode).toBe(422);
      expect(bad.json().rule).toBe('A15.5');
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['venueReason', 'venueMeetsStandard']);
      await draft({ venueId: venue.id, venueReason: '现场展示乡村旅游项目', venueMeetsStandard: true });

      const startsAt = '2026-12-16T02:00:00.000Z';
      await draft({ startsAt });
      const clash = await send('POST', '/conference-applications', draftBody(units.township.id, world, { startsAt: '2026-12-16T02:30:00.000Z' }), editor);
      expect(clash.statusCode).toBe(409);
      expect(clash.json().rule).toBe('A15.5');
      // Back to back is fine; another venue at the same time is fine.
      await draft({ startsAt: '2026-12-16T03:00:00.000Z' });
      await draft({ startsAt, venueId: venue.id, venueReason: '现场展示', venueMeetsStandard: true });
      const week = (await send('GET', '/venues/bookings?weekOf=2026-12-17', undefined, otherEditor)).json();
      expect(week).toMatchObject({ from: '2026-12-14', to: '2026-12-20' });
      expect(week.items.map((b: { startsAt: string; venueName: string }) => `${b.startsAt} ${b.venueName}`)).toEqual(
        expect.arrayContaining(['2026-12-16T02:00:00.000Z 区新闻发布中心', '2026-12-16T03:00:00.000Z 区新闻发布中心', '2026-12-16T02:00:00.000Z 白马镇会议中心']),
      );
    });
  });

  describe('review (A15.2)', () => {
    it('anchors comments to the text, asks for a revision, keeps both versions, and goes on', async () => {
      const c = await submitted();
      expect((await step(c.id, 'start-review', office)).json().status).toBe('in_review');
      const text = '白马镇乡村旅游发展情况。\n';
      const comment = await send('POST', `/conference-applications/${c.id}/comments`, { textVersion: 1, start: 3, end: 7, body: '“乡村旅游”请改为“乡村旅游产业”' }, office);
      expect(comment.statusCode, comment.body).toBe(201);
      expect(comment.json().comments).toMatchObject([{ textVersion: 1, start: 3, end: 7, quote: [...text].slice(3, 7).join(''), authorName: '周敏' }]);
      expect((await send('POST', `/conference-applications/${c.id}/comments`, { textVersion: 1, start: 3, end: 999, body: 'x' }, office)).statusCode).toBe(400);
      expect((await send('POST', `/conference-applications/${c.id}/comments`, { textVersion: 1, start: 0, end: 3, body: 'x' }, editor)).statusCode).toBe(403);

      expect((await step(c.id, 'request-revision', office, {})).statusCode).toBe(400);
      expect((await step(c.id, 'request-revision', office, { opinion: '请按批注修改' })).json().status).toBe('revision');
      const edited = await send('PUT', `/conference-applications/${c.id}`, draftBody(units.township.id, world, { startsAt: (await send('GET', `/conference-applications/${c.id}`, undefined, editor)).json().startsAt, releaseText: '白马镇乡村旅游产业发展情况。\n' }), editor);
      expect(edited.statusCode, edited.body).toBe(200);
      await uploadFile(c.id, 'release_text', FILES.docx, '发布文稿（修改稿）.docx');
      const again = await step(c.id, 'resubmit', editor);
      expect(again.json()).toMatchObject({ status: 'in_review', submissionDate: '2026-11-26' });
      expect(again.json().textVersions.map((v: { version: number; text: string }) => [v.version, v.text])).toEqual([
        [1, text],
        [2, '白马镇乡村旅游产业发展情况。\n'],
      ]);
      const passed = await step(c.id, 'pass-review', office, { opinion: '拟同意，请单位审定' });
      expect(passed.json()).toMatchObject({ status: 'content_approval', approvalChain: ['unit'] });
      expect(passed.json().decisions.map((d: { step: string; decision: string }) => `${d.step}:${d.decision}`)).toEqual(['unit_principal:approved', 'review:revision', 'review:approved']);
    });

    it('reminds the news office 2 workdays before the review is due and on the day, once each, and flags it overdue after (A15.2)', async () => {
      const c = await submitted();
      const due = (await send('GET', `/conference-applications/${c.id}`, undefined, office)).json().reviewDue;
      const cal = await workdays(t.ctx);
      const notes = async () => (await send('GET', '/notifications', undefined, office)).json().items.map((n: { title: string }) => n.title);
      await setClock(`${subtractWorkdays(cal, due, 2)}T08:59:00+08:00`);
      await t.ctx.jobs.runDue();
      expect(await notes()).toEqual([]);
      await setClock(`${subtractWorkdays(cal, due, 2)}T09:00:00+08:00`);
      await t.ctx.jobs.runDue();
      await t.ctx.jobs.runDue();
      expect(await notes()).toEqual([`“白马镇乡村旅游新闻发布会”的发布文稿须在 ${due} 前完成规范性审核`]);
      await setClock(`${due}T09:00:00+08:00`);
      await t.ctx.jobs.runDue();
      expect(await notes()).toHaveLength(2);
      expect((await send('GET', `/conference-applications/${c.id}`, undefined, office)).json().reviewOverdue).toBe(false);
      await setClock(`${addWorkdays(cal, due, 1)}T09:00:00+08:00`);
      expect((await send('GET', `/conference-applications/${c.id}`, undefined, office)).json().reviewOverdue).toBe(true);
      const pending = (await send('GET', '/home/pending', undefined, office)).json().items;
      expect(pending).toContainEqual(expect.objectContaining({ kind: 'conference.submitted', due, rule: 'A15.2', link: `/console/conferences/${c.id}` }));
    });
  });

  describe('content approval (A15.3)', () => {
    it('escalates a department\'s major matter to the vice district head in charge and the district head, each in their pending items', async () => {
      const gov = await createUnit(t.ctx.db, at(), { kind: 'district_gov', name: '区政府', parentId: units.district.id });
      const vice = await createPerson(t.ctx.db, at(), { name: '黄副区长' });
      const head = await createPerson(t.ctx.db, at(), { name: '杨区长' });
      await appoint(t.ctx.db, at(), { unitId: gov.id, post: 'vice_district_head', personId: vice.id, from: '2024-01-01' });
      await appoint(t.ctx.db, at(), { unitId: gov.id, post: 'district_head', personId: head.id, from: '2024-01-01' });
      const deptWorld = await conferenceWorld(t.ctx.db, at(), { unitId: units.department.id, newsOfficeId: units.newsOffice.id });
      const deptEditor = await loginAs(t.ctx.db, at(), 'unit_editor', units.department.id);
      const deptPrincipal = await loginAs(t.ctx.db, at(), 'unit_approver', units.department.id);
      await linkUser(t.ctx.db, deptPrincipal.user.id, deptWorld.principal.id);
      const viceUser = await loginAs(t.ctx.db, at(), 'leader', units.district.id, { displayName: '黄副区长' });
      await linkUser(t.ctx.db, viceUser.user.id, vice.id);

      const res = await send('POST', '/conference-applications', draftBody(units.department.id, deptWorld, { majorMatter: true, startsAt: await workdaysAhead(12) }), deptEditor);
      const id = res.json().id;
      for (const kind of ['application_form', 'work_plan', 'release_text']) await uploadFile(id, kind, FILES.pdf, `${kind}.pdf`, deptEditor);
      const missing = await step(id, 'request-unit-approval', deptEditor);
      expect(missing.json().rule).toBe('A15.3');
      const body = draftBody(units.department.id, deptWorld, { majorMatter: true, chargeLeaderPersonId: vice.id, startsAt: res.json().startsAt });
      expect((await send('PUT', `/conference-applications/${id}`, body, deptEditor)).statusCode).toBe(200);
      await step(id, 'request-unit-approval', deptEditor);
      await step(id, 'submit', deptPrincipal);
      await step(id, 'start-review', office);
      await step(id, 'pass-review', office);
      const pendingOf = async (who: Session) => (await send('GET', '/home/pending', undefined, who)).json().items.filter((i: { link: string }) => i.link.endsWith(`/${id}`));

      expect(await pendingOf(deptPrincipal)).toHaveLength(1);
      expect(await pendingOf(viceUser)).toHaveLength(0);
      expect((await step(id, 'approve', viceUser)).statusCode).toBe(403);
      expect((await step(id, 'approve', deptPrincipal, { opinion: '同意，报分管区领导' })).json()).toMatchObject({ status: 'content_approval', approvalStep: 1 });

      expect(await pendingOf(viceUser)).toMatchObject([{ title: expect.stringContaining('分管副区长审定'), rule: 'A15.3' }]);
      expect((await step(id, 'approve', deptPrincipal)).statusCode).toBe(403);
      expect((await step(id, 'approve', viceUser, { opinion: '同意' })).json()).toMatchObject({ status: 'content_approval', approvalStep: 2 });

      // The district head has no account: the news office enters the signed opinion for him.
      const last = await step(id, 'approve', office, { opinion: '同意发布' });
      expect(last.json().status).toBe('approved');
      expect(last.json().decisions.slice(-3)).toMatchObject([
        { step: 'unit', opinion: '同意，报分管区领导', onBehalfOf: null },
        { step: 'vice_district_head', opinion: '同意', actorName: '黄副区长', onBehalfOf: null },
        { step: 'district_head', opinion: '同意发布', actorName: '周敏', onBehalfOf: '杨区长' },
      ]);
    });

    it('lets the unit\'s spokesperson approve the unit step, and not another user of the unit (A15.3)', async () => {
      const c = await submitted();
      await step(c.id, 'start-review', office);
      expect((await step(c.id, 'pass-review', office, { opinion: '拟同意' })).json()).toMatchObject({ status: 'content_approval', approvalChain: ['unit'] });
      const spokesperson = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id, { displayName: '王副镇长' });
      await linkUser(t.ctx.db, spokesperson.user.id, world.spokesperson.id);
      // Same unit and same roles, but holding no post that A15.3 names.
      const clerk = await createPerson(t.ctx.db, at(), { name: '李干事' });
      await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'staff', personId: clerk.id, from: '2024-01-01' });
      const other = await loginAs(t.ctx.db, at(), 'unit_approver', units.township.id, { displayName: '李干事' });
      await linkUser(t.ctx.db, other.user.id, clerk.id);
      for (const who of [other, editor, otherEditor]) {
        const refused = await step(c.id, 'approve', who, { opinion: '同意' });
        expect(refused.statusCode).toBe(403);
        expect(refused.json()).toMatchObject({ rule: 'A17' });
      }
      expect((await send('GET', `/conference-applications/${c.id}`, undefined, office)).json()).toMatchObject({ status: 'content_approval', approvalStep: 0 });

      const res = await step(c.id, 'approve', spokesperson, { opinion: '同意发布' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('approved');
      expect(res.json().decisions.at(-1)).toMatchObject({ step: 'unit', decision: 'approved', opinion: '同意发布', actorName: '王副镇长', onBehalfOf: null });
    });

    it('lets the step\'s approver refuse with an opinion, ending the application', async () => {
      const c = await submitted();
      await step(c.id, 'start-review', office);
      await step(c.id, 'pass-review', office);
      expect((await step(c.id, 'refuse', office, { opinion: '不同意' })).statusCode).toBe(403);
      const res = await step(c.id, 'refuse', principal, { opinion: '时机不成熟，暂缓发布' });
      expect(res.json()).toMatchObject({ status: 'refused', availableActions: [] });
      expect((await step(c.id, 'announce', office)).statusCode).toBe(409);
    });
  });

  describe('announcement, live text and archive (A15.6)', () => {
    async function approved() {
      const c = await submitted({ summary: '介绍白马镇乡村旅游发展情况' });
      await step(c.id, 'start-review', office);
      await step(c.id, 'pass-review', office, { opinion: '拟同意' });
      expect((await step(c.id, 'approve', principal, { opinion: '同意' })).json().status).toBe('approved');
      return c;
    }

    it('announces on the portal and the feeds, broadcasts live text over SSE, and archives as a counted release', async () => {
      const c = await approved();
      expect((await t.app.inject(`/conferences/${c.id}`)).statusCode).toBe(404);
      const announced = await send('POST', `/conference-applications/${c.id}/announce`, { liveVideoUrl: null }, office);
      expect(announced.json().status).toBe('announced');

      const page = await t.app.inject(`/conferences/${c.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('白马镇乡村旅游新闻发布会');
      expect(page.body).toContain('区新闻发布中心');
      expect(page.body).toContain(`<script src="/conferences/live.js" defer></script>`);
      expect(page.body).not.toMatch(/<script>/);
      expect((await t.app.inject('/conferences/live.js')).headers['content-type']).toMatch(/javascript/);
      expect((await t.app.inject('/')).body).toContain('白马镇乡村旅游新闻发布会');

      const ics = (await t.app.inject('/feeds/conferences.ics')).body;
      const events = parseICalendar(ics);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ SUMMARY: '白马镇乡村旅游新闻发布会', LOCATION: '区新闻发布中心（武隆区融媒体中心2楼）', STATUS: 'CONFIRMED', UID: `conference-${c.id}@fabutong` });
      expect(events[0]!.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
      expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      const rss = (await t.app.inject('/feeds/conferences.rss')).body;
      expect(rss).toMatch(/^<\?xml/);
      const items = parseRss(rss);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ guid: `conference-${c.id}` });
      expect(items[0]!.title).toContain('白马镇乡村旅游新闻发布会');
      expect(items[0]!.link).toMatch(new RegExp(`^http://[^/]+/conferences/${c.id}$`));
      expect(items[0]!.description).toContain('地点：区新闻发布中心');

      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
      const stream = await openStream(`${base}/conferences/${c.id}/live`);
      expect((await step(c.id, 'start-live', office)).json().status).toBe('live');
      const picture = multipartFile(FILES.png, '现场.png');
      const pic = await t.app.inject({ method: 'POST', url: `/api/v1/conference-applications/${c.id}/live-pictures`, body: picture.body, headers: { ...picture.headers, cookie: office.cookie } });
      expect(pic.statusCode, pic.body).toBe(201);
      expect((await send('POST', `/conference-applications/${c.id}/live-posts`, { body: '发布会开始，刘镇长介绍情况。' }, office)).statusCode).toBe(201);
      expect((await send('POST', `/conference-applications/${c.id}/live-posts`, { body: '', pictureFileId: pic.json().fileId }, office)).statusCode).toBe(201);
      expect((await send('POST', `/conference-applications/${c.id}/live-posts`, { body: '无权发布' }, editor)).statusCode).toBe(403);
      await stream.waitFor(3);
      expect(stream.events.map((e) => e.event)).toEqual(['status', 'post', 'post']);
      expect(JSON.parse(stream.events[1]!.data)).toMatchObject({ body: '发布会开始，刘镇长介绍情况。' });
      stream.close();
      const live = (await t.app.inject(`/conferences/${c.id}`)).body;
      expect(live).toContain('发布会开始，刘镇长介绍情况。');
      expect(live).toContain(`/conferences/${c.id}/pictures/${pic.json().fileId}`);
      expect((await t.app.inject(`/conferences/${c.id}/pictures/${pic.json().fileId}`)).rawPayload.equals(FILES.png)).toBe(true);

      await step(c.id, 'finish', office);
      const archived = await send(
        'POST',
        `/conference-applications/${c.id}/archive`,
        { transcript: '主持人：各位记者朋友……', opinionReaction: '网络反响积极，未发现负面舆情', coverage: [{ outletName: '武隆网', title: '白马镇举行乡村旅游新闻发布会', publishedOn: '2026-12-16' }] },
        office,
      );
      expect(archived.statusCode, archived.body).toBe(200);
      const releaseId = archived.json().releaseId;
      const release = (await send('GET', `/releases/${releaseId}`, undefined, office)).json();
      expect(release).toMatchObject({ form: 'press_conference', organizer: 'news_office', inNameOf: 'news_office', status: 'held', qa: true, unitName: '白马镇', transcript: '主持人：各位记者朋友……' });
      expect(release.participants.map((p: { personName: string; part: string }) => `${p.personName}:${p.part}`)).toEqual(['刘镇长:main_speaker', '周主任:host']);
      expect(release.coverage).toMatchObject([{ outletName: '武隆网' }]);
      const report = await quotaReport(t.ctx, 2026, '2026-12-31');
      const township = report.results.find((r) => r.rule === 'A13.3-d' && r.subject.unitId === units.township.id);
      expect(township?.status).toBe('met');

      const summary = await send('GET', `/conference-applications/${c.id}/summary.docx`, undefined, editor);
      const xml = await (await JSZip.loadAsync(summary.rawPayload)).file('word/document.xml')!.async('string');
      for (const text of ['工作情况汇总', '拟同意', '发布会开始，刘镇长介绍情况。', '主持人：各位记者朋友', '白马镇举行乡村旅游新闻发布会', '网络反响积极']) expect(xml).toContain(text);
    });

    it('sets the video live link, pushes it to the live stream and shows it on the portal, for the news office only (A15.6)', async () => {
      const c = await approved();
      const link = (liveVideoUrl: string | null, who: Session = office) => send('PUT', `/conference-applications/${c.id}/live-link`, { liveVideoUrl }, who);
      const bad = await link('rtmp://live.example.cn/wulong');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/problem\+json/);
      expect(JSON.stringify(bad.json())).toContain('链接应以 http:// 或 https:// 开头');
      expect((await link('javascript:alert(1)')).statusCode).toBe(400);
      expect((await link('https://live.example.cn/x', otherEditor)).statusCode).toBe(403);
      expect((await link('https://live.example.cn/x', editor)).statusCode).toBe(403);
      expect((await send('GET', `/conference-applications/${c.id}`, undefined, office)).json().liveVideoUrl).toBeNull();

      expect((await send('POST', `/conference-applications/${c.id}/announce`, { liveVideoUrl: null }, office)).json().status).toBe('announced');
      expect((await t.app.inject(`/conferences/${c.id}`)).body).toMatch(/<td id="live-video">本场以网络图文直播为主<\/td>/);

      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
      const stream = await openStream(`${base}/conferences/${c.id}/live`);
      const url = 'https://live.example.cn/wulong/20261216';
      const set = await link(url);
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json().liveVideoUrl).toBe(url);
      await stream.waitFor(1);
      stream.close();
      expect(stream.events.map((e) => e.event)).toEqual(['video']);
      expect(JSON.parse(stream.events[0]!.data)).toEqual({ liveVideoUrl: url });

      const page = (await t.app.inject(`/conferences/${c.id}`)).body;
      expect(page).toContain(`<td id="live-video"><a href="${url}" rel="noopener">${url}</a></td>`);
    });

    it('creates a timed series in one step, exempt from the 10 workdays (A15.7)', async () => {
      const series = await send(
        'POST',
        '/conference-series',
        { unitId: units.department.id, title: '疫情防控新闻发布会', inNameOf: 'district_gov', reason: '应对公共卫生事件，区指挥部定时发布', firstStartsAt: await workdaysAhead(1), intervalDays: 1, count: 5, venueId: world.venueId },
        office,
      );
      expect(series.statusCode, series.body).toBe(201);
      expect(series.json().items.map((i: { title: string; kind: string; latestSubmission: unknown }) => [i.title, i.kind, i.latestSubmission])).toEqual(
        [1, 2, 3, 4, 5].map((n) => [`疫情防控新闻发布会（第${n}场）`, 'series', null]),
      );
      expect((await send('POST', '/conference-series', { unitId: units.department.id, title: '疫情防控新闻发布会', inNameOf: 'district_gov', reason: '定时发布', firstStartsAt: await workdaysAhead(1), intervalDays: 1, count: 2, venueId: world.venueId }, editor)).statusCode).toBe(403);
    });
  });
});

/** RFC 5545 read back: unfold continuation lines, split properties, unescape TEXT. */
function parseICalendar(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}

/** RSS 2.0 read back with an XML parser: each item's child elements as text. */
function parseRss(text: string): Record<string, string>[] {
  const parser = new SaxesParser();
  const items: Record<string, string>[] = [];
  let item: Record<string, string> | null = null;
  let field: string | null = null;
  parser.on('opentag', (tag) => {
    if (tag.name === 'item') item = {};
    else if (item) field = tag.name;
  });
  parser.on('text', (t) => {
    if (item && field) item[field] = (item[field] ?? '') + t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'item') {
      items.push(item!);
      item = null;
    }
    field = null;
  });
  parser.write(text).close();
  return items;
}
