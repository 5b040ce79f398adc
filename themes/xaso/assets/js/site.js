/* Xã Số: charts from each canvas's data-chart attribute, and find-a-commune. The page reads fine without it. */
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
          // A narrow tag, not a bar: its size never reads as a value.
          var size = Math.min(horizontal ? el.height : el.width, 22);
          var label = ctx.measureText(opts.text).width;
          if (!size || isNaN(size)) { return; }
          if (horizontal) {
            // Sized to the words, the same for every gap, so the outline never reads as a value.
            ctx.strokeRect(area.left, el.y - size / 2, Math.min(area.width, label + 8), size);
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(opts.text, area.left + 4, el.y);
          } else {
            var h = Math.min(area.height, label + 8);
            ctx.strokeRect(el.x - size / 2, area.bottom - h, size, h);
            ctx.save();
            ctx.translate(el.x, area.bottom - 4);
            ctx.rotate(-Math.PI / 2);
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(opts.text, 0, 0);
            ctx.restore();
          }
        });
      });
      ctx.restore();
    }
  };

  function drawChart(canvas) {
    if (typeof Chart === 'undefined') { return; }
    Promise.resolve(JSON.parse(canvas.getAttribute('data-chart'))).then(function (spec) {
      var box = canvas.parentNode;
      var horizontal = spec.type === 'bar' && spec.labels.length > 6;
      if (horizontal) { box.style.height = Math.max(12, spec.labels.length * 1.8 + 4) + 'rem'; }
      var nf = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 2 });
      var fmt = function (v) { return v === null || v === undefined ? '' : nf.format(v) + (spec.percent ? '%' : ''); };
      box.hidden = false;
      new Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
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
            return horizontal ? { x: value } : { y: value };
          })()
        }
      });
    }).catch(function () { /* the table below the chart holds the same figures */ });
  }

  function search(form) {
    var input = form.querySelector('input');
    var list = form.querySelector('.search-results');
    var status = form.querySelector('.search-status');
    var base = form.getAttribute('data-base') || '';
    var index = null;
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    input.addEventListener('input', function () {
      var run = function () {
        var q = fold(input.value);
        list.textContent = '';
        status.textContent = '';
        if (!q) { return; }
        var words = q.split(' ');
        var hits = index.filter(function (e) {
          return words.every(function (w) { return e.key.indexOf(w) >= 0; });
        }).slice(0, 20);
        hits.forEach(function (e) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = base + e.path;
          a.textContent = e.name + ', ' + e.province;
          li.appendChild(a);
          list.appendChild(li);
        });
        if (!hits.length) { status.textContent = status.getAttribute('data-none'); }
      };
      if (index) { run(); return; }
      fetch(form.getAttribute('data-index')).then(function (r) { return r.json(); })
        .then(function (data) { index = data; run(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), drawChart);
    Array.prototype.forEach.call(document.querySelectorAll('form.search'), search);
  });
}());
