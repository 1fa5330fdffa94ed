// The main window's webPreferences as plain data, so the Electron security checklist items they
// carry (no Node, context isolation, sandbox, web security, no insecure content, no experimental
// or Blink features, no <webview>) are unit-tested under plain node. main-window.ts uses it.
import type { WebPreferences } from 'electron';

export function windowPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}
