(function () {
  var t = 'system';
  try {
    t = localStorage.getItem('msg:theme') || 'system';
  } catch {
    // Storage blocked (private mode, policy): follow the system theme.
  }
  if (t !== 'light' && t !== 'dark') t = 'system';
  var dark = t === 'dark' || (t === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.dataset.themePref = t;
})();
