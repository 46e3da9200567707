import type { MatrixEntry } from '../../../test/authorization';
import { multipartFile, organizationXlsx } from './test-files';

const OFFICE = ['admin', 'news_office'] as const;

let sequence = 0;
/** A valid file with names no earlier call used, so every allowed import succeeds. */
async function uniqueUpload() {
  const n = ++sequence;
  const file = await organizationXlsx({
    单位: [{ 单位名称: `矩阵导入单位${n}`, 类别: '区级部门' }],
    人员: [{ 姓名: `矩阵人员${n}`, 新闻发布科室电话: '023-77700000' }],
    任职: [{ 姓名: `矩阵人员${n}`, 单位: `矩阵导入单位${n}`, 岗位: '新闻发言人', 任职日期: '2026-01-01' }],
  });
  return multipartFile(file, `导入${n}.xlsx`);
}

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/imports/organization/template', allow: OFFICE, request: () => ({ url: '/api/v1/imports/organization/template' }) },
  { route: 'POST /api/v1/imports/organization/preview', allow: OFFICE, request: async () => ({ url: '/api/v1/imports/organization/preview', ...(await uniqueUpload()) }) },
  { route: 'POST /api/v1/imports/organization', allow: OFFICE, request: async () => ({ url: '/api/v1/imports/organization', ...(await uniqueUpload()) }) },
];
