// Draws the statistics page's charts with Chart.js from JSON in data attributes (CSP: no inline script).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var histogram = document.getElementById('score-histogram');
  if (histogram) {
    var bins = JSON.parse(histogram.dataset.bins || '[]');
    new Chart(histogram, {
      type: 'bar',
      data: {
        labels: bins.map(function (b) { return b.label; }),
        datasets: [{ label: histogram.dataset.label, data: bins.map(function (b) { return b.count; }) }]
      },
      options: { animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    histogram.dataset.drawn = 'true';
  }
  var facility = document.getElementById('facility-chart');
  if (facility) {
    var questions = JSON.parse(facility.dataset.questions || '[]');
    new Chart(facility, {
      type: 'bar',
      data: {
        labels: questions.map(function (q) { return q.label; }),
        datasets: [
          { label: facility.dataset.facility, data: questions.map(function (q) { return q.facility; }) },
          { label: facility.dataset.discrimination, data: questions.map(function (q) { return q.discrimination; }) }
        ]
      },
      options: { animation: false, scales: { y: { suggestedMin: -100, suggestedMax: 100 } } }
    });
    facility.dataset.drawn = 'true';
  }
})();
