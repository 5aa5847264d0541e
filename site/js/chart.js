/* The board paper's bar chart: mirrors assess/reports/chart.py bar_chart. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var escapeHtml = M.escapeHtml, fixed = M.fixed;

  /* ------------------------------------------------------------ assess/reports/chart.py bar_chart */

  var C = null;         // sizes, colours and words of chart.py (paper-data.js), set when a chart is drawn

  function cx(value) { return C.LEFT + (C.WIDTH - C.LEFT - C.RIGHT - C.VALUE) * Math.max(0, Math.min(100, value)) / 100; }

  function cn(value) {
    var text = fixed(value, 1);
    return /\.0$/.test(text) ? text.slice(0, -2) : text;
  }

  function barChart(rows, title, description) {
    C = global.careModelsPaper.chart;
    var ranked = rows.filter(function (r) { return !r.excluded; }), excluded = rows.filter(function (r) { return r.excluded; });
    var bottom = C.TOP + C.ROW * ranked.length;
    var apart = excluded.length ? C.OUT_HEAD + C.OUT_ROW * excluded.length + 4 : 0;
    var height = bottom + C.AXIS + C.LEGEND + apart;
    var out = [
      '<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ' + C.WIDTH + " " + height + '" ' +
      'width="' + C.WIDTH + '" height="' + height + '" role="img" aria-labelledby="chart-title chart-desc" ' +
      'font-family="Liberation Sans, Helvetica, Arial, sans-serif" font-size="13">',
      '<title id="chart-title">' + escapeHtml(title) + "</title>",
      '<desc id="chart-desc">' + escapeHtml(description) + "</desc>"
    ];
    out = out.concat(gridAndAxis(ranked.length));
    ranked.forEach(function (row, i) { out = out.concat(chartRow(C.TOP + C.ROW * i, row)); });
    out = out.concat(legend(bottom + C.AXIS));
    if (excluded.length) out = out.concat(excludedRows(bottom + C.AXIS + C.LEGEND, excluded));
    out.push("</svg>");
    return out.join("\n");
  }

  function legend(y) {
    var L = C.LEFT;
    return ['<g class="legend" fill="' + C.INK + '" font-size="11">',
            '<rect x="' + L + '" y="' + y + '" width="14" height="10" fill="' + C.FILL_TOP + '" stroke="' + C.FILL_TOP + '"/>',
            '<text x="' + (L + 20) + '" y="' + (y + 9) + '">' + C.WORDS.leading + "</text>",
            '<rect x="' + (L + 150) + '" y="' + y + '" width="14" height="10" fill="' + C.FILL_OTHER + '" stroke="' + C.INK + '"/>',
            '<text x="' + (L + 170) + '" y="' + (y + 9) + '">' + C.WORDS.others + "</text>",
            '<line x1="' + (L + 260) + '" y1="' + (y + 5) + '" x2="' + (L + 290) + '" y2="' + (y + 5) + '" stroke="' + C.INK +
            '" stroke-width="2"/>',
            '<text x="' + (L + 296) + '" y="' + (y + 9) + '">' + C.WORDS.range + "</text>",
            "</g>"];
  }

  function excludedRows(y, rows) {
    var out = ['<g class="excluded" fill="' + C.MUTED + '">',
               '<line x1="' + C.LEFT + '" y1="' + (y + 4) + '" x2="' + (C.WIDTH - C.RIGHT) + '" y2="' + (y + 4) + '" stroke="' +
               C.INK + '" stroke-width="1"/>',
               '<text x="' + C.LEFT + '" y="' + (y + 20) + '" fill="' + C.INK + '" font-weight="bold">' + C.WORDS["ruled out"] + "</text>"];
    rows.forEach(function (row, i) {
      var ty = y + C.OUT_HEAD + C.OUT_ROW * (i + 1) - 4;
      out.push('<text x="' + C.LEFT + '" y="' + ty + '">' + escapeHtml(row.label) + "</text>");
      out.push('<text x="' + (C.WIDTH - C.RIGHT) + '" y="' + ty + '" text-anchor="end">' + escapeHtml(row.value_text) + "</text>");
    });
    out.push("</g>");
    return out;
  }

  function gridAndAxis(n) {
    var bottom = C.TOP + C.ROW * n, out = ['<g class="grid" stroke="#aeb7bd" stroke-width="1">'];
    for (var i = 0; i < n; i++) {
      var y1 = C.TOP + C.ROW * i + 16, y2 = C.TOP + C.ROW * i + 18 + C.BAR + 2;
      C.TICKS.forEach(function (tick) {
        var x = cn(cx(tick));
        out.push('<line x1="' + x + '" y1="' + y1 + '" x2="' + x + '" y2="' + y2 + '"' +
                 (tick === 0 ? "" : ' stroke-dasharray="2 2"') + "/>");
      });
    }
    out.push("</g>");
    out.push('<g class="axis" fill="' + C.INK + '" font-size="11">');
    C.TICKS.forEach(function (tick) {
      var anchor = tick === 0 ? "start" : tick === 100 ? "end" : "middle";
      out.push('<text x="' + cn(cx(tick)) + '" y="' + (bottom + 16) + '" text-anchor="' + anchor + '">' + tick + "</text>");
    });
    out.push('<text x="' + cn(cx(50)) + '" y="' + (bottom + 28) + '" text-anchor="middle" font-size="10">' + C.WORDS.axis + "</text>");
    out.push("</g>");
    return out;
  }

  function chartRow(y, row) {
    var barY = y + 18, weight = row.highlight ? ' font-weight="bold"' : "";
    var out = ['<g class="row">',
               '<text x="' + C.LEFT + '" y="' + (y + 13) + '" fill="' + C.INK + '"' + weight + ">" + escapeHtml(row.label) + "</text>",
               '<text x="' + (C.WIDTH - C.RIGHT) + '" y="' + (barY + C.BAR - 2) + '" fill="' + C.INK + '" text-anchor="end"' + weight +
               ">" + escapeHtml(row.value_text) + "</text>"];
    var width = Math.max(0, cx(row.value) - C.LEFT);
    var fill = row.highlight ? C.FILL_TOP : C.FILL_OTHER, stroke = row.highlight ? C.FILL_TOP : C.INK;
    out.push('<rect x="' + C.LEFT + '" y="' + barY + '" width="' + cn(width) + '" height="' + C.BAR + '" fill="' + fill +
             '" stroke="' + stroke + '" stroke-width="1"/>');
    if (!global.AssessEngine.exact(row.low, row.high)) {
      var mid = cn(barY + C.BAR / 2), x1 = cn(cx(row.low)), x2 = cn(cx(row.high));
      var lines = '<line x1="' + x1 + '" y1="' + mid + '" x2="' + x2 + '" y2="' + mid + '"/>' +
        '<line x1="' + x1 + '" y1="' + cn(barY - 1) + '" x2="' + x1 + '" y2="' + cn(barY + C.BAR + 1) + '"/>' +
        '<line x1="' + x2 + '" y1="' + cn(barY - 1) + '" x2="' + x2 + '" y2="' + cn(barY + C.BAR + 1) + '"/>';
      out.push('<g stroke="#ffffff" stroke-width="4">' + lines + "</g>");
      out.push('<g stroke="' + C.INK + '" stroke-width="2">' + lines + "</g>");
    }
    out.push("</g>");
    return out;
  }

  Object.assign(M, { barChart: barChart });
})(typeof window !== "undefined" ? window : globalThis);
