// The console's little script (no inline script: CSP): charts from data attributes, and confirmation
// of destructive buttons marked data-confirm. Everything works without it but the charts.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("canvas.js-chart").forEach(function (canvas) {
    if (!window.Chart) { return; }
    var spec = JSON.parse(canvas.dataset.chart);
    new window.Chart(canvas, {
      type: spec.type || "bar",
      data: { labels: spec.labels, datasets: [{ label: spec.title, data: spec.values, backgroundColor: "#0b5cad" }] },
      options: { animation: false, plugins: { legend: { display: false } } },
    });
  });
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (ev) {
      if (!window.confirm(el.dataset.confirm)) { ev.preventDefault(); }
    });
  });
});
