// The progress chart: reviews per day, read from the canvas's data-attributes (CSP allows no inline script).
(function () {
  'use strict';
  var canvas = document.getElementById('reviews-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var days = canvas.dataset.days ? canvas.dataset.days.split(',') : [];
  var counts = canvas.dataset.counts ? canvas.dataset.counts.split(',').map(Number) : [];
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: days.map(function (d) { return d.slice(5); }),
      datasets: [{ label: canvas.dataset.series, data: counts, backgroundColor: '#2b6f8e' }]
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } }
    }
  });
  canvas.dataset.rendered = 'true';
}());
