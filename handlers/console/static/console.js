// The console's little script (no inline script: CSP): charts from data attributes, and confirmation
// of destructive buttons marked data-confirm. Everything works without it but the charts.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("canvas.js-chart").forEach(function (canvas) {
    if (!window.Chart) { return; }
    var spec = JSON.parse(canvas.dataset.chart);
    var colours = ["#0b5cad", "#d9822b", "#1a6b2f", "#a4161a", "#6a3d9a", "#4a5360", "#b15928", "#1f78b4"];
    var names = Object.keys(spec.series);
    new window.Chart(canvas, {
      type: spec.type || "bar",
      data: {
        labels: spec.labels,
        datasets: names.map(function (name, i) {
          return { label: name, data: spec.series[name], backgroundColor: colours[i % colours.length] };
        }),
      },
      options: {
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        plugins: { legend: { display: names.length > 1 } },
      },
    });
  });
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (ev) {
      if (!window.confirm(el.dataset.confirm)) { ev.preventDefault(); }
    });
  });
});
