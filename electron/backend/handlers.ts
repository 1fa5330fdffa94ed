// The handler table: one plain function per contract call, shared by all three hosts.
// Inputs arrive already validated by dispatch(); handlers return Results and throw only
// AppFailure (turned into a Result by dispatch) or real bugs.
import type { AppInfo, ClipDetail, LibraryState } from '../../common/domain.js';
import type { Handlers } from '../../common/ipc/contract.js';
import { err, fail, ok } from '../../common/result.js';
import type { StoredClip } from '../../common/library/schema.js';
import { parseBlocks } from '../../common/text/structure.js';
import { ClipIndex, ClipViews } from './clip-views.js';
import { collectDiagnostics } from './diagnostics.js';
import { createImportHandlers } from './import/handlers.js';
import type { LibraryStore } from './store/library-store.js';
import { toHighlight } from './tags/highlights.js';
import { createTaggingHandlers } from './tags/index.js';
import { createTagContext } from './tags/actions.js';
import { createBundleHandlers } from './bundle/handlers.js';
import { createSearchHandlers } from './search/handlers.js';
import { createQuoteHandlers } from './quotes/handlers.js';
import { callHandlers } from './export/call.js';
import { chromiumPrinter, chromiumRasteriser, findChromium, NO_CHROMIUM, type PdfPrinter, type Rasteriser } from './export/chromium.js';
import { createExportHandlers } from './export/handlers.js';
import { createTimelineHandlers } from './timeline.js';
import { createChartHandlers } from './charts.js';
import { QuoteCache } from './quotes/quote-cache.js';
import { QuoteWarmer } from './quotes/quote-warmer.js';

/** PDFs without an injected printer: a Chromium found via MARSAD_CHROMIUM or the usual paths. */
const foundChromium = (): PdfPrinter => {
  const exe = findChromium({ env: process.env });
  if (!exe) fail('not-found', NO_CHROMIUM);
  return chromiumPrinter(exe!);
};

/** The Word cover's chart picture: drawn by a Chromium when one is found, else none (figures as text). */
const foundRasteriser = (): Rasteriser | null => {
  try {
    const exe = findChromium({ env: process.env });
    return exe ? chromiumRasteriser(exe) : null;
  } catch {
    return null;
  }
};

export function createHandlers(store: LibraryStore, info: AppInfo, pdfPrinter?: PdfPrinter): Handlers {
  const views = new ClipViews(store);
  const index = new ClipIndex(store);
  // Detected quotes, shared by the quote calls and search's speaker: and is:quote filters.
  const quoteCache = new QuoteCache(store);
  // The app and the browser shell detect ahead of need; a CLI command exits as soon as it is done.
  if (info.host !== 'cli') new QuoteWarmer(store, quoteCache);
  const actions = createTagContext(store, index, views);

  const clipOr404 = (id: string): StoredClip => {
    const clip = index.get(id);
    if (!clip) fail('not-found', `There is no clip with id "${id}".`);
    return clip!;
  };

  const provenanceOf = (clip: StoredClip): ClipDetail['provenance'] => {
    const b = clip.via ? store.data.bundles.find((x) => x.id === clip.via) : undefined;
    return b ? { analyst: b.analyst || clip.by || '', exportedAt: b.exportedAt } : null;
  };

  const state = async (): Promise<LibraryState> => {
    if (store.corrupt) return { state: 'corrupt', ...store.corrupt, backups: (await store.backups.list()).filter((b) => b.clips >= 0) };
    const clips = views.newestFirst().length;
    const failure = store.saveFailure;
    if (!failure) return { state: 'ready', clips };
    return { state: 'saving-failed', clips, reason: failure.reason, message: failure.message, since: failure.since };
  };

  const table: Omit<Handlers, keyof ReturnType<typeof createExportHandlers> | 'timeline' | keyof ReturnType<typeof createBundleHandlers> | 'sparklines' | 'viewShares'> = {
    ...createImportHandlers(store),
    ...createSearchHandlers(store, info.host, quoteCache),
    appInfo: async () => ok(info),
    getDiagnostics: async () => ok(await collectDiagnostics(store, info)),
    libraryState: async () => ok(await state()),
    restoreBackup: async ({ name }) => {
      await store.restoreBackup(name);
      return ok(await state());
    },
    listClips: async (q) => ok(await views.page(q)),
    facets: async () => ok(views.facets()),
    getClip: async ({ id }) => {
      const clip = clipOr404(id);
      const body = await store.bodies.get(clip.bodySha256);
      if (body === null) {
        return err('storage-io', `The text of "${clip.title}" is missing from the library folder (bodies/${clip.bodySha256}.txt).`);
      }
      return ok({
        ...(await views.summary(clip)),
        body,
        bodySha256: clip.bodySha256,
        blocks: parseBlocks(body),
        related: clip.related.map((r) => ({ ...r })),
        note: clip.note ?? '',
        highlights: (clip.highlights ?? []).map((h) => toHighlight(h, clip, body)),
        deletedAt: clip.deletedAt ?? null,
        provenance: provenanceOf(clip),
        noteConflicts: (clip.conflicts ?? []).filter((c) => c.field === 'note').map(({ value, by, at }) => ({ value, by, at })),
      });
    },
    getSettings: async () => ok({ ...store.data.settings }),
    setSettings: async (patch) => {
      store.mutate(
        (d) => {
          Object.assign(d.settings, patch);
        },
        { meta: true },
      );
      return ok({ ...store.data.settings });
    },
    // One history for tagging, speaker edits and bundle merges: Ctrl+Z takes back any, newest first.
    ...createTaggingHandlers(store, index, views, actions),
    ...createQuoteHandlers(store, index, views, quoteCache, actions),
  };
  // Reports read the library through the same calls the renderer makes.
  const reportCall = callHandlers(table as Handlers);
  return {
    ...table,
    ...createExportHandlers(reportCall, pdfPrinter ? () => pdfPrinter : foundChromium, foundRasteriser),
    ...createTimelineHandlers(reportCall),
    ...createBundleHandlers(actions, reportCall),
    ...createChartHandlers(views, reportCall),
  };
}
