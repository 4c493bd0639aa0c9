// Loaded first on every page. Any script error is shown in a red banner (and recorded in the
// page's data-script-errors attribute, which the browser test reads), so a broken chart is never silent.
(function () {
  function report(message) {
    var root = document.documentElement;
    var count = Number(root.getAttribute('data-script-errors') || '0') + 1;
    root.setAttribute('data-script-errors', String(count));
    var show = function () {
      var banner = document.getElementById('script-errors');
      if (!banner) {
        banner = document.createElement('div');
        banner.id = 'script-errors';
        banner.className = 'script-errors';
        document.body.insertBefore(banner, document.body.firstChild);
      }
      var line = document.createElement('div');
      line.textContent = 'A script on this page failed: ' + message;
      banner.appendChild(line);
    };
    if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
  }
  window.addEventListener('error', function (e) { report(e.message || String(e)); });
  window.addEventListener('unhandledrejection', function (e) { report(String(e.reason)); });
  document.addEventListener('DOMContentLoaded', function () {
    if (window.renderMathInElement) {
      renderMathInElement(document.body, {
        delimiters: [
          { left: '\\[', right: '\\]', display: true },
          { left: '\\(', right: '\\)', display: false }
        ],
        throwOnError: false
      });
    }
  });
})();
