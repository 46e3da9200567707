/** The published evaluation as a Word report, and the year's figures as an Excel workbook in the A16 shape. */
import { Resvg } from '@resvg/resvg-js';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import * as echarts from 'echarts';
import ExcelJS from 'exceljs';
import { EVALUATION_DIMENSION_LABELS, formatDistrictDateTime, type PublicationView } from '@fabutong/core';
import type { exportData } from './service';

const FONT = '仿宋';
const fmt = (n: number | null) => (n === null ? '无数据' : String(n));

export function reportTitle(p: Pick<PublicationView, 'year' | 'version'>): string {
  return `武隆区${p.year}年度行政机关新闻发布工作评估结果通报${p.version > 1 ? `（第${p.version}版）` : ''}`;
}

const CHART_WIDTH = 600;

/**
 * The ranking as a bar chart: an SVG drawn by ECharts on the server, which Word 2016+ and WPS
 * show sharp, with a PNG of it for older readers (docx requires one). The PNG is rasterized with
 * the machine's fonts: a server without a CJK font (apt `fonts-noto-cjk`) draws the unit names
 * as boxes there, while the SVG still names them in the reader's own fonts.
 */
export function rankingChart(rows: PublicationView['rows']): { svg: Buffer; png: Buffer; width: number; height: number } | null {
  const scored = rows.filter((r): r is typeof r & { total: number } => r.total !== null);
  if (scored.length === 0) return null;
  const height = 60 + scored.length * 28;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Noto Sans CJK SC, Microsoft YaHei, 仿宋, sans-serif' },
    grid: { left: 150, right: 50, top: 16, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', inverse: true, data: scored.map((r) => r.unitName), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: scored.map((r) => r.total), barMaxWidth: 18, itemStyle: { color: '#1677FF' }, label: { show: true, position: 'right' } }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' }, fitTo: { mode: 'width', value: CHART_WIDTH * 2 } }).render().asPng();
  return { svg: Buffer.from(svg), png: Buffer.from(png), width: CHART_WIDTH, height };
}

export async function publicationToDocx(p: PublicationView): Promise<Buffer> {
  const cell = (text: string, bold = false, shade = false) =>
    new TableCell({
      shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E6F4FF' } : undefined,
      children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 21 })] })],
    });
  const para = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, font: FONT, size: 28 })] });
  const ranked = p.rows.filter((r) => r.rank !== null);
  const top = ranked.slice(0, 3).map((r) => r.unitName).join('、');
  const chart = rankingChart(p.rows);
  const doc = new Document({
    creator: '武隆区人民政府新闻办公室',
    title: reportTitle(p),
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: reportTitle(p), font: '方正小标宋简体', size: 36, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `通报时间：${formatDistrictDateTime(p.publishedAt)}`, font: FONT, size: 24 })] }),
          para(
            `根据《武隆区行政机关新闻发布工作办法》第十三条（八）的规定，区政府新闻办对${p.year}年度各乡镇（街道）、区级部门新闻发布工作进行了评估，评估结果经区政府同意${p.approvedBy ? `（审定：${p.approvedBy}）` : ''}，现予通报。`,
          ),
          para(`本次共评估${p.rows.length}个单位，${top ? `排名前列的单位为${top}。` : '暂无可排名的单位。'}`),
          ...(p.correctionReason ? [para(`更正说明：${p.correctionReason}`)] : []),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: '一、评估指标', font: '黑体', size: 30 })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: ['维度', '指标', '分值'].map((h) => cell(h, true, true)) }),
              ...p.indicators.map((i) => new TableRow({ children: [cell(EVALUATION_DIMENSION_LABELS[i.dimension]), cell(i.name), cell(String(i.weight))] })),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: '二、评估得分排名', font: '黑体', size: 30 })] }),
          ...(chart
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [
                    new ImageRun({
                      type: 'svg',
                      data: chart.svg,
                      fallback: { type: 'png', data: chart.png },
                      transformation: { width: chart.width, height: chart.height },
                      altText: { name: '评估得分排名图', title: '评估得分排名图', description: ranked.map((r) => `${r.rank}. ${r.unitName} ${fmt(r.total)}`).join('；') },
                    }),
                  ],
                }),
              ]
            : []),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: ['排名', '单位', '得分'].map((h) => cell(h, true, true)) }),
              ...p.rows.map((r) => new TableRow({ children: [cell(r.rank === null ? '—' : String(r.rank)), cell(r.unitName), cell(fmt(r.total))] })),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: '三、分项得分', font: '黑体', size: 30 })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: ['单位', ...p.indicators.map((i) => `${i.name}（${i.weight}）`)].map((h) => cell(h, true, true)) }),
              ...p.rows.map((r) => new TableRow({ children: [cell(r.unitName), ...p.indicators.map((i) => cell(fmt(r.scores[i.key] ?? null)))] })),
            ],
          }),
          para('说明：“无数据”表示该单位本年度没有可据以计算该指标的事项，该指标不计入其得分，总分按有数据指标的分值折算为百分制。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

type ExportData = Awaited<ReturnType<typeof exportData>>;

export const A16_HEADERS = [
  '序号',
  '单位名称',
  '单位类型',
  '新闻发布活动（次）',
  '其中新闻发布会（场）',
  '政策解读（次）',
  '回应社会关切（次）',
  '年度发布任务完成情况',
  '发言人及助理培训',
  '发言人年度报告',
  '经认定违规（件）',
  '新闻发布工作评估得分',
  '排名',
];

const KIND_LABELS: Record<string, string> = { township: '乡镇', subdistrict: '街道', department: '区级部门', public_body: '参照执行单位' };

/** A16: one row per unit with the figures the government-transparency assessment asks for. */
export async function exportToXlsx(data: ExportData): Promise<Buffer> {
  const { evaluation, board, counts } = data;
  const book = new ExcelJS.Workbook();
  book.creator = '武隆区人民政府新闻办公室';
  const sheet = book.addWorksheet(`${evaluation.year}年政务公开考核`);
  sheet.addRow([`武隆区${evaluation.year}年度新闻发布工作情况（纳入政务公开年度考核，第十六条）`]);
  sheet.mergeCells(1, 1, 1, A16_HEADERS.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow(A16_HEADERS).font = { bold: true };
  const summary = (r: ExportData['board'][number], key: string) => r.indicators.find((i) => i.key === key)?.figure?.summary ?? '无数据';
  board.forEach((r, i) => {
    const c = counts.get(r.unitId) ?? { all: 0, conferences: 0, interpretation: 0, response: 0 };
    const violations = r.indicators.find((x) => x.key === 'violations')?.figure?.numerator ?? 0;
    sheet.addRow([i + 1, r.unitName, KIND_LABELS[r.unitKind] ?? r.unitKind, c.all, c.conferences, c.interpretation, c.response, summary(r, 'quotas'), summary(r, 'training'), summary(r, 'annual_report'), violations, r.total ?? '无数据', r.rank ?? '—']);
  });
  sheet.columns.forEach((col, i) => (col.width = [6, 24, 12, 12, 12, 10, 12, 26, 20, 18, 12, 14, 8][i]));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];

  const detail = book.addWorksheet('分项得分');
  detail.addRow(['单位', ...evaluation.indicators.map((i) => `${i.name}（${i.weight}分）`), '总分']).font = { bold: true };
  for (const r of board) detail.addRow([r.unitName, ...r.indicators.map((i) => i.finalScore ?? '无数据'), r.total ?? '无数据']);
  detail.columns.forEach((col, i) => (col.width = i === 0 ? 24 : 14));
  return Buffer.from(await book.xlsx.writeBuffer());
}
