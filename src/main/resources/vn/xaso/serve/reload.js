// Preview only (xaso serve): reloads the page after each good rebuild, and shows the data
// errors of a failed one over the page. Text is set with textContent, never as HTML.
(function () {
  'use strict';
  var seen = null;
  function overlay(problems) {
    var box = document.getElementById('xaso-overlay');
    if (!problems.length) {
      if (box) { box.remove(); }
      return;
    }
    if (!box) {
      box = document.createElement('pre');
      box.id = 'xaso-overlay';
      box.setAttribute('role', 'alert');
      document.body.appendChild(box);
    }
    box.textContent = 'Dữ liệu có lỗi — đang hiển thị bản tốt gần nhất.\n'
      + 'Data errors — showing the last good site.\n\n' + problems.join('\n\n');
  }
  function poll() {
    fetch('/_xaso/status', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && s.build !== seen && s.ok) { location.reload(); return; }
        seen = s.build;
        overlay(s.ok ? [] : s.problems);
      })
      .catch(function () { /* server restarting: try again */ })
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
}());
