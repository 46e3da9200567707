/**
 * Journalists' interview requests on the portal (A13.6): a plain HTML form that works without
 * JavaScript, validated on the server in Chinese, rate-limited per address; it answers with a
 * tracking number, and the status can be looked up by that number and the contact given.
 */
import { INTERVIEW_STATUS_LABELS, InterviewRequestForm, InterviewStatusForm, formatDistrictDateTime, type InterviewStatus } from '@fabutong/core';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { publicStatus, submitRequest } from '../../modules/interviews/service';
import { clientIp } from '../../plugins/auth';
import { html, raw, type SafeHtml } from '../html';
import { DISTRICT, layout } from '../layout';

export const SECTION = '/interviews';
/** A13.6 asks for a form, not a mailbox for robots: a handful of requests per address and hour. */
export const SUBMIT_RATE_LIMIT = { max: 5, timeWindow: '1 hour' };
const LOOKUP_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

const STYLE = raw(`<style>
.form label{display:block;font-weight:600;margin-top:12px}
.form input,.form textarea{width:100%;max-width:560px;padding:8px;border:1px solid #c9cdd4;border-radius:4px;font:inherit}
.form textarea{min-height:96px}
.form .hint{font-weight:400;color:var(--muted);font-size:13px}
.form .error{color:var(--red);margin:4px 0 0}
.form button{margin-top:16px;background:var(--red);color:#fff;border:0;border-radius:4px;padding:10px 24px;font-size:16px;cursor:pointer}
.errors{background:#fff1f0;border:1px solid #ffccc7;padding:8px 12px;border-radius:4px}
.tracking{font-size:22px;font-weight:700;letter-spacing:1px}
dl.status dt{font-weight:600;margin-top:8px}dl.status dd{margin:0}
</style>`);

type FormValues = Partial<Record<keyof z.infer<typeof InterviewRequestForm>, string>>;
type FieldErrors = Partial<Record<string, string>>;

const FIELDS: { name: keyof FormValues; label: string; type: string; hint?: string; autocomplete?: string }[] = [
  { name: 'outlet', label: '媒体名称', type: 'text', autocomplete: 'organization' },
  { name: 'journalist', label: '记者姓名', type: 'text', autocomplete: 'name' },
  { name: 'pressCardNo', label: '新闻记者证号', type: 'text', hint: '国家新闻出版署核发的记者证编号，将与媒体登记库核对' },
  { name: 'topic', label: '采访主题', type: 'textarea', hint: '请写明采访的事项和希望了解的问题' },
  { name: 'wishedAt', label: '希望采访时间', type: 'datetime-local', hint: '北京时间' },
  { name: 'contact', label: '联系方式', type: 'text', hint: '手机号、固定电话或电子邮箱；查询办理进度时须填写同一联系方式', autocomplete: 'tel' },
];

function field(f: (typeof FIELDS)[number], values: FormValues, errors: FieldErrors): SafeHtml {
  const id = `f-${f.name}`;
  const error = errors[f.name];
  const describedBy = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attrs = raw(`id="${id}" name="${f.name}" required${describedBy ? ` aria-describedby="${describedBy}"` : ''}${error ? ' aria-invalid="true"' : ''}${f.autocomplete ? ` autocomplete="${f.autocomplete}"` : ''}`);
  const input = f.type === 'textarea' ? html`<textarea ${attrs}>${values[f.name] ?? ''}</textarea>` : html`<input type="${f.type}" ${attrs} value="${values[f.name] ?? ''}">`;
  return html`<label for="${id}">${f.label}${f.hint ? html` <span class="hint" id="${id}-hint">${f.hint}</span>` : ''}</label>
${input}
${error ? html`<p class="error" id="${id}-error">${error}</p>` : ''}`;
}

function requestPage(values: FormValues = {}, errors: FieldErrors = {}): string {
  const messages = Object.values(errors).filter(Boolean) as string[];
  return layout({
    title: '记者采访申请',
    section: SECTION,
    head: STYLE,
    body: html`<section class="card">
<h2>记者采访申请</h2>
<p>境内外新闻媒体记者申请采访${DISTRICT.name}行政机关，请填写以下信息。${DISTRICT.office}受理后转交承办单位答复（《武隆区行政机关新闻发布工作办法》第十三条（六））。提交后您将获得受理编号，可凭受理编号和联系方式<a href="${SECTION}/status">查询办理进度</a>。</p>
${messages.length ? html`<div class="errors" role="alert"><strong>请修改以下 ${messages.length} 处：</strong><ul>${messages.map((m) => html`<li>${m}</li>`)}</ul></div>` : ''}
<form class="form" method="post" action="${SECTION}" novalidate>
${FIELDS.map((f) => field(f, values, errors))}
<button type="submit">提交申请</button>
</form>
</section>`,
  });
}

function statusPage(query: { trackingNo?: string; contact?: string } = {}, result?: SafeHtml, error?: string): string {
  return layout({
    title: '采访申请办理进度',
    section: SECTION,
    head: STYLE,
    body: html`${result ?? ''}<section class="card">
<h2>查询采访申请办理进度</h2>
${error ? html`<div class="errors" role="alert">${error}</div>` : ''}
<form class="form" method="post" action="${SECTION}/status" novalidate>
<label for="s-tracking">受理编号</label><input id="s-tracking" name="trackingNo" required value="${query.trackingNo ?? ''}">
<label for="s-contact">联系方式 <span class="hint">提交申请时填写的联系方式</span></label><input id="s-contact" name="contact" required value="${query.contact ?? ''}">
<button type="submit">查询</button>
</form>
<p><a href="${SECTION}">提交新的采访申请</a></p>
</section>`,
  });
}

function errorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Browsers post strings; anything else (repeated fields, say) counts as its first value. */
function formOf(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === 'object') for (const [k, v] of Object.entries(body)) out[k] = Array.isArray(v) ? String(v[0] ?? '') : String(v ?? '');
  return out;
}

function send(reply: FastifyReply, status: number, page: string) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
}

export async function interviewPages(app: FastifyInstance) {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  // This scope answers in HTML: a person with a browser sent the form.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'portal form failed');
    const message =
      status === 429
        ? '提交过于频繁，请稍后再试。如有急事，请致电区政府新闻办。'
        : status === 413
          ? '填写的内容过长，请精简后再提交。'
          : status < 500
            ? '提交的内容无法识别，请返回表单重新填写。'
            : '服务器处理时出错，已记录，请稍后再试。';
    if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '3600');
    return send(reply, status, layout({ title: '无法提交', section: SECTION, body: html`<section class="card"><h2>无法提交</h2><p class="warn">${message}</p><p><a href="${SECTION}">返回采访申请</a></p></section>` }));
  });

  app.get(SECTION, { schema: { hide: true } }, async (_request, reply) => send(reply, 200, requestPage()));

  app.post(SECTION, { schema: { hide: true }, config: { rateLimit: SUBMIT_RATE_LIMIT } }, async (request, reply) => {
    const values = formOf(request.body);
    const parsed = InterviewRequestForm.safeParse(values);
    if (!parsed.success) return send(reply, 400, requestPage(values, errorsOf(parsed.error)));
    const wished = Date.parse(`${parsed.data.wishedAt}:00+08:00`);
    if (Number.isNaN(wished) || wished < app.ctx.now().getTime()) return send(reply, 400, requestPage(values, { wishedAt: '希望采访时间应晚于当前时间' }));
    const { trackingNo } = await submitRequest(app.ctx, parsed.data, clientIp(request));
    return send(
      reply,
      201,
      layout({
        title: '采访申请已受理',
        section: SECTION,
        head: STYLE,
        body: html`<section class="card" role="status">
<h2>采访申请已受理</h2>
<p>您的受理编号是：</p>
<p class="tracking" data-tracking-no="${trackingNo}">${trackingNo}</p>
<p>请妥善保存。${DISTRICT.office}将转交承办单位办理；您可凭受理编号和联系方式“${parsed.data.contact}”<a href="${SECTION}/status">查询办理进度</a>。</p>
</section>`,
      }),
    );
  });

  app.get(`${SECTION}/status`, { schema: { hide: true } }, async (_request, reply) => send(reply, 200, statusPage()));

  app.post(`${SECTION}/status`, { schema: { hide: true }, config: { rateLimit: LOOKUP_RATE_LIMIT } }, async (request, reply) => {
    const values = formOf(request.body);
    const parsed = InterviewStatusForm.safeParse(values);
    if (!parsed.success) return send(reply, 400, statusPage(values, undefined, Object.values(errorsOf(parsed.error)).join('；')));
    const found = await publicStatus(app.ctx, parsed.data.trackingNo, parsed.data.contact);
    // One answer for "no such number" and "wrong contact": a number alone reveals nothing.
    if (!found) return send(reply, 404, statusPage(values, undefined, '未找到该采访申请，请核对受理编号和联系方式。'));
    const result = html`<section class="card" role="status">
<h2>办理进度：<span data-status="${found.status}">${INTERVIEW_STATUS_LABELS[found.status as InterviewStatus]}</span></h2>
<dl class="status">
<dt>受理编号</dt><dd>${found.trackingNo}</dd>
<dt>媒体与记者</dt><dd>${found.outlet} ${found.journalist}</dd>
<dt>采访主题</dt><dd>${found.topic}</dd>
<dt>希望采访时间</dt><dd>${formatDistrictDateTime(found.wishedAt)}</dd>
<dt>提交时间</dt><dd>${formatDistrictDateTime(found.submittedAt)}</dd>
${found.unitName ? html`<dt>承办单位</dt><dd>${found.unitName}</dd>` : ''}
${found.arrangedAt ? html`<dt>安排采访时间</dt><dd>${formatDistrictDateTime(found.arrangedAt)}（承办单位将与您联系确认）</dd>` : ''}
${found.status === 'declined' ? html`<dt>答复</dt><dd>${found.reason ?? '承办单位未能安排此次采访。'}</dd>` : ''}
</dl>
</section>`;
    return send(reply, 200, statusPage({}, result));
  });
}
