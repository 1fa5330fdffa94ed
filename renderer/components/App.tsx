// The whole window: top bar, library-health, notice and import banners, then the three panes
// (sidebar, clip list, reader), plus the drop overlay, paste dialog, change notice, the
// keyboard-shortcuts layer and the context menu. Layout only.
import { started } from '../models/app.js';
import { BundleReview } from './BundleReview.js';
import { ChangeNotice } from './ChangeNotice.js';
import { ClipList } from './ClipList.js';
import { ContextMenu } from './ContextMenu.js';
import { CorruptBanner } from './CorruptBanner.js';
import { SavingFailedBanner } from './SavingFailedBanner.js';
import { DropOverlay } from './DropOverlay.js';
import { FilePickers } from './FilePickers.js';
import { ImportPanel } from './ImportPanel.js';
import { KeyboardShortcuts } from './KeyboardShortcuts.js';
import { NoticeBar } from './NoticeBar.js';
import { PasteDialog } from './PasteDialog.js';
import { ReportDialog } from './ReportDialog.js';
import { Reader } from './Reader.js';
import { Sidebar } from './Sidebar.js';
import { TopBar } from './TopBar.js';
import { useThemeAttribute } from './ThemeSwitch.js';

export function App() {
  useThemeAttribute();
  // A blank frame for the few milliseconds before the language is known, instead of a flash of
  // the wrong language and direction.
  if (!started.value) return <div class="app" aria-busy="true" />;
  return (
    <div class="app">
      <TopBar />
      <CorruptBanner />
      <SavingFailedBanner />
      <NoticeBar />
      <ImportPanel />
      <div class="panes">
        <Sidebar />
        <ClipList />
        <Reader />
      </div>
      <DropOverlay />
      <PasteDialog />
      <BundleReview />
      <ChangeNotice />
      <KeyboardShortcuts />
      <ReportDialog />
      <ContextMenu />
      <FilePickers />
    </div>
  );
}
