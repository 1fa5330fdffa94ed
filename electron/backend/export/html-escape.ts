// Escapes text for HTML element content and quoted attribute values: clipped text is hostile, so
// every name, title and passage a report prints goes through this. Pure.
export const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
