// Where the e2e support code finds the built app, relative to this checkout (not the cwd).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHELL_SERVER = join(REPO_ROOT, 'dist', 'browser-shell', 'server.js');
export const ELECTRON_MAIN = join(REPO_ROOT, 'dist', 'main', 'main.js');
export const SEED_TITLE = 'سوريا وروسيا تعلنان مرحلة جديدة من العلاقات وتعزيز التعاون السياسي والعسكري';
