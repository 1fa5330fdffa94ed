// Wraps the backend's handler table so the host hears about a successful settings change (the
// native menu follows the UI language). Pure: returns a new table, changes no behaviour.
import type { Settings } from '../../common/domain.js';
import type { Handlers } from '../../common/ipc/contract.js';

export function withSettingsHook(handlers: Handlers, onChange: (settings: Settings) => void): Handlers {
  return {
    ...handlers,
    setSettings: async (input) => {
      const res = await handlers.setSettings(input);
      if (res.ok) {
        try {
          onChange(res.value);
        } catch (e) {
          console.warn(`[marsad] settings hook failed: ${String(e)}`);
        }
      }
      return res;
    },
  };
}
