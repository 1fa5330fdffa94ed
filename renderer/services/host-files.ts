// The host's file-path helper: in Electron the preload exposes `marsad.pathForFile` (webUtils),
// so dropped and picked files can be imported by path; in the browser shell there is none and
// callers send the bytes instead. The only reader of that preload function.
type PathHost = { pathForFile?: (file: File) => string };

const host = (globalThis as { marsad?: PathHost }).marsad;

/** The file's path on disk when the host can tell (Electron), otherwise null. */
export function pathForFile(file: File): string | null {
  if (typeof host?.pathForFile !== 'function') return null;
  try {
    return host.pathForFile(file) || null;
  } catch {
    return null;
  }
}
