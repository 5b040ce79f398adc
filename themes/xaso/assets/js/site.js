/* Xã Số: charts drawn from the table beside each canvas, and find-a-commune. The page reads fine without it. */
(function () {
  'use strict';
  // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

  function fold(text) {
    return text.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, ' ').trim();
  }

  // A null value is not a bar of 0: its slot gets a dashed outline and the words "not reported".
  var notReported = {
    id: 'notReported',
    afterDatasetsDraw: function (chart, args, opts) {
      var ctx = chart.ctx;
      var area = chart.chartArea;
      var horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      ctx.font = '12px sans-serif';
      ctx.fillStyle = '#555';
      ctx.strokeStyle = '#767676';
      ctx.setLineDash([4, 3]);
      chart.data.datasets.forEach(function (d, di) {
        var meta = chart.getDatasetMeta(di);
        if (meta.hidden) { return; }
        d.data.forEach(function (v, i) {
          if (v !== null && v !== undefined) { return; }
          var el = meta.data[i];
          if (chart.config.type === 'line') {
            // Stacked above the axis, kept inside the plot so it never covers the tick labels.
            var x = chart.scales.x.getPixelForValue(i);
            var y = area.bottom - 8 - di * 14;
            var words = '\u00d7 ' + opts.text;
            var w = ctx.measureText(words).width;
            var left = Math.max(area.left + 2, Math.min(x - w / 2, area.right - w - 2));
            ctx.fillStyle = 'rgba(255,255,255,0.85)';
            ctx.fillRect(left - 2, y - 7, w + 4, 13);
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillStyle = PALETTE[di % PALETTE.length];
            ctx.fillText(words, left, y);
            ctx.fillStyle = '#555';
            return;
          }
          if (!el) { return; }
          // A labelled gap at the axis, never an outline with a height: nothing here can read as a value.
          var size = horizontal ? el.height : el.width;
          if (!size || isNaN(size)) { return; }
          var words = '\u00d7 ' + opts.text;
          var wide = ctx.measureText(words).width;
          ctx.lineWidth = 2;
          ctx.beginPath();
          if (horizontal) {
            ctx.moveTo(area.left, el.y - size * 0.4);
            ctx.lineTo(area.left, el.y + size * 0.4);
            ctx.stroke();
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(words, area.left + 5, el.y);
          } else {
            ctx.moveTo(el.x - size * 0.4, area.bottom - 1);
            ctx.lineTo(el.x + size * 0.4, area.bottom - 1);
            ctx.stroke();
            ctx.textBaseline = 'bottom';
            if (wide <= size) {
              ctx.textAlign = 'center';
              ctx.fillText(words, el.x, area.bottom - 4);
            } else {
              // Too narrow a slot for the words side by side: they stand on the axis, as words, not as a bar.
              ctx.save();
              ctx.translate(el.x + 4, area.bottom - 4);
              ctx.rotate(-Math.PI / 2);
              ctx.textAlign = 'left';
              ctx.fillText(words, 0, 0);
              ctx.restore();
            }
          }
        });
      });
      ctx.restore();
    }
  };

  // A chart's figures are on the page once, in the table beside its canvas (what readers without
  // JavaScript get): each row's header is a label, with the row's period on a second line when the
  // table has a period column (cells that are not td.num); each further column header names a
  // series; a cell's data-value is its figure, and a cell without one was not reported (its words,
  // "không báo cáo", are drawn in the gap). The canvas says only its type and data-percent.
  function specOf(canvas) {
    var table = canvas.closest('figure').querySelector('table.chart-table');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var periods = rows.length > 0 && rows[0].querySelector('td:not(.num)') !== null;
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent; });
    var gap = table.querySelector('td.num .nr');
    return {
      type: canvas.getAttribute('data-chart'),
      percent: canvas.hasAttribute('data-percent'),
      locale: document.documentElement.lang,
      missing: gap ? gap.textContent : '',
      labels: rows.map(function (r) {
        return periods ? [r.cells[0].textContent, r.cells[1].textContent] : r.cells[0].textContent;
      }),
      datasets: heads.slice(periods ? 2 : 1).map(function (name, s) {
        return { label: name, data: rows.map(function (r) {
          var v = r.querySelectorAll('td.num')[s].getAttribute('data-value');
          return v === null ? null : Number(v);
        }) };
      })
    };
  }

  function drawChart(canvas) {
    Promise.resolve(canvas).then(specOf).then(function (spec) {
      var box = canvas.parentNode;
      var horizontal = spec.type === 'bar' && spec.labels.length > 6;
      var labels = spec.labels;
      var tickSize = null;
      if (horizontal) {
        // Long labels beside horizontal bars are cut on a phone: wrap them into lines instead.
        var width = Math.max(12, Math.floor(box.clientWidth / 18));
        labels = wrapAll(spec.labels, function (t) { return t.length > width; });
        var lines = labels.reduce(function (n, l) { return n + l.length; }, 0);
        box.style.height = Math.max(12, lines * 1.2 + spec.labels.length * 0.9 + 4) + 'rem';
      } else if (spec.type === 'bar') {
        // Under upright bars Chart.js turns a long label on its side, and on a phone cuts it at the
        // left edge: wrap each into level lines as wide as its bar's share of the box, and make room.
        // Measured in the axis's own font; 56 px are the value axis and the bars' padding.
        // A word wider than its share (a long name on a phone) takes the font down a point or two.
        var pen = canvas.getContext('2d');
        var share = (box.clientWidth - 56) / spec.labels.length - 8;
        var wide = function (t) { return pen.measureText(t).width > share; };
        var words = spec.labels.flatMap(function (l) { return [].concat(l); }).join(' ').split(' ');
        tickSize = [12, 11, 10].find(function (size) {
          pen.font = Chart.helpers.toFont({ size: size }).string;
          return !words.some(wide);
        }) || 10;
        pen.font = Chart.helpers.toFont({ size: tickSize }).string;
        labels = wrapAll(spec.labels, wide);
        var deepest = labels.reduce(function (n, l) { return Math.max(n, l.length); }, 0);
        box.style.height = (20 + Math.max(0, deepest - 2) * 1.2) + 'rem';
      }
      var nf = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 2 });
      var fmt = function (v) { return v === null || v === undefined ? '' : nf.format(v) + (spec.percent ? '%' : ''); };
      box.hidden = false;
      new Chart(canvas, {
        type: spec.type,
        data: {
          labels: labels,
          datasets: spec.datasets.map(function (d, i) {
            return { label: d.label, data: d.data, backgroundColor: PALETTE[i % PALETTE.length],
              borderColor: PALETTE[i % PALETTE.length], spanGaps: false };
          })
        },
        plugins: [notReported],
        options: {
          indexAxis: horizontal ? 'y' : 'x', responsive: true, maintainAspectRatio: false, animation: false,
          locale: spec.locale,
          plugins: {
            legend: { display: spec.datasets.length > 1 },
            notReported: { text: spec.missing },
            tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + fmt(c.raw); } } }
          },
          scales: (function () {
            var value = { beginAtZero: true, ticks: { callback: function (v) { return fmt(v); } } };
            if (spec.percent) { value.max = 100; }
            if (horizontal) { return { x: value }; }
            if (spec.type !== 'bar') { return { y: value }; }
            return { x: { ticks: { maxRotation: 0, autoSkip: false, font: { size: tickSize } } }, y: value };
          })()
        }
      });
    }).catch(function () { canvas.parentNode.hidden = true; /* the table below the chart holds the same figures */ });
  }

  /** Each label into lines {@code tooWide} accepts; a label with its period is two lines already, each wrapped in turn. */
  function wrapAll(labels, tooWide) {
    return labels.map(function (l) {
      return [].concat(l).reduce(function (lines, part) { return lines.concat(wrap(part, tooWide)); }, []);
    });
  }

  /** Words into lines, a word moving to the next line when {@code tooWide} refuses the line with it. */
  function wrap(text, tooWide) {
    var lines = [];
    var line = '';
    text.split(' ').forEach(function (word) {
      if (line && tooWide(line + ' ' + word)) { lines.push(line); line = word; } else { line = line ? line + ' ' + word : word; }
    });
    if (line) { lines.push(line); }
    return lines;
  }

  // Chart.js, from this site with its integrity, once: only when a chart is about to be seen.
  var chartJs = null;
  function loadChartJs() {
    if (typeof Chart !== 'undefined') { return Promise.resolve(); }
    if (!chartJs) {
      var me = document.querySelector('script[data-chartjs]');
      chartJs = new Promise(function (loaded, failed) {
        var s = document.createElement('script');
        s.src = me.getAttribute('data-chartjs');
        s.integrity = me.getAttribute('data-chartjs-integrity');
        s.onload = loaded;
        s.onerror = failed;
        document.head.appendChild(s);
      });
    }
    return chartJs;
  }

  function draw(canvas) {
    loadChartJs().then(function () { drawChart(canvas); }, function () { canvas.parentNode.hidden = true; });
  }

  // Charts are drawn as they come near the screen: a long page does not block its first taps.
  function drawWhenNear(canvases) {
    if (!canvases.length) { return; }
    if (!('IntersectionObserver' in window)) { canvases.forEach(draw); return; }
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
      });
    }, { rootMargin: '300px 0px' });
    canvases.forEach(function (c) { seen.observe(c); });
  }

  // A table wider than the screen scrolls inside its box: that box must be reachable from the keyboard.
  function focusableScroll() {
    Array.prototype.forEach.call(document.querySelectorAll('.table-scroll'), function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        if (box.hasAttribute('tabindex')) { return; }
        var caption = box.querySelector('caption');
        var heading = box.previousElementSibling;
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', caption ? caption.textContent
          : heading && /^H[1-6]$/.test(heading.tagName) ? heading.textContent : document.title);
      } else if (box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }

  function search(form) {
    var input = form.querySelector('input');
    var list = form.querySelector('.search-results');
    var status = form.querySelector('.search-status');
    var base = form.getAttribute('data-base') || '';
    var index = null;
    var loading = null;
    function load() {
      if (!loading) {
        loading = fetch(form.getAttribute('data-index')).then(function (r) { return r.json(); })
          .then(function (data) { index = data; return data; });
      }
      return loading;
    }
    function hits() {
      var q = fold(input.value);
      if (!q) { return []; }
      var words = q.split(' ');
      return index.filter(function (e) {
        return words.every(function (w) { return e.key.indexOf(w) >= 0; });
      }).slice(0, 20);
    }
    function run() {
      list.textContent = '';
      status.textContent = '';
      if (!fold(input.value)) { return; }
      var found = hits();
      found.forEach(function (e) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = base + e.path;
        a.textContent = e.name.charAt(0).toUpperCase() + e.name.slice(1) + ', ' + e.province;
        li.appendChild(a);
        list.appendChild(li);
      });
      if (!found.length) { status.textContent = status.getAttribute('data-none'); }
    }
    // Enter opens the first commune found; with none, the list says so and the page stays.
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      load().then(function () {
        run();
        var first = list.querySelector('a');
        if (first) { window.location.href = first.href; }
      });
    });
    input.addEventListener('input', function () { load().then(run); });
    // Sent here without scripts' help (another page's box, ?q=…): look it up at once.
    var asked = new URLSearchParams(window.location.search).get('q');
    if (asked && !form.classList.contains('site-search')) { input.value = asked; load().then(run); }
  }

  // "Copy link": the anchor itself opens the page at the chart or map; with a script it also copies the address.
  function copyLinks() {
    Array.prototype.forEach.call(document.querySelectorAll('a[data-copy]'), function (a) {
      a.addEventListener('click', function () {
        var url = window.location.href.split('#')[0] + a.getAttribute('href');
        var status = a.nextElementSibling;
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(url).then(function () {
            if (status) { status.textContent = ' ' + status.getAttribute('data-copied'); }
          }, function () { /* the link still opens the page at the anchor */ });
        }
      });
    });
  }

  // The print button shows only where a script can press it; the browser's own Print works without.
  function printButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('button[data-print]'), function (b) {
      b.hidden = false;
      b.addEventListener('click', function () { window.print(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawWhenNear(Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]')));
    // After the first paint: measuring the tables' widths any earlier forces a layout.
    requestAnimationFrame(function () { setTimeout(focusableScroll, 0); });
    var resized = null;
    window.addEventListener('resize', function () { clearTimeout(resized); resized = setTimeout(focusableScroll, 200); });
    Array.prototype.forEach.call(document.querySelectorAll('form.search'), search);
    copyLinks();
    printButtons();
  });
}());
