// The JSON export: the whole ReportModel (bodies, blocks, offsets, highlights, quotes,
// provenance), pretty-printed. Full fidelity: whatever another tool needs is here unchanged.
import type { ReportModel } from '../../../common/export/types.js';

export const renderJson = (m: ReportModel): string => `${JSON.stringify(m, null, 2)}\n`;
