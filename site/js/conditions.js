/* Conditions, three-valued (with Python's number formatting): mirrors assess/engine/conditions.py. Their wording
 * comes ready-made from the build (each question's `asked_when`, each rule's `text`). */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, has = M.has;

  /* ------------------------------------------------------------ conditions (three-valued) */

  function check(cond, known) {
    var i, v, unknown;
    if (has(cond, "all")) {
      unknown = false;
      for (i = 0; i < cond.all.length; i++) {
        v = check(cond.all[i], known);
        if (v === false) return false;
        if (v === null) unknown = true;
      }
      return unknown ? null : true;
    }
    if (has(cond, "any")) {
      unknown = false;
      for (i = 0; i < cond.any.length; i++) {
        v = check(cond.any[i], known);
        if (v === true) return true;
        if (v === null) unknown = true;
      }
      return unknown ? null : false;
    }
    if (has(cond, "not")) {
      v = check(cond.not, known);
      return v === null ? null : !v;
    }
    var value = known.has(cond.question) ? known.get(cond.question) : DONT_KNOW;
    if (value === DONT_KNOW) return null;
    if (has(cond, "equals")) return value === cond.equals;
    if (has(cond, "in")) return cond["in"].indexOf(value) >= 0;
    if (has(cond, "contains")) {
      return Array.isArray(value) ? value.indexOf(cond.contains) >= 0 : String(value).indexOf(cond.contains) >= 0;
    }
    if (has(cond, "at_least")) return value >= cond.at_least;
    if (has(cond, "at_most")) return value <= cond.at_most;
    return true;
  }

  function formatNumber(v) {
    // Python's f"{v:,}" for the numbers questionnaires use
    if (typeof v !== "number" || !isFinite(v)) return String(v);
    var neg = v < 0, s = String(Math.abs(v)), frac = "";
    if (Number.isInteger(v) && Math.abs(v) < 1e16) {
      s = String(Math.abs(v));
    } else if (s.indexOf("e") < 0) {
      var dot = s.indexOf(".");
      if (dot >= 0) { frac = s.slice(dot); s = s.slice(0, dot); }
    } else {
      return String(v);
    }
    s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return (neg ? "-" : "") + s + frac;
  }

  function optionLabel(q, optionId) {
    var o = q.optionIndex[optionId];
    return o ? o.label : String(optionId);
  }

  function g(x) {
    // Python's f"{x:g}" for the thresholds (whole numbers here)
    return String(x);
  }

  Object.assign(M, { check: check, formatNumber: formatNumber, g: g, optionLabel: optionLabel });
})(typeof window !== "undefined" ? window : globalThis);
