// The library's analyst name (issue 15): bundles exported from this library carry it, and notes
// and highlights made here are this analyst's. Kept in the library's settings.
import { signal } from '@preact/signals';
import { bridge } from '../services/bridge.js';
import { showNotice } from './notice.js';

export const analystName = signal('');

export async function loadAnalyst(): Promise<void> {
  const r = await bridge.getSettings();
  if (r.ok) analystName.value = r.value.analyst ?? '';
}

export async function setAnalyst(name: string): Promise<void> {
  const clean = name.trim();
  if (clean === analystName.value) return;
  const r = await bridge.setSettings({ analyst: clean });
  if (!r.ok) return showNotice(r.error);
  analystName.value = r.value.analyst;
}
