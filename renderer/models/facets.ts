// Sidebar data: tags and sources with their clip counts, from the `facets` call.
import { signal } from '@preact/signals';
import type { Facets } from '../../common/domain.js';
import { bridge } from '../services/bridge.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';

export const facets = signal<Loadable<Facets>>(LOADING);

export async function loadFacets(): Promise<void> {
  facets.value = fromResult(await bridge.facets());
}
