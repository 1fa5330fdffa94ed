// Remembers the window's size, position and maximized state in a small JSON file in Electron's
// userData folder (never in the library), and restores it clamped onto a display that is there
// now. Pure geometry plus node:fs; no electron import, so it is unit-tested under plain node.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = Rect & { maximized: boolean };

// Why these numbers: three panes (sidebar, list, reader) stop being usable below ~720x480;
// 1280x820 fits a 1366x768 laptop's work area once clamped and a 1080p screen comfortably.
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 820;
// A saved window must overlap a display by at least this much (px each way) to be grabbable;
// otherwise (monitor unplugged, resolution changed) it is centred on the primary display.
const MIN_VISIBLE = 64;

export const WINDOW_STATE_FILE = 'window-state.json';

const overlap = (a: Rect, b: Rect): { w: number; h: number } => ({
  w: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  h: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

const centred = (area: Rect, width: number, height: number): Rect => {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  };
};

/** Where to open the window, given what was saved and the displays' work areas now. */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  if (!saved) return { ...centred(primary, DEFAULT_WIDTH, DEFAULT_HEIGHT), maximized: false };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o.w >= MIN_VISIBLE && o.h >= MIN_VISIBLE && o.w * o.h > bestArea) {
      best = area;
      bestArea = o.w * o.h;
    }
  }
  const width = Math.max(MIN_WIDTH, saved.width);
  const height = Math.max(MIN_HEIGHT, saved.height);
  if (!best) return { ...centred(primary, width, height), maximized: saved.maximized };
  const w = Math.min(width, best.width);
  const h = Math.min(height, best.height);
  return {
    x: clamp(saved.x, best.x, best.x + best.width - w),
    y: clamp(saved.y, best.y, best.y + best.height - h),
    width: w,
    height: h,
    maximized: saved.maximized,
  };
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1e6;

/** Accepts only a well-formed state; anything else (hand-edited, truncated) means "no state". */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isInt(v.x) || !isInt(v.y) || !isInt(v.width) || !isInt(v.height)) return null;
  if (v.width <= 0 || v.height <= 0) return null;
  return { x: v.x, y: v.y, width: v.width, height: v.height, maximized: v.maximized === true };
}

export function readWindowState(dir: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Best effort: a failed write loses only the window position, never data; temp + rename. */
export function writeWindowState(dir: string, state: WindowState): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, WINDOW_STATE_FILE);
    writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
    renameSync(`${file}.tmp`, file);
  } catch (e) {
    console.warn(`[marsad] could not save the window position: ${String(e)}`);
  }
}
