import type { ReactNode } from 'react';

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface Props<Row> {
  caption: string;
  captionSize?: 's' | 'm' | 'l';
  /** Hide the caption visually (it stays for screen readers). */
  captionHidden?: boolean;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** The first column names the row: rendered as a row header. */
  firstCellIsHeader?: boolean;
}

export function Table<Row>({ caption, captionSize = 'm', captionHidden, columns, rows, rowKey, firstCellIsHeader }: Props<Row>) {
  return (
    // A wide table scrolls in its own box: a labelled region a keyboard can reach and scroll.
    <div className="app-table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table">
        <caption className={captionHidden ? 'govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`}>
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((c) => (
              <th scope="col" className={`govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`} key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 && firstCellIsHeader ? (
                  <th scope="row" className="govuk-table__header" key={c.header}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td className={`govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}`} key={c.header}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
