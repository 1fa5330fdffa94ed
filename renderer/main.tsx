// Renderer entry: loads fonts and styles, mirrors <html lang dir> to the UI language, renders
// the app and starts it, and takes the desktop menu's commands. No bridge calls here; boot() in
// models/app.ts does those.
import { effect } from '@preact/signals';
import { render } from 'preact';
import './styles/fonts.js';
import './styles/app.css';
import './styles/import.css';
import './styles/quotes.css';
import './styles/tags.css';
import './styles/report.css';
import './styles/charts.css';
import './styles/dark.css';
import { App } from './components/App.js';
import { runCommand } from './components/commands.js';
import { onMenuCommand } from './services/menu-commands.js';
import { boot } from './models/app.js';
import { uiDir, uiLocale } from './models/locale.js';

effect(() => {
  document.documentElement.lang = uiLocale.value;
  document.documentElement.dir = uiDir.value;
});

const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  void boot();
  // The desktop File menu's commands (none in the browser shell, whose keys do the same).
  onMenuCommand(runCommand);
}
