// Marsad's mark: a watchtower lens (concentric arcs around a point). Decorative, so hidden from
// assistive technology; the app name beside it carries the meaning.
export function BrandMark() {
  return (
    <svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" fill="currentColor" opacity="0.12" />
      <path d="M6 16a10 10 0 0 1 20 0" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
      <path d="M10.5 16a5.5 5.5 0 0 1 11 0" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
      <circle cx="16" cy="16" r="2.6" fill="currentColor" />
      <path d="M16 19v7" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
    </svg>
  );
}
