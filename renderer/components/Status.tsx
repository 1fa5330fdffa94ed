// A quiet loading or empty line for a pane. Announced politely to screen readers; no logic.
import type { ComponentChildren } from 'preact';

type Props = { kind: 'loading' | 'empty'; children: ComponentChildren };

export function Status({ kind, children }: Props) {
  return (
    <p class={`status status-${kind}`} role="status" aria-live="polite">
      {kind === 'loading' && <span class="spinner" aria-hidden="true" />}
      {children}
    </p>
  );
}
