// Context menus built in the page, so the desktop app and the browser shell behave alike (issue
// 14): a right click, Shift+F10 or the menu key on a clip row or on selected article text opens
// its menu. Arrow keys, Home/End and type-ahead-free Enter move and choose; Esc or a click
// elsewhere closes and focus returns. It opens towards the reading end (left in Arabic).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clips } from '../models/clips.js';
import { clipLink, closeContextMenu, contextMenu, openContextMenu, webLink, type MenuEntry, type OpenMenu } from '../models/context-menu.js';
import { uiDir, uiLocale } from '../models/locale.js';
import { pendingSpan } from '../models/passage-editor.js';
import { openClipDetail } from '../models/reader.js';
import { searchPage } from '../models/search.js';
import { t } from '../i18n/t.js';
import { clipEntries, selectionEntries } from './context-entries.js';

// Keep the menu this far inside the window's edges.
const MARGIN = 6;
// A keyboard-opened menu (Shift+F10) is followed on some systems by the browser's own
// contextmenu event for the same press; one arriving this soon after is that echo.
const ECHO_MS = 400;

type Row = { id: string; title: string; href: string | null | undefined };

/** The clip a list or hits row stands for, with its address when the row's data carries one. */
function rowClip(id: string): Row | null {
  const list = clips.value.status === 'ready' ? clips.value.value.items.find((c) => c.id === id) : undefined;
  if (list) return { id, title: list.title, href: webLink(list.url) };
  const page = searchPage.value;
  const hit = page?.status === 'ready' ? page.value.results.find((h) => h.id === id) : undefined;
  return hit ? { id, title: hit.title, href: undefined } : null;
}

function rowMenu(row: Row, x: number, y: number, returnTo: HTMLElement | null): void {
  const menu: OpenMenu = { x, y, label: 'menu.clipLabel', entries: clipEntries(row, row.href), returnTo };
  openContextMenu(menu);
  if (row.href !== undefined) return;
  // A search hit does not carry its address: look it up, and fill the entry in if still open.
  void clipLink(row.id).then((href) => {
    if (contextMenu.value === menu) contextMenu.value = { ...menu, entries: clipEntries(row, href) };
  });
}

/** Opens the menu for what `target` is in; true when there was one to open. */
function openFor(target: Element | null, x: number | null, y: number | null): boolean {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const detail = openClipDetail.value;
  const pending = pendingSpan.value;
  if (target?.closest('.article') && detail?.status === 'ready') {
    if (pending && target.closest('.article-body, .highlight-float')) {
      const p = pending.place;
      openContextMenu({ x: x ?? (uiDir.value === 'rtl' ? p.right : p.left), y: y ?? p.bottom + 4, label: 'selectionTools', entries: selectionEntries(detail.value, pending.span, p), returnTo });
      return true;
    }
    if (target.closest('input, textarea, select, button, a, [contenteditable="true"]')) return false;
    const box = target.closest('.article')!.querySelector('.article-title')!.getBoundingClientRect();
    const row = { id: detail.value.id, title: detail.value.title, href: webLink(detail.value.url) };
    rowMenu(row, x ?? (uiDir.value === 'rtl' ? box.right : box.left), y ?? box.bottom, returnTo);
    return true;
  }
  const item = target?.closest<HTMLElement>('[data-clip-id]');
  const row = item ? rowClip(item.dataset['clipId']!) : null;
  if (!item || !row) return false;
  const box = (item.querySelector('.clip-row') ?? item).getBoundingClientRect();
  rowMenu(row, x ?? (uiDir.value === 'rtl' ? box.right - 16 : box.left + 16), y ?? box.top + Math.min(box.height, 32), returnTo);
  return true;
}

/** Where the keyboard is: the selection in the article when there is one, else the focused element. */
function keyboardTarget(): Element | null {
  if (pendingSpan.value) return document.querySelector('.article-body');
  return document.activeElement;
}

function useMenuTriggers(): void {
  useEffect(() => {
    let keyedAt = 0;
    const onContextMenu = (e: MouseEvent): void => {
      if (Date.now() - keyedAt < ECHO_MS) return e.preventDefault();
      // A keyboard-made event (no pointer position) is placed by the element, not at 0,0.
      const pointer = e.clientX !== 0 || e.clientY !== 0;
      if (openFor(e.target as Element, pointer ? e.clientX : null, pointer ? e.clientY : null)) e.preventDefault();
    };
    const onKey = (e: KeyboardEvent): void => {
      const menuKey = e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
      if (!menuKey || e.ctrlKey || e.metaKey || e.altKey || contextMenu.value) return;
      if (openFor(keyboardTarget(), null, null)) {
        keyedAt = Date.now();
        e.preventDefault();
      }
    };
    document.addEventListener('contextmenu', onContextMenu);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('contextmenu', onContextMenu);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}

const enabled = (root: HTMLElement | null): HTMLElement[] =>
  [...(root?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].filter((el) => el.getAttribute('aria-disabled') !== 'true');

function moveFocus(root: HTMLElement | null, key: string): boolean {
  const items = enabled(root);
  const at = items.indexOf(document.activeElement as HTMLElement);
  const to = { ArrowDown: (at + 1) % items.length, ArrowUp: (at - 1 + items.length) % items.length, Home: 0, End: items.length - 1 }[key];
  if (to === undefined || items.length === 0) return false;
  items[to]!.focus();
  return true;
}

async function choose(entry: MenuEntry): Promise<void> {
  // Focus goes back first, so an action that moves focus (the tag field) has the last word.
  closeContextMenu(true);
  await entry.run?.();
}

function Entry({ entry }: { entry: MenuEntry }) {
  const label = t(entry.label, entry.params);
  const cls = `menu-item${entry.danger ? ' danger' : ''}${entry.group ? ' menu-group' : ''}`;
  if (entry.href !== undefined) {
    // A plain link: the desktop host hands http(s) links to the system browser (contents-guard),
    // the browser shell opens a tab; the app itself requests nothing.
    return entry.href && !entry.disabled ? (
      <a role="menuitem" tabIndex={-1} class={cls} href={entry.href} target="_blank" rel="noopener noreferrer" onClick={() => closeContextMenu(true)}>
        {label}
      </a>
    ) : (
      <span role="menuitem" tabIndex={-1} class={`${cls} menu-item-off`} aria-disabled="true">
        {label}
      </span>
    );
  }
  return (
    <button type="button" role="menuitem" tabIndex={-1} class={cls} onMouseDown={(e) => e.preventDefault()} onClick={() => void choose(entry)}>
      {label}
    </button>
  );
}

function MenuList({ menu }: { menu: OpenMenu }) {
  const root = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const rtl = uiDir.value === 'rtl';
  useLayoutEffect(() => {
    const box = root.current!.getBoundingClientRect();
    const wantLeft = rtl ? menu.x - box.width : menu.x;
    const left = Math.max(MARGIN, Math.min(wantLeft, window.innerWidth - box.width - MARGIN));
    const top = menu.y + box.height + MARGIN <= window.innerHeight ? menu.y : Math.max(MARGIN, menu.y - box.height);
    setAt({ left, top });
  }, [menu]);
  // Once placed (a hidden element cannot take focus): the first entry, unless one has it already.
  useEffect(() => {
    if (at && !root.current!.contains(document.activeElement)) enabled(root.current)[0]?.focus();
  }, [at]);
  useEffect(() => {
    const outside = (e: Event): void => {
      if (!root.current?.contains(e.target as Node)) closeContextMenu(false);
    };
    const away = (): void => closeContextMenu(false);
    // Esc closes the menu even when focus is not in it (its entries were just re-rendered, say,
    // when a search hit's address arrived); the menu's own handler returns focus first.
    const escape = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || root.current?.contains(e.target as Node)) return;
      e.preventDefault();
      closeContextMenu(true);
    };
    document.addEventListener('keydown', escape);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('resize', away);
    window.addEventListener('blur', away);
    return () => {
      document.removeEventListener('keydown', escape);
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('resize', away);
      window.removeEventListener('blur', away);
    };
  }, []);
  return (
    <div
      ref={root}
      class="menu context-menu"
      role="menu"
      aria-label={t(menu.label)}
      dir={uiDir.value}
      lang={uiLocale.value}
      style={at ? { left: `${at.left}px`, top: `${at.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu') {
          e.preventDefault();
          e.stopPropagation();
          closeContextMenu(true);
        } else if (e.key === 'Tab') {
          e.preventDefault();
          closeContextMenu(true);
        } else if (moveFocus(root.current, e.key)) {
          e.preventDefault();
          e.stopPropagation();
        }
      }}
    >
      {menu.entries.map((entry) => (
        <Entry key={entry.key} entry={entry} />
      ))}
    </div>
  );
}

export function ContextMenu() {
  useMenuTriggers();
  const menu = contextMenu.value;
  return menu ? <MenuList menu={menu} /> : null;
}
