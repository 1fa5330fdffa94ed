// Tests for window-state: restore onto a display that exists now, clamp, parse, round-trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  MIN_HEIGHT,
  MIN_WIDTH,
  WINDOW_STATE_FILE,
  parseWindowState,
  readWindowState,
  restoreWindowState,
  writeWindowState,
  type Rect,
  type WindowState,
} from './window-state.js';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const right: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };
const s = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  x, y, width, height, maximized,
});

test('no saved state: default size centred on the primary display, clamped to it', () => {
  const big: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  assert.deepEqual(restoreWindowState(null, [big], big), s(320, 110, DEFAULT_WIDTH, DEFAULT_HEIGHT));
  assert.deepEqual(restoreWindowState(null, [laptop], laptop), s(43, 0, 1280, 728));
});

test('restore table', () => {
  const cases: [string, WindowState, Rect[], WindowState][] = [
    ['fits: unchanged', s(100, 50, 1000, 600), [laptop], s(100, 50, 1000, 600)],
    ['keeps maximized', s(100, 50, 1000, 600, true), [laptop], s(100, 50, 1000, 600, true)],
    ['on the second display', s(1500, 100, 1200, 800), [laptop, right], s(1500, 100, 1200, 800)],
    ['second display unplugged: centred on primary', s(1500, 100, 1200, 700), [laptop], s(83, 14, 1200, 700)],
    ['hanging off the right edge: pulled in', s(1000, 100, 1000, 600), [laptop], s(366, 100, 1000, 600)],
    ['above the top: pulled down', s(100, -300, 1000, 600), [laptop], s(100, 0, 1000, 600)],
    ['bigger than the display: shrunk to it', s(-50, -50, 3000, 2000), [laptop], s(0, 0, 1366, 728)],
    ['tiny: grown to the minimum', s(10, 10, 100, 100), [laptop], s(10, 10, MIN_WIDTH, MIN_HEIGHT)],
    ['only a sliver visible: centred', s(1330, 700, 1000, 600), [laptop], s(183, 64, 1000, 600)],
    ['spanning two displays: the one holding most of it', s(1000, 100, 1200, 700), [laptop, right], s(1366, 100, 1200, 700)],
  ];
  for (const [name, saved, areas, want] of cases) {
    assert.deepEqual(restoreWindowState(saved, areas, areas[0]!), want, name);
  }
});

test('parseWindowState rejects anything malformed', () => {
  assert.deepEqual(parseWindowState({ x: 1, y: 2, width: 800, height: 600, maximized: true }), s(1, 2, 800, 600, true));
  assert.deepEqual(parseWindowState({ x: 1, y: 2, width: 800, height: 600 }), s(1, 2, 800, 600));
  for (const bad of [null, 7, 'x', {}, { x: 1, y: 2, width: '800', height: 600 }, { x: 1.5, y: 2, width: 800, height: 600 },
    { x: 1, y: 2, width: 0, height: 600 }, { x: 1e9, y: 2, width: 800, height: 600 }]) {
    assert.equal(parseWindowState(bad), null, JSON.stringify(bad));
  }
});

test('write then read round-trips; a corrupt file reads as no state', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-ws-'));
  assert.equal(readWindowState(dir), null);
  writeWindowState(path.join(dir, 'nested'), s(5, 6, 900, 700, true));
  assert.deepEqual(readWindowState(path.join(dir, 'nested')), s(5, 6, 900, 700, true));
  writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{"x":1,');
  assert.equal(readWindowState(dir), null);
});
