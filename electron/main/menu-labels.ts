// Arabic and English labels for the native menu and the few native dialogs main shows, and the
// rule that picks the language. Pure: no electron import. The renderer has its own strings.
import type { Settings, UiLocale } from '../../common/domain.js';

/** 'system' (or no setting yet) follows the OS: Arabic for any ar-* locale, else English. */
export function uiLocale(setting: Settings['locale'] | null | undefined, systemLocale: string): UiLocale {
  if (setting === 'ar' || setting === 'en') return setting;
  return /^ar(?:[-_]|$)/i.test(systemLocale) ? 'ar' : 'en';
}

const en = {
  appName: 'Marsad',
  file: 'File',
  importFiles: 'Import Files…',
  importFolder: 'Import Folder…',
  importFilter: 'Articles',
  pasteArticle: 'Paste Article',
  newReport: 'New Report',
  findInArticle: 'Find in Article',
  openLibrary: 'Open Library…',
  openRecent: 'Open Recent',
  clearRecent: 'Clear Recent',
  noRecent: 'No Recent Libraries',
  openLibraryTitle: 'Open or create a library folder',
  switchUnsaved: 'Marsad stays in this library: its latest changes are not saved yet.',
  notLibraryFolder: 'This folder holds other files and no Marsad library: choose a library folder, or an empty folder to start a new library.',
  openLibraryFolder: 'Show Library Folder',
  quit: 'Quit Marsad',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  close: 'Close Window',
  front: 'Bring All to Front',
  help: 'Help',
  about: 'About Marsad',
  copyDiagnostics: 'Copy Diagnostics',
  hide: 'Hide Marsad',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  ok: 'OK',
  aboutDetail: 'Offline media monitoring for Arabic, English and Russian news.\nLibrary folder: {dir}',
  openFailedTitle: 'Marsad cannot open its library',
  openFailedDetail: 'Library folder: {dir}',
};

export type MenuLabels = typeof en;

const ar: MenuLabels = {
  appName: 'مرصد',
  file: 'ملف',
  importFiles: 'استيراد ملفات…',
  importFolder: 'استيراد مجلد…',
  importFilter: 'مقالات',
  pasteArticle: 'لصق مقال',
  newReport: 'تقرير جديد',
  findInArticle: 'البحث في المقال',
  openLibrary: 'فتح مكتبة…',
  openRecent: 'المكتبات الأخيرة',
  clearRecent: 'مسح القائمة',
  noRecent: 'لا مكتبات أخيرة',
  openLibraryTitle: 'افتح مجلد مكتبة أو أنشئ واحدًا',
  switchUnsaved: 'يبقى مرصد في هذه المكتبة: آخر تغييراتها لم تُحفظ بعد.',
  notLibraryFolder: 'في هذا المجلد ملفات أخرى وليس فيه مكتبة لمرصد: اختر مجلد مكتبة، أو مجلدًا فارغًا لبدء مكتبة جديدة.',
  openLibraryFolder: 'إظهار مجلد المكتبة',
  quit: 'إنهاء مرصد',
  edit: 'تحرير',
  undo: 'تراجع',
  redo: 'إعادة',
  cut: 'قص',
  copy: 'نسخ',
  paste: 'لصق',
  selectAll: 'تحديد الكل',
  view: 'عرض',
  reload: 'إعادة التحميل',
  toggleDevTools: 'أدوات المطوّر',
  resetZoom: 'الحجم الفعلي',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fullScreen: 'ملء الشاشة',
  window: 'نافذة',
  minimize: 'تصغير النافذة',
  zoom: 'تكبير النافذة',
  close: 'إغلاق النافذة',
  front: 'إحضار الكل إلى الأمام',
  help: 'مساعدة',
  about: 'حول مرصد',
  copyDiagnostics: 'نسخ معلومات التشخيص',
  hide: 'إخفاء مرصد',
  hideOthers: 'إخفاء الأخرى',
  unhide: 'إظهار الكل',
  ok: 'حسنًا',
  aboutDetail: 'رصد إعلامي دون اتصال للأخبار العربية والإنجليزية والروسية.\nمجلد المكتبة: {dir}',
  openFailedTitle: 'تعذّر على مرصد فتح مكتبته',
  openFailedDetail: 'مجلد المكتبة: {dir}',
};

export const MENU_LABELS: Record<UiLocale, MenuLabels> = { ar, en };

export const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
