(function () {
  var t;
  try {
    t = localStorage.getItem('msg:theme');
  } catch {
    t = 'system';
  }
  if (t !== 'light' && t !== 'dark') t = 'system';
  var dark = t === 'dark' || (t === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  var root = document.documentElement.dataset;
  root.theme = dark ? 'dark' : 'light';
  root.themePref = t;
})();
