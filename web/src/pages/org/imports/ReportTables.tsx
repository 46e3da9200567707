import { Badge, Empty, Flex, Switch, Table, Tabs, Typography, theme, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ImportReport, ImportRow, ImportSheetReport } from '../../../api/org-types';
import { t } from '../../../locales';

const SHEETS = ['units', 'people', 'appointments'] as const;

/** The preview as the workbook's own tables: each row as read, its mistakes in red beside it and on the cells they concern. */
export default function ReportTables({ report }: { report: ImportReport }) {
  const [onlyErrors, setOnlyErrors] = useState(!report.valid);
  const firstWithErrors = SHEETS.find((key) => report.sheets[key].rows.some((r) => r.errors.length > 0) || report.sheets[key].errors.length > 0);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Switch size="small" checked={onlyErrors} onChange={setOnlyErrors} id="org-import-only-errors" />
        <label htmlFor="org-import-only-errors">{t('org.imports.onlyErrors')}</label>
      </Flex>
      <Tabs
        defaultActiveKey={firstWithErrors ?? 'units'}
        items={SHEETS.map((key) => {
          const sheet = report.sheets[key];
          const wrong = sheet.rows.filter((r) => r.errors.length > 0).length + sheet.errors.length;
          return {
            key,
            label: (
              <Badge count={wrong} size="small" offset={[8, -2]}>
                <span>{t('org.imports.sheetTab', { sheet: sheet.sheet, rows: sheet.rows.length })}</span>
              </Badge>
            ),
            children: <SheetTable sheet={sheet} onlyErrors={onlyErrors} />,
          };
        })}
      />
    </Flex>
  );
}

function SheetTable({ sheet, onlyErrors }: { sheet: ImportSheetReport; onlyErrors: boolean }) {
  const { token } = theme.useToken();
  if (!sheet.present) return <Empty description={t('org.imports.sheetMissing', { sheet: sheet.sheet })} />;
  if (sheet.rows.length === 0) return <Empty description={t('org.imports.sheetEmpty')} />;
  const headers = Object.keys(sheet.rows[0]!.cells);
  const rows = onlyErrors ? sheet.rows.filter((r) => r.errors.length > 0) : sheet.rows;
  const wrongCell = (row: ImportRow, header: string) => row.errors.some((e) => e.column === header);

  // Cells carry the colour themselves: a fixed column paints its own background over the row's.
  const wrongRow = (row: ImportRow) => (row.errors.length > 0 ? { style: { background: token.colorErrorBg } } : {});
  const columns: TableColumnsType<ImportRow> = ([
    { title: t('org.imports.columns.row'), dataIndex: 'row', width: 64, fixed: 'start' },
    {
      title: t('org.imports.columns.errors'),
      key: 'errors',
      width: 280,
      render: (_, row) =>
        row.errors.length === 0 ? (
          <Typography.Text type="success">{t('org.imports.rowOk')}</Typography.Text>
        ) : (
          <Flex vertical>
            {row.errors.map((e) => (
              <Typography.Text key={`${e.column}-${e.message}`} type="danger">
                {e.message}
              </Typography.Text>
            ))}
          </Flex>
        ),
    },
    ...headers.map((header) => ({
      title: header,
      key: header,
      width: Math.max(120, header.length * 16 + 24),
      render: (_: unknown, row: ImportRow) => (
        <span style={wrongCell(row, header) ? { color: token.colorError, fontWeight: 600 } : undefined}>{row.cells[header] || t('common.empty')}</span>
      ),
    })),
  ] as TableColumnsType<ImportRow>).map((column) => ({ ...column, onCell: wrongRow }));

  return (
    <Table<ImportRow>
      rowKey="row"
      size="small"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      title={
        sheet.errors.length > 0
          ? () => (
              <Flex vertical>
                {sheet.errors.map((e) => (
                  <Typography.Text key={`${e.path}-${e.message}`} type="danger">
                    {e.message}
                  </Typography.Text>
                ))}
              </Flex>
            )
          : undefined
      }
    />
  );
}
