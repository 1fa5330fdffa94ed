// Where the built pieces live relative to the app root: the repo in dev (`electron .`), the
// app.asar when packaged; one table, so both runs resolve the same way. Pure: node:path only.
// Every path here must be shipped by the `files` list in electron-builder.yml.
import path from 'node:path';

export const SEED_FILE_NAME = 'syria-russia-new-phase.txt';

export type AppPaths = { renderer: string; preload: string; seed: string; icon: string };

export const appPaths = (appRoot: string): AppPaths => ({
  renderer: path.join(appRoot, 'dist', 'renderer'),
  preload: path.join(appRoot, 'dist', 'preload', 'preload.cjs'),
  seed: path.join(appRoot, 'data', SEED_FILE_NAME),
  icon: path.join(appRoot, 'assets', 'icons', '256x256.png'),
});
