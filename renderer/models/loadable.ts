// The three states every fetched thing is in, so components render loading, error and ready
// explicitly. Pure: no bridge, no DOM.
import type { AppError, Result } from '../../common/result.js';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: AppError };

export const LOADING = { status: 'loading' } as const;

export const fromResult = <T>(r: Result<T>): Loadable<T> =>
  r.ok ? { status: 'ready', value: r.value } : { status: 'error', error: r.error };
