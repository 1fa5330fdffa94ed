// The Chromium every Playwright run here launches (the e2e specs, the hardening sentinel, the
// README pictures): $MARSAD_CHROMIUM or Debian's, and the flags of a quiet browser whose every
// request comes from the page under test. Launches nothing itself.
export const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';
// No GPU in CI, no background traffic, no first-run UI.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
