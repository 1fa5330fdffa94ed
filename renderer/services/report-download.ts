// Where the browser shell hands over a finished report (its GET /report/<jobId> route), so the
// report dialog can offer a download. The desktop app saves through its own dialog: no link.
import type { AppInfo } from '../../common/domain.js';

export const reportDownloadUrl = (host: AppInfo['host'] | undefined, jobId: string): string | null =>
  host === 'browser' ? `/report/${encodeURIComponent(jobId)}` : null;
