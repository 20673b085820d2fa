import { Table, type TableRow } from '../shared/Table';

/**
 * A results table in a box that scrolls sideways on a narrow screen. The box takes focus so a
 * keyboard can scroll it, and is named like the table unless `label` says otherwise.
 */
export function ScrollTable({
  label,
  caption,
  columns,
  rows,
}: {
  label?: string;
  caption: string;
  columns: string[];
  rows: TableRow[];
}) {
  return (
    <div class="crm-scroll" tabIndex={0} role="region" aria-label={label ?? caption}>
      <Table class="crm-table" caption={caption} columns={columns} rows={rows} />
    </div>
  );
}
