// "Copy diagnostics" in the window (the browser shell has no native Help menu): asks the backend
// for the diagnostics text (counts, sizes, log; never clip text) and puts it on the clipboard.
// The state drives one status line in the ? sheet.
import { signal } from '@preact/signals';
import { bridge } from '../services/bridge.js';
import { writeClipboard } from '../services/clipboard.js';

export const diagnosticsState = signal<'idle' | 'copying' | 'copied' | 'failed'>('idle');

export async function copyDiagnostics(): Promise<void> {
  diagnosticsState.value = 'copying';
  const r = await bridge.getDiagnostics();
  diagnosticsState.value = r.ok && (await writeClipboard(r.value.text)) ? 'copied' : 'failed';
}
