import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on a narrow screen, with a visible caption and a header row of column names;
 * the caller writes the body rows. `className` sets the table's minimum width and text size.
 */
export function CaptionedTable({ caption, columns, className, children }: { caption: ReactNode; columns: string[]; className: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-left ${className}`}>
        <caption className="mb-2 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {columns.map((column, index) => (
              <th key={column} scope="col" className={index < columns.length - 1 ? "py-2 pr-4" : "py-2"}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
