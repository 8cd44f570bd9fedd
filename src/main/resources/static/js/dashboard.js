/*
 * The dashboard's charts (ECharts). The page embeds its data in <script type="application/json"
 * id="dashboard-data">: {data: the API's dashboard body, labels: the words in the reader's language}.
 * Every bar and slice carries the address of its list; a click goes there. No inline script or
 * style: the Content-Security-Policy allows neither, so tooltips are plain text without markers.
 */
(function () {
  'use strict';

  // The same colour for a status as its tag on the pages (app.css), so a slice and a tag agree.
  var COLORS = {
    accepted: '#146c43',
    awaiting: '#0a58ca',
    missing: '#b02a37',
    PLANNED: '#5c636a',
    REGISTERED: '#0a58ca',
    HELD: '#146c43',
    POSTPONED: '#a8430a',
    AWAITING_RESULTS: '#6f42c1',
    CANCELLED: '#b02a37',
    bar: '#7a1212'
  };

  function init() {
    var source = document.getElementById('dashboard-data');
    var root = document.getElementById('dashboard');
    if (!source || !root || typeof window.echarts === 'undefined') {
      return;
    }
    var echarts = window.echarts;
    var payload = JSON.parse(source.textContent);
    var d = payload.data;
    var L = payload.labels;
    var base = (root.getAttribute('data-base') || '/').replace(/\/$/, '');
    var numbers = new Intl.NumberFormat('vi-VN');
    var charts = [];

    function esc(text) {
      return echarts.format.encodeHTML(String(text));
    }

    function fmt(value) {
      return numbers.format(Number(value) || 0);
    }

    function empty() {
      return {
        title: {
          text: L.noData,
          left: 'center',
          top: 'middle',
          textStyle: {color: '#6c757d', fontSize: 14, fontWeight: 'normal'}
        }
      };
    }

    function draw(id, option) {
      var node = document.getElementById(id);
      if (!node) {
        return;
      }
      var chart = echarts.init(node, null, {renderer: 'canvas'});
      chart.setOption(option);
      chart.on('click', function (p) {
        if (p.data && p.data.url) {
          window.location.href = base + p.data.url;
        }
      });
      charts.push(chart);
    }

    function axisTooltip(params) {
      var lines = [esc(params[0].axisValueLabel)];
      params.forEach(function (p) {
        var shown = p.data && p.data.accepted === false ? L.notAccepted : fmt(p.value);
        lines.push(esc(p.seriesName) + ': ' + esc(shown));
      });
      return lines.join('<br>');
    }

    // Reports by unit type: accepted, sent and waiting, missing; stacked, one bar per type.
    var types = d.reports.byType;
    var reportSeries = [
      ['accepted', function (t) { return t.accepted; }, 'url'],
      ['awaiting', function (t) { return t.received - t.accepted; }, 'url'],
      ['missing', function (t) { return t.missing; }, 'missingUrl']
    ].map(function (s) {
      return {
        name: L[s[0]],
        type: 'bar',
        stack: 'reports',
        barMaxWidth: 36,
        itemStyle: {color: COLORS[s[0]]},
        data: types.map(function (t) {
          return {value: s[1](t), url: t[s[2]]};
        })
      };
    });
    draw('chart-reports', types.length === 0 ? empty() : {
      // ECharts' own description is English and replaces the page's Vietnamese aria-label.
      aria: {enabled: false},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, confine: true, formatter: axisTooltip},
      legend: {top: 0},
      grid: {left: 8, right: 16, top: 56, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {
        type: 'category',
        inverse: true,
        data: types.map(function (t) { return t.typeName; }),
        axisLabel: {width: 110, overflow: 'truncate'}
      },
      series: reportSeries
    });

    // Festivals by status: one slice per status that has any.
    var slices = d.festivals.byStatus
      .filter(function (s) { return s.count > 0; })
      .map(function (s) {
        return {name: L.festival[s.status], value: s.count, url: s.url, itemStyle: {color: COLORS[s.status]}};
      });
    draw('chart-festivals', slices.length === 0 ? empty() : {
      // ECharts' own description is English and replaces the page's Vietnamese aria-label.
      aria: {enabled: false},
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: function (p) {
          return esc(p.name) + ': ' + fmt(p.value) + ' (' + p.percent + '%)';
        }
      },
      legend: {bottom: 0},
      series: [{
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: {formatter: function (p) { return fmt(p.value); }},
        data: slices
      }]
    });

    // One indicator per child unit, largest first; a bar opens that unit's dashboard.
    var children = d.children.items.slice(0, L.chartChildren);
    // A unit with nothing accepted has no bar and says so: it is not a 0.
    var bars = children.map(function (c) {
      return {value: c.accepted ? c.value : 0, url: c.url, accepted: c.accepted,
        itemStyle: {color: c.own ? '#adb5bd' : COLORS.bar}};
    });
    var names = children.map(function (c) { return c.own ? c.name + ' ' + L.own : c.name; });
    draw('chart-children', children.length === 0 ? empty() : {
      // ECharts' own description is English and replaces the page's Vietnamese aria-label.
      aria: {enabled: false},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, confine: true, formatter: axisTooltip},
      grid: {left: 8, right: 48, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', axisLabel: {formatter: fmt}},
      yAxis: {
        type: 'category',
        inverse: true,
        data: names,
        axisLabel: {width: 120, overflow: 'truncate'}
      },
      series: [{
        name: d.children.indicatorLabel,
        type: 'bar',
        barMaxWidth: 28,
        label: {show: true, position: 'right', formatter: function (p) {
          return p.data.accepted ? fmt(p.value) : L.notAccepted;
        }},
        data: bars
      }]
    });

    var pending = null;
    window.addEventListener('resize', function () {
      if (pending) {
        window.clearTimeout(pending);
      }
      pending = window.setTimeout(function () {
        charts.forEach(function (c) { c.resize(); });
      }, 150);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
