/** The filled application form (申报表) to print and sign, and the one-click Word summary afterwards. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  APPROVAL_STEP_LABELS,
  CONFERENCE_STATUS_LABELS,
  CONTENT_CATEGORY_LABELS,
  IN_NAME_OF_LABELS,
  PARTICIPANT_PART_LABELS,
  RISK_LEVEL_LABELS,
  formatDistrictDateTime,
  type ApprovalStep,
  type ConferenceView,
} from '@fabutong/core';

const FONT = '仿宋';
const run = (text: string, bold = false) => new TextRun({ text, bold, font: FONT, size: 24 });
const para = (text: string, bold = false) => new Paragraph({ children: [run(text, bold)] });
const lines = (text: string | null) => (text ?? '').split(/\n+/).filter((l) => l.trim()).map((l) => para(l));
const cell = (text: string, bold = false, columnSpan?: number) =>
  new TableCell({ columnSpan, children: text.split('\n').map((l) => new Paragraph({ children: [run(l, bold)] })) });
const row = (label: string, value: string) => new TableRow({ children: [cell(label, true), cell(value || ' ', false, 3)] });
const title = (text: string) =>
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: '方正小标宋简体', size: 36, bold: true })] });

const when = (c: ConferenceView) => `${formatDistrictDateTime(c.startsAt)}（${c.durationMinutes} 分钟）`;
const people = (c: ConferenceView, part: string) =>
  c.participants
    .filter((p) => p.part === part)
    .map((p) => p.personName)
    .join('、');

function opinions(c: ConferenceView, steps: string[]): string {
  return (
    c.decisions
      .filter((d) => steps.includes(d.step))
      .map((d) => `${d.opinion ?? ''}　${d.actorName ?? ''}${d.onBehalfOf ? `（代${d.onBehalfOf}录入）` : ''}　${formatDistrictDateTime(d.at)}`)
      .join('\n') || '\n\n　　　　　　　　签字：　　　　　　年　　月　　日'
  );
}

function formRows(c: ConferenceView) {
  const others = c.participants.filter((p) => p.part === 'speaker' || p.part === 'expert').map((p) => `${p.personName}（${PARTICIPANT_PART_LABELS[p.part]}）`);
  return [
    row('发布会名称', c.title),
    row('申报单位', c.unitName),
    row('发布名义', IN_NAME_OF_LABELS[c.inNameOf]),
    row('拟举行时间', when(c)),
    row('地点', `${c.venueName}${c.venueReason ? `（另择场地理由：${c.venueReason}）` : ''}`),
    row('主发布人', people(c, 'main_speaker')),
    row('主持人', people(c, 'host')),
    row('其他发布人及嘉宾', [...others, ...c.guests.map((g) => `${g.name}${g.title ? `（${g.title}）` : ''}`)].join('、')),
    row('邀请媒体', c.outlets.map((o) => o.outletName).join('、')),
    row('发布内容类别', c.categories.map((k) => CONTENT_CATEGORY_LABELS[k]).join('、')),
    row('是否涉及重大事项', c.majorMatter ? `是（分管副区长：${c.chargeLeaderName ?? '未明确'}）` : '否'),
    row('社会稳定风险评估', c.riskAssessment?.riskLevel ? RISK_LEVEL_LABELS[c.riskAssessment.riskLevel] : '未评估'),
    row('发布内容摘要', c.summary ?? ''),
    row('单位主要负责人意见', opinions(c, ['unit_principal'])),
    row('区政府新闻办拟办意见', opinions(c, ['review'])),
    row('领导意见', opinions(c, ['unit', 'vice_district_head', 'district_head'])),
  ];
}

const table = (rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });

export async function applicationFormDocx(c: ConferenceView): Promise<Buffer> {
  const doc = new Document({
    creator: '武隆区人民政府新闻办公室',
    title: `新闻发布会申报表：${c.title}`,
    sections: [{ children: [title('武隆区新闻发布会申报表'), para(`填报日期：${formatDistrictDateTime(c.updatedAt).slice(0, 10)}`), table(formRows(c))] }],
  });
  return Packer.toBuffer(doc);
}

export async function summaryDocx(c: ConferenceView, coverage: { outletName: string; title: string; url: string | null; publishedOn: string }[]): Promise<Buffer> {
  const steps = c.approvalChain.map((s: ApprovalStep) => APPROVAL_STEP_LABELS[s]).join(' → ');
  const posts = [...c.livePosts].reverse();
  const doc = new Document({
    creator: '武隆区人民政府新闻办公室',
    title: `新闻发布会工作总结：${c.title}`,
    sections: [
      {
        children: [
          title(`${c.title}工作情况汇总`),
          para(`状态：${CONFERENCE_STATUS_LABELS[c.status]}`),
          table(formRows(c)),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('一、申报与审核', true)] }),
          para(`报送日期：${c.submissionDate ?? '—'}；规范性审核截止：${c.reviewDue ?? '—'}；文稿共 ${c.textVersions.length} 稿；内容审定：${steps}。`),
          ...c.decisions.map((d) => para(`${formatDistrictDateTime(d.at)}　${d.actorName ?? ''}：${d.opinion ?? d.decision}`)),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('二、发布文稿（定稿）', true)] }),
          ...lines(c.releaseText),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('三、网络图文直播', true)] }),
          ...(c.liveVideoUrl ? [para(`视频直播：${c.liveVideoUrl}`)] : []),
          ...(posts.length ? posts.map((p) => para(`${formatDistrictDateTime(p.at)}　${p.body}${p.pictureFileId ? '［图片］' : ''}`)) : [para('无')]),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('四、发布实录', true)] }),
          ...(c.transcript ? lines(c.transcript) : [para('无')]),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('五、媒体报道', true)] }),
          ...(coverage.length ? coverage.map((v) => para(`${v.publishedOn}　${v.outletName}：${v.title}${v.url ? `（${v.url}）` : ''}`)) : [para('无')]),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('六、舆情反应', true)] }),
          ...(c.opinionReaction ? lines(c.opinionReaction) : [para('无')]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
