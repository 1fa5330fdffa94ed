// The one context menu on screen (issue 14): where it opens, what it is about, its entries, and
// the element focus returns to when it closes. Data and the source-URL lookup only;
// context-entries.ts builds the entries, ContextMenu.tsx draws them.
import { signal } from '@preact/signals';
import type { MessageKey } from '../i18n/en.js';
import type { Params } from '../i18n/t.js';
import { bridge } from '../services/bridge.js';

export type MenuEntry = {
  key: string;
  label: MessageKey;
  params?: Params;
  /** An action; or, with `href`, a link the host opens outside the app (never inside it). */
  run?: () => void | Promise<unknown>;
  href?: string | null;
  disabled?: boolean;
  danger?: boolean;
  /** Starts a new group (a separator line before it). */
  group?: boolean;
};

export type OpenMenu = {
  /** A pointer position in window pixels; the menu opens from there towards the reading end. */
  x: number;
  y: number;
  label: MessageKey;
  entries: MenuEntry[];
  returnTo: HTMLElement | null;
};

export const contextMenu = signal<OpenMenu | null>(null);

export function openContextMenu(menu: OpenMenu): void {
  contextMenu.value = menu;
}

/** Closes the menu; focus goes back where it was unless the chosen action moved it. */
export function closeContextMenu(restoreFocus: boolean): void {
  const menu = contextMenu.value;
  contextMenu.value = null;
  if (restoreFocus && menu?.returnTo?.isConnected) menu.returnTo.focus({ preventScroll: true });
}

/** An http(s) address a person may open in their own browser; anything else is no link at all. */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname ? u.href : null;
  } catch {
    return null;
  }
}

/** A clip's source address, for rows that do not carry it (search hits): null when it has none. */
export async function clipLink(id: string): Promise<string | null> {
  const answer = await bridge.getClip({ id });
  return answer.ok ? webLink(answer.value.url) : null;
}
