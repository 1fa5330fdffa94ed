// The "Copy diagnostics" call (issue 11): what a person pastes into a bug report. Pure types;
// contract.ts adds the call to Calls and INPUTS. No DOM, no Node.

/** `text` is what goes on the clipboard: version, host, platform, library counts and sizes, log tail. */
export type Diagnostics = { text: string; logLines: number };

export type DiagnosticsCalls = {
  /** Never carries a clip's title, text, tags or notes: counts, sizes and the log only. */
  getDiagnostics: { in: void; out: Diagnostics };
};
