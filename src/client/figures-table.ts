// The figures page: sort by any column (its heading becomes a button) and filter by part, kind and measure.
// Without this script the table is complete and in reading order.

const table = document.querySelector<HTMLTableElement>('.figures__table');
const filters = document.querySelector<HTMLElement>('.figures__filters');
const count = filters?.querySelector<HTMLOutputElement>('.figures__count');

if (table && filters) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const headings = [...table.tHead!.rows[0]!.cells];
  const collator = new Intl.Collator(['zh-CN', 'en']);

  /** A cell's sort key: its `data-sort` number, or its text; undefined for an empty `data-sort` (a name's value). */
  const keyOf = (row: HTMLTableRowElement, column: number): number | string | undefined => {
    const cell = row.cells[column]!;
    const sort = cell.dataset.sort;
    if (sort === undefined) return cell.textContent!.trim();
    return sort === '' ? undefined : Number(sort);
  };
  const compare = (x: number | string, y: number | string) =>
    typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));

  const sortBy = (column: number, direction: 'ascending' | 'descending') => {
    const sign = direction === 'ascending' ? 1 : -1;
    const sorted = [...rows].sort((a, b) => {
      const x = keyOf(a, column);
      const y = keyOf(b, column);
      // Cells without a key (names have no value) come last either way; ties keep reading order.
      const order =
        x === undefined || y === undefined ? Number(x === undefined) - Number(y === undefined) : sign * compare(x, y);
      return order || Number(a.cells[0]!.dataset.sort) - Number(b.cells[0]!.dataset.sort);
    });
    body.append(...sorted);
    headings.forEach((heading, i) => {
      if (i === column) heading.setAttribute('aria-sort', direction);
      else heading.removeAttribute('aria-sort');
    });
  };

  headings.forEach((heading, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...heading.childNodes);
    heading.append(button);
    button.addEventListener('click', () => {
      sortBy(column, heading.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
    });
  });

  const selects = [...filters.querySelectorAll('select')];
  const filter = () => {
    let shown = 0;
    for (const row of rows) {
      const match = selects.every((select) => !select.value || row.dataset[select.name] === select.value);
      row.hidden = !match;
      if (match) shown++;
    }
    if (count) count.value = `${shown} / ${count.dataset.total}`;
  };
  filters.addEventListener('change', filter);
}
