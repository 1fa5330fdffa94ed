// Arrow-key travel in the clip and result lists: Up/Down move focus between rows, Home/End to
// the first/last; Tab still leaves the list. DOM only, no models.

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
