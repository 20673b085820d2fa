// Saving the guide for offline use starts once the page has loaded, so it never slows the first view
// (see sw-register.ts). Imported by the header's script, the one script every page runs: a file of its
// own would cost every page a request and about 270 bytes of its first-view budget.
addEventListener('load', () => import('./sw-register'));
