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

  /* A fit in the paper's words (assess/reports/words.py fit_phrase, fit_out_of_100, range_text). `say(key, values)`
   * fills a sentence of assess/reports/sentences.py: the paper's own, or the page's from the questionnaire data. */
  function fitWords(say) {
    return {
      phrase: function (score, low, high) {
        return exact(low, high) ? fit(score) : say("fit and range", { fit: fit(score), range: span(low, high) });
      },
      outOf100: function (score, low, high) {
        if (exact(low, high)) return say("recommended fit, exact", { fit: fit(score) });
        return say("recommended fit", { fit: fit(score), range: span(low, high) });
      },
      range: function (low, high) { return exact(low, high) ? say("no range", {}) : span(low, high); }
    };
  }

  Object.assign(M, { ahead: ahead, exact: exact, fitWords: fitWords, fit: fit, margin: margin, span: span });
})(typeof window !== "undefined" ? window : globalThis);
