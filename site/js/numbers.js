/* Fits, ranges and margins in words: mirrors assess/engine/numbers.py, the one formatter of every number a reader
 * sees (the decision's sentences, the board paper, the results page). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});

  var EXACT = 0.05;         // a range narrower than this is no range (numbers.EXACT)
  var DASH = "\u2013";      // between the ends of a range (numbers.DASH)

  function fit(x) {
    // Python: Decimal(x).quantize(Decimal("0.1"), ROUND_HALF_UP); toFixed rounds the exact value, halves up
    return x.toFixed(1);
  }

  function margin(x) { return fit(x); }

  function exact(low, high) { return high - low < EXACT; }

  function ahead(gap) { return gap >= EXACT; }      // numbers.ahead: a lead, not level

  function span(low, high) { return fit(low) + DASH + fit(high); }

  Object.assign(M, { ahead: ahead, exact: exact, fit: fit, margin: margin, span: span });
})(typeof window !== "undefined" ? window : globalThis);
