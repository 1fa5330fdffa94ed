// The whole window: top bar, library-health and notice banners, then the three panes
// (sidebar, clip list, reader). Layout only; every pane reads its own model.
import { started } from '../models/app.js';
import { ClipList } from './ClipList.js';
import { CorruptBanner } from './CorruptBanner.js';
import { NoticeBar } from './NoticeBar.js';
import { Reader } from './Reader.js';
import { Sidebar } from './Sidebar.js';
import { TopBar } from './TopBar.js';

export function App() {
  // A blank frame for the few milliseconds before the language is known, instead of a flash of
  // the wrong language and direction.
  if (!started.value) return <div class="app" aria-busy="true" />;
  return (
    <div class="app">
      <TopBar />
      <CorruptBanner />
      <NoticeBar />
      <div class="panes">
        <Sidebar />
        <ClipList />
        <Reader />
      </div>
    </div>
  );
}
