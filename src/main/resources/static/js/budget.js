/*
 * The budget page's chart (ECharts): approved against spent by spending unit, from the JSON the page
 * embeds in <script type="application/json" id="budget-data">. No inline script or style: the
 * Content-Security-Policy allows neither. Each bar goes to the unit's row of the table.
 */
(function () {
  'use strict';

  function init() {
    var source = document.getElementById('budget-data');
    var root = document.getElementById('budget-chart');
    if (!source || !root || typeof window.echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(source.textContent);
    var units = data.units || [];
    var numbers = new Intl.NumberFormat('vi-VN');
    var chart = window.echarts.init(root);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return numbers.format(v) + ' đ'; } },
      legend: { data: [root.getAttribute('data-approved'), root.getAttribute('data-spent')] },
      grid: { left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: units.map(function (u) { return u.name; }), axisLabel: { interval: 0, width: 90, overflow: 'truncate' } },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return numbers.format(v); } } },
      series: [
        { name: root.getAttribute('data-approved'), type: 'bar', data: units.map(function (u) { return u.approved; }), itemStyle: { color: '#0a58ca' } },
        { name: root.getAttribute('data-spent'), type: 'bar', data: units.map(function (u) { return u.spent; }), itemStyle: { color: '#146c43' } }
      ]
    });
    chart.on('click', function (p) {
      var u = units[p.dataIndex];
      var row = u && document.querySelector('#by-unit tr[data-unit="' + u.key + '"] a');
      if (row) {
        window.location.href = row.getAttribute('href');
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
