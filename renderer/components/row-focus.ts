// Arrow-key travel in the clip and result lists: Up/Down move focus between rows, Home/End to
// the first/last; Tab still leaves the list; Esc from a field comes back to it. DOM only, no models.

export function moveRowFocus(e: KeyboardEvent): void {
  const row = (e.target as HTMLElement).closest('li');
  const list = row?.parentElement;
  if (!row || !list) return;
  const rows = [...list.children];
  const at = rows.indexOf(row);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[e.key];
  const target = to === undefined ? null : rows[to]?.querySelector('button');
  if (!target) return;
  e.preventDefault();
  target.focus();
}

/**
 * Puts focus back on the list (Esc from the search box or a tag field): the open clip's row, else
 * the first row, of the search hits or the clip list, whichever shows once the view has updated.
 */
export function focusListRow(): void {
  requestAnimationFrame(() => {
    const pane = document.querySelector('.clip-pane');
    const row = pane?.querySelector<HTMLElement>('.clip-row[aria-current="true"]') ?? pane?.querySelector<HTMLElement>('.clip-row');
    if (!row) return;
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
  });
}
