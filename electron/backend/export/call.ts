// The one way the exporter reads the library: contract calls that throw AppFailure on an error
// (the CLI's `call` has this shape; callHandlers adapts the backend's handler table). The
// exporter never reaches into the store, so a report shows exactly what the app shows.
import type { CallName, Calls, Handlers } from '../../../common/ipc/contract.js';
import { AppFailure } from '../../../common/result.js';

export type ExportCall = <K extends CallName>(name: K, input: Calls[K]['in']) => Promise<Calls[K]['out']>;

export const callHandlers =
  (handlers: Handlers): ExportCall =>
  async (name, input) => {
    const r = await (handlers[name] as (i: typeof input) => ReturnType<Handlers[typeof name]>)(input);
    if (!r.ok) throw new AppFailure(r.error);
    return r.value as Calls[typeof name]['out'];
  };
