/* Scoring one respondent (fits, ranges, exclusions, reasons, the alternatives of an answer): mirrors
 * assess/engine/scoring.py and assess/engine/arrays.py. Points are multiples of 0.5, so every sum is exact in
 * any order, and the divisions are written here as there, so both give the same floats. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, SCORED = M.SCORED, check = M.check, formatNumber = M.formatNumber, has = M.has,
      isNone = M.isNone, optionLabel = M.optionLabel;

  /* ------------------------------------------------------------ scoring (assess/engine/scoring.py) */

  function zeros(n) {
    var a = new Array(n);
    for (var i = 0; i < n; i++) a[i] = 0.0;
    return a;
  }

  function add(a, b) {
    var out = new Array(a.length);
    for (var i = 0; i < a.length; i++) out[i] = a[i] + b[i];
    return out;
  }

  function bandFor(q, value) {
    for (var i = 0; i < q.options.length; i++) {
      var band = q.options[i];
      if ((isNone(band.min) || value >= band.min) && (isNone(band.max) || value < band.max)) return band;
    }
    return q.options[q.options.length - 1];
  }

  function chosen(q, value) {
    if (q.type === "multi") return value.map(function (id) { return q.optionIndex[id]; });
    if (q.type === "number") return [bandFor(q, value)];
    return [q.optionIndex[value]];
  }

  function valueOf(values, qid) {
    return has(values, qid) ? values[qid] : DONT_KNOW;
  }

  function state(cq, values) {
    var n = cq.targets.length;
    var raw = zeros(n), lo = zeros(n), hi = zeros(n), ulo = zeros(n), uhi = zeros(n);
    var known = new Map();
    cq.questions.forEach(function (q) {
      if (q.when !== null && check(q.when, known) !== true) return;
      var value = valueOf(values, q.id);
      known.set(q.id, value);
      if (!SCORED[q.type]) return;
      if (value === DONT_KNOW) {
        ulo = add(ulo, q.lo);
        uhi = add(uhi, q.hi);
        return;
      }
      lo = add(lo, q.lo);
      hi = add(hi, q.hi);
      chosen(q, value).forEach(function (o) { raw = add(raw, o.vector); });
    });
    var excluded = new Map(), maybe = new Map();
    cq.rules.forEach(function (rule) {
      var verdict = check(rule.requires, known);
      if (verdict === false) {
        if (!excluded.has(rule.target)) excluded.set(rule.target, rule);
      } else if (verdict === null) {
        if (!maybe.has(rule.target)) maybe.set(rule.target, rule);
      }
    });
    return { known: known, raw: raw, lo: lo, hi: hi, ulo: ulo, uhi: uhi, excluded: excluded, maybe: maybe };
  }

  function fits(s) {
    var fit = [], low = [], high = [];
    for (var i = 0; i < s.raw.length; i++) {
      var raw = s.raw[i], lo = s.lo[i], hi = s.hi[i], ulo = s.ulo[i], uhi = s.uhi[i];
      var span = hi - lo, total = (hi - lo) + (uhi - ulo);
      fit.push(span > 0 ? 100.0 * (raw - lo) / span : 50.0);
      if (total > 0) {
        low.push(100.0 * (raw - lo) / total);
        high.push(100.0 * ((raw - lo) + (uhi - ulo)) / total);
      } else {
        low.push(fit[fit.length - 1]);
        high.push(fit[fit.length - 1]);
      }
    }
    return [fit, low, high];
  }

  function order(ids, cq, fit, excluded) {
    var keyed = ids.map(function (t) {
      var i = cq.targetIndex[t];
      return { t: t, ex: excluded.has(t) ? 1 : 0, neg: -fit[i], i: i };
    });
    keyed.sort(function (a, b) {
      if (a.ex !== b.ex) return a.ex - b.ex;
      if (a.neg < b.neg) return -1;
      if (a.neg > b.neg) return 1;
      return a.i - b.i;
    });
    return keyed.map(function (k) { return k.t; });
  }

  function topModel(cq, fit, excluded) {
    // assess.engine.arrays._top: the best fit not excluded, the lowest index on ties;
    // the best fit of all when every ranking target is excluded
    var best = -1, bestFit = -Infinity, any = -1, anyFit = -Infinity;
    for (var i = 0; i < cq.ranking.length; i++) {
      if (any < 0 || fit[i] > anyFit) { any = i; anyFit = fit[i]; }
      if (excluded.has(cq.ranking[i])) continue;
      if (best < 0 || fit[i] > bestFit) { best = i; bestFit = fit[i]; }
    }
    return cq.ranking[best >= 0 ? best : any];
  }

  function reasons(cq, s, target) {
    var out = [];
    s.known.forEach(function (value, qid) {
      var q = cq.byId[qid];
      if (!SCORED[q.type] || value === DONT_KNOW) return;
      chosen(q, value).forEach(function (o) {
        var w = has(o.weights, target) ? o.weights[target] : null;
        if (w && w.points) {
          out.push({ question: qid, question_text: q.text, answer: o.id, answer_label: o.label,
                     points: w.points, reason: w.reason });
        }
      });
    });
    out.sort(function (a, b) {
      var x = -Math.abs(a.points), y = -Math.abs(b.points);
      if (x !== y) return x < y ? -1 : 1;
      if (-a.points !== -b.points) return -a.points < -b.points ? -1 : 1;
      return cq.byId[a.question].index - cq.byId[b.question].index;
    });
    return out;
  }

  function representative(q, band) {
    return isNone(band.min) ? q.min : Math.max(band.min, q.min);
  }

  function changeWords(words, kind, label) {
    // records.change_words: a change of answer in words ('set', 'only', 'add' or 'remove')
    return words[kind].replace("{option}", function () { return label; });
  }

  function alternativesFor(q, value) {
    // [label of the change, new value, kind of change, option label] (assess.engine.scoring.alternatives_for)
    var out;
    if (q.type === "multi") {
      if (value === DONT_KNOW) {
        out = q.options.map(function (o) { return [[o.id], "only", o.label]; });
      } else {
        var current = Object.create(null);
        value.forEach(function (id) { current[id] = true; });
        out = q.options.map(function (o) {
          var next = q.options.filter(function (x) { return (current[x.id] === true) !== (x.id === o.id); })
            .map(function (x) { return x.id; });
          return [next, current[o.id] ? "remove" : "add", o.label];
        });
      }
    } else if (q.type === "number") {
      var band = value === DONT_KNOW ? null : bandFor(q, value);
      out = q.options.filter(function (b) { return b !== band; })
        .map(function (b) { return [representative(q, b), "set", b.label]; });
    } else {
      out = q.options.filter(function (o) { return o.id !== value; })
        .map(function (o) { return [o.id, "set", o.label]; });
    }
    return out.map(function (alt) { return [changeWords(q.words, alt[1], alt[2])].concat(alt); });
  }

  function answerLabel(q, value) {
    // records.answer_label
    if (value === DONT_KNOW) return q.words.dont_know;
    if (q.type === "text") return String(value);
    if (q.type === "multi") return value.map(function (o) { return optionLabel(q, o); }).join(", ") || q.words.nothing;
    if (q.type === "number") return formatNumber(value);
    return optionLabel(q, value);
  }

  function fastFits(s, q, current, next, wasUnknown, r) {
    var out = [];
    for (var i = 0; i < r; i++) {
      var a = 0, b = 0, k;
      for (k = 0; k < current.length; k++) a += current[k].vector[i];
      for (k = 0; k < next.length; k++) b += next[k].vector[i];
      var raw = s.raw[i] - a + b;
      var lo = s.lo[i], hi = s.hi[i];
      if (wasUnknown) {
        lo += q.lo[i];
        hi += q.hi[i];
      }
      var span = hi - lo;
      out.push(span > 0 ? 100.0 * (raw - lo) / span : 50.0);
    }
    return out;
  }

  function copyValues(values) {
    var out = Object.create(null);
    Object.keys(values).forEach(function (k) { out[k] = values[k]; });
    return out;
  }

  Object.assign(M, { alternativesFor: alternativesFor, answerLabel: answerLabel, chosen: chosen,
      copyValues: copyValues, fastFits: fastFits, fits: fits, order: order, reasons: reasons, state: state,
      topModel: topModel, valueOf: valueOf });
})(typeof window !== "undefined" ? window : globalThis);
