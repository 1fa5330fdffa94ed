// Tests for menu-labels and menu-template: locale choice, both languages complete, menu shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_LABELS, fill, uiLocale } from './menu-labels.js';
import { menuTemplate } from './menu-template.js';

const noop = { openLibraryFolder: () => {}, showAbout: () => {}, copyDiagnostics: () => {}, command: () => {}, openLibrary: () => {}, openRecent: () => {}, clearRecent: () => {} };
const labelsOf = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label);

test('uiLocale: the setting wins, else the OS locale', () => {
  assert.equal(uiLocale('ar', 'en-US'), 'ar');
  assert.equal(uiLocale('en', 'ar-SY'), 'en');
  assert.equal(uiLocale('system', 'ar-SY'), 'ar');
  assert.equal(uiLocale('system', 'ar'), 'ar');
  assert.equal(uiLocale(undefined, 'AR_eg'), 'ar');
  assert.equal(uiLocale(null, 'ru-RU'), 'ru');
  assert.equal(uiLocale('ru', 'ar-SY'), 'ru');
  assert.equal(uiLocale('system', 'de-DE'), 'en');
  assert.equal(uiLocale('system', 'rue'), 'en');
  assert.equal(uiLocale('system', 'arn-CL'), 'en');
});

test('every language labels every key, and differs from English', () => {
  const keys = Object.keys(MENU_LABELS.en) as (keyof typeof MENU_LABELS.en)[];
  for (const lang of ['ar', 'ru'] as const) {
    assert.deepEqual(Object.keys(MENU_LABELS[lang]).sort(), [...keys].sort(), lang);
    for (const k of keys) {
      assert.ok(MENU_LABELS[lang][k].trim(), `${lang}.${k}`);
      if (k !== 'ok') assert.notEqual(MENU_LABELS[lang][k], MENU_LABELS.en[k], `${lang}.${k}`);
    }
  }
  assert.equal(fill(MENU_LABELS.en.openFailedDetail, { dir: '/x' }), 'Library folder: /x');
});

test('Linux/Windows: File, Edit, View, Window, Help in the chosen language', () => {
  const ar = menuTemplate({ labels: MENU_LABELS.ar, platform: 'linux', dev: false, actions: noop });
  assert.deepEqual(labelsOf(ar), ['ملف', 'تحرير', 'عرض', 'نافذة', 'مساعدة']);
  const en = menuTemplate({ labels: MENU_LABELS.en, platform: 'win32', dev: false, actions: noop });
  assert.deepEqual(labelsOf(en), ['File', 'Edit', 'View', 'Window', 'Help']);
  const file = en[0]!.submenu as MenuItemConstructorOptions[];
  assert.equal(file.at(-1)!.role, 'quit');
  const edit = (en[1]!.submenu as MenuItemConstructorOptions[]).map((i) => i.role).filter(Boolean);
  assert.deepEqual(edit, ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
});

test('every item has a label in the chosen language (no English leaking into Arabic)', () => {
  const walk = (items: MenuItemConstructorOptions[]): void => {
    for (const i of items) {
      if (i.type === 'separator') continue;
      assert.ok(i.label && /[\u0600-\u06FF]/.test(i.label), `${i.role ?? '?'} has Arabic label`);
      if (Array.isArray(i.submenu)) walk(i.submenu);
    }
  };
  walk(menuTemplate({ labels: MENU_LABELS.ar, platform: 'darwin', dev: true, actions: noop }));
  walk(menuTemplate({ labels: MENU_LABELS.ar, platform: 'linux', dev: true, actions: noop }));
});

test('devtools only in dev; macOS gets the app menu first; actions are wired', () => {
  const roles = (dev: boolean) =>
    (menuTemplate({ labels: MENU_LABELS.en, platform: 'linux', dev, actions: noop })[2]!.submenu as MenuItemConstructorOptions[])
      .map((i) => i.role);
  assert.ok(roles(true).includes('toggleDevTools'));
  assert.ok(!roles(false).includes('toggleDevTools'));
  const called: string[] = [];
  const mac = menuTemplate({
    labels: MENU_LABELS.en,
    platform: 'darwin',
    dev: false,
    actions: { ...noop, openLibraryFolder: () => called.push('folder'), showAbout: () => called.push('about') },
  });
  assert.deepEqual(labelsOf(mac), ['Marsad', 'File', 'Edit', 'View', 'Window', 'Help']);
  const click = (i: MenuItemConstructorOptions | undefined) =>
    (i!.click as unknown as () => void)();
  click((mac[0]!.submenu as MenuItemConstructorOptions[])[0]);
  click((mac[1]!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Show Library Folder'));
  assert.deepEqual(called, ['about', 'folder']);
});

test('Help has "Copy diagnostics" on every platform, and it runs its action', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    const called: string[] = [];
    const items = menuTemplate({ labels: MENU_LABELS.en, platform, dev: false, actions: { ...noop, copyDiagnostics: () => called.push('diagnostics') } });
    const help = items.at(-1)!.submenu as MenuItemConstructorOptions[];
    const item = help.find((i) => i.label === 'Copy Diagnostics');
    assert.ok(item, `${platform}: ${JSON.stringify(help.map((i) => i.label))}`);
    (item.click as unknown as () => void)();
    assert.deepEqual(called, ['diagnostics']);
  }
  assert.equal(MENU_LABELS.ar.copyDiagnostics, 'نسخ معلومات التشخيص');
});

test('File: import, paste, report and find, with the shortcuts the shortcuts sheet lists', () => {
  const sent: string[] = [];
  const en = menuTemplate({ labels: MENU_LABELS.en, platform: 'linux', dev: false, actions: { ...noop, command: (c) => sent.push(c) } });
  const file = (en[0]!.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
  assert.deepEqual(
    file.map((i) => [i.label, i.accelerator ?? null]),
    [
      ['Import Files…', 'CmdOrCtrl+O'],
      ['Import Folder…', 'CmdOrCtrl+Shift+O'],
      ['Paste Article', null],
      ['New Report', null],
      ['Find in Article', 'CmdOrCtrl+F'],
      ['Open Library…', null],
      ['Open Recent', null],
      ['Show Library Folder', null],
      ['Quit Marsad', null],
    ],
  );
  for (const item of file.slice(0, 5)) (item.click as () => void)();
  assert.deepEqual(sent, ['import-files', 'import-folder', 'paste-article', 'new-report', 'find-in-article']);
  const ar = menuTemplate({ labels: MENU_LABELS.ar, platform: 'darwin', dev: false, actions: noop });
  assert.equal((ar[1]!.submenu as MenuItemConstructorOptions[])[0]!.label, 'استيراد ملفات…');
});

test('Open Recent lists the recent folders, the open one checked; each switches to its library', () => {
  const opened: string[] = [];
  const actions = { ...noop, openRecent: (d: string) => opened.push(d), clearRecent: () => opened.push('clear') };
  const file = (ls: readonly string[]) =>
    menuTemplate({ labels: MENU_LABELS.ar, platform: 'linux', dev: false, actions, recent: ls, currentLibrary: '/libs/a' })[0]!.submenu as MenuItemConstructorOptions[];
  const sub = file(['/libs/a', '/libs/b']).find((i) => i.label === 'المكتبات الأخيرة')!.submenu as MenuItemConstructorOptions[];
  assert.deepEqual(sub.map((i) => [i.label, i.checked ?? null]), [['/libs/a', true], ['/libs/b', false], [undefined, null], ['مسح القائمة', null]]);
  (sub[1]!.click as () => void)();
  (sub[3]!.click as () => void)();
  assert.deepEqual(opened, ['/libs/b', 'clear']);
  const empty = file([]).find((i) => i.label === 'المكتبات الأخيرة')!.submenu as MenuItemConstructorOptions[];
  assert.deepEqual(empty.map((i) => [i.label, i.enabled ?? true]), [['لا مكتبات أخيرة', false], [undefined, true], ['مسح القائمة', false]]);
});
