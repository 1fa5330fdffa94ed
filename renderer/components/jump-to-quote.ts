// The Quotes panel's jump: scroll a quote's highlight into view and focus it. DOM only; finds
// the element by the data-quote-id QuoteText gives every highlight.
export function jumpToQuote(id: string): void {
  const el = document.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(id)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}
