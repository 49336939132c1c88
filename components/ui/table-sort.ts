/**
 * Sorting for DataTable (data-table.tsx): one column at a time, by a value each row gives. The cycle
 * is the one the lists always had: ascending, descending, then unsorted (the order Zoom sent).
 */

export interface Sorting {
  id: string;
  desc: boolean;
}

/** What a click on column `id`'s header does to the current sorting. */
export function nextSorting(current: Sorting | null, id: string): Sorting | null {
  if (current?.id !== id) return { id, desc: false };
  return current.desc ? null : { id, desc: true };
}

/**
 * The rows in `sorting` order by `valueOf` (strings compare as text, so ISO times sort in time
 * order). Rows without a value go last in either direction; ties keep their order.
 */
export function sortRows<T>(rows: readonly T[], sorting: Sorting | null, valueOf: ((row: T) => string | number | undefined) | undefined): T[] {
  if (!sorting || !valueOf) return [...rows];
  const sign = sorting.desc ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
      const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}
