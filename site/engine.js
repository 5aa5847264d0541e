/* care-models assessment engine for the browser.
 *
 * A mirror of assess/conditions.py, assess/scoring.py (one respondent: fits,
 * ranges, exclusions, reasons, sensitivity), assess/challenges.py and the
 * checks of assess/answers.py, on the questionnaire data written by
 * assess/sitejson.py. Python sums on numpy arrays; points are multiples of 0.5,
 * so every sum is exact in any order, and the divisions are written here as
 * there, so both give the same floats (tests/browser/test_engine.py compares
 * them on hundreds of answer sets).
 *
 * Also: a reader for the YAML that answers files use and a writer of the
 * answers-file format. Pure functions only: no DOM, no storage.
 */
(function (global) {
  "use strict";

  var DONT_KNOW = "dont-know";
  var SCORED = { single: true, multi: true, number: true };
  var TOP_KEYS = ["questionnaire", "respondent", "context", "date", "answers"];
  var BARRIER_MODELS = 2;

  function has(obj, key) {
    return obj !== null && obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key);
  }

  function isNone(v) {
    return v === null || v === undefined;
  }

  /* ------------------------------------------------------------ compile */

  function compile(data) {
    var byId = Object.create(null);
    var questions = data.questions.map(function (q) {
      var optionIndex = Object.create(null);
      q.options.forEach(function (o) {
        optionIndex[o.id] = o;
        o.weights = Object.create(null);      // target -> {points, reason}, from the compact `why` pairs
        o.why.forEach(function (pair) {       // reasons come with the results' data (null until then)
          o.weights[data.targets[pair[0]]] = { points: o.vector[pair[0]], reason: data.reasons ? data.reasons[pair[1]] : null };
        });
      });
      var cq = Object.assign({}, q, { optionIndex: optionIndex });
      byId[q.id] = cq;
      return cq;
    });
    var targetIndex = Object.create(null);
    data.targets.forEach(function (t, i) { targetIndex[t] = i; });
    var referenced = Object.create(null);
    data.referenced.forEach(function (id) { referenced[id] = true; });
    return Object.assign({}, data, {
      questions: questions, byId: byId, targetIndex: targetIndex, referencedSet: referenced
    });
  }

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

  function describe(cond, label) {
    if (has(cond, "all")) {
      return cond.all.map(function (c) {
        var d = describe(c, label);
        return (Object.keys(c).length > 1 || has(c, "any")) ? "(" + d + ")" : d;
      }).join(" and ");
    }
    if (has(cond, "any")) return cond.any.map(function (c) { return describe(c, label); }).join(" or ");
    if (has(cond, "not")) return "not (" + describe(cond.not, label) + ")";
    var q = cond.question;
    if (has(cond, "equals")) return label(q, null) + " is \u201c" + label(q, cond.equals) + "\u201d";
    if (has(cond, "in")) {
      return label(q, null) + " is one of " + cond["in"].map(function (o) { return "\u201c" + label(q, o) + "\u201d"; }).join(", ");
    }
    if (has(cond, "contains")) return label(q, null) + " includes \u201c" + label(q, cond.contains) + "\u201d";
    if (has(cond, "at_least")) return label(q, null) + " is at least " + formatNumber(cond.at_least);
    if (has(cond, "at_most")) return label(q, null) + " is at most " + formatNumber(cond.at_most);
    return label(q, null) + " is answered";
  }

  function labeller(cq) {
    return function (qid, option) {
      var q = cq.byId[qid];
      if (!q) return qid;
      if (option === null) return q.text.replace(/\?+$/, "");
      return optionLabel(q, option);
    };
  }

  function optionLabel(q, optionId) {
    var o = q.optionIndex[optionId];
    return o ? o.label : String(optionId);
  }

  /* ------------------------------------------------------------ scoring (assess/scoring.py) */

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

  function alternativesFor(q, value) {
    // [label of the change, new value, kind of change, option label] (assess.engine.scoring.alternatives_for)
    if (q.type === "multi") {
      if (value === DONT_KNOW) {
        return q.options.map(function (o) { return ["only \u201c" + o.label + "\u201d", [o.id], "only", o.label]; });
      }
      var current = Object.create(null);
      value.forEach(function (id) { current[id] = true; });
      return q.options.map(function (o) {
        var next = q.options.filter(function (x) { return (current[x.id] === true) !== (x.id === o.id); })
          .map(function (x) { return x.id; });
        return [(current[o.id] ? "without" : "adding") + " \u201c" + o.label + "\u201d", next,
                current[o.id] ? "remove" : "add", o.label];
      });
    }
    if (q.type === "number") {
      var band = value === DONT_KNOW ? null : bandFor(q, value);
      return q.options.filter(function (b) { return b !== band; })
        .map(function (b) { return ["\u201c" + b.label + "\u201d", representative(q, b), "set", b.label]; });
    }
    return q.options.filter(function (o) { return o.id !== value; })
      .map(function (o) { return ["\u201c" + o.label + "\u201d", o.id, "set", o.label]; });
  }

  function answerLabel(q, value) {
    if (value === DONT_KNOW) return "don't know";
    if (q.type === "text") return String(value);
    if (q.type === "multi") return value.map(function (o) { return optionLabel(q, o); }).join(", ") || "none";
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

  function sensitivity(cq, values, s) {
    s = s || state(cq, values);
    var fit = fits(s)[0];
    var top = topModel(cq, fit, s.excluded);
    var r = cq.ranking.length;
    var out = [];
    s.known.forEach(function (value, qid) {
      var q = cq.byId[qid];
      if (!SCORED[q.type]) return;
      var slow = cq.referencedSet[qid] === true;
      var current = value === DONT_KNOW ? [] : chosen(q, value);
      alternativesFor(q, value).forEach(function (alt) {
        var change = alt[0], newValue = alt[1], newFit, excluded;
        if (slow) {
          var changed = copyValues(values);
          changed[qid] = newValue;
          var s2 = state(cq, changed);
          newFit = fits(s2)[0];
          excluded = s2.excluded;
        } else {
          newFit = fastFits(s, q, current, chosen(q, newValue), value === DONT_KNOW, r);
          excluded = s.excluded;
        }
        var newTop = topModel(cq, newFit, excluded);
        // a change under which every model is excluded names no leader: left out
        if (newTop !== top && !excluded.has(newTop)) {
          var iNew = cq.targetIndex[newTop], iOld = cq.targetIndex[top];
          var topOut = excluded.has(top);
          var entry = { question: qid, question_text: q.text, answer: answerLabel(q, value), change_to: change,
                        change: alt[2], option_label: alt[3], old_top: top,
                        new_top: newTop, new_top_fit: newFit[iNew], old_top_fit: topOut ? null : newFit[iOld],
                        old_top_excluded: topOut, margin: newFit[iNew] - (topOut ? 0.0 : newFit[iOld]) };
          if (cq.decision) entry.text = changeText(cq, entry);
          out.push(entry);
        }
      });
    });
    return out;
  }

  function score(cq, values) {
    // assess.engine.scoring.score: aggregate() over one respondent
    var s = state(cq, values);
    var per = [fits(s)];
    var n = 1;
    var mean = [0, 1, 2].map(function (k) {
      return cq.targets.map(function (_, i) {
        var total = 0;
        per.forEach(function (p) { total += p[k][i]; });
        return total / n;
      });
    });
    var fit = mean[0], low = mean[1], high = mean[2];
    var excluded = new Map();
    cq.targets.forEach(function (t) { if (s.excluded.has(t)) excluded.set(t, s.excluded.get(t)); });

    function entries(ids, key) {
      return order(ids, cq, fit, excluded).map(function (tid) {
        var i = cq.targetIndex[tid];
        var rule = excluded.get(tid) || null;
        var entry = {};
        entry[key] = tid;
        entry.name = cq.names[tid];
        entry.score = fit[i];
        entry.low = low[i];
        entry.high = high[i];
        entry.excluded = rule !== null;
        entry.exclusion = rule ? { reason: rule.reason, condition: rule.text, cite: rule.cite } : null;
        entry.may_be_excluded = s.maybe.has(tid) && rule === null
          ? [{ reason: s.maybe.get(tid).reason, condition: s.maybe.get(tid).text }] : [];
        entry.reasons = reasons(cq, s, tid);
        return entry;
      });
    }
    var ranking = entries(cq.ranking, "model");
    var dontKnow = [];
    s.known.forEach(function (v, qid) {
      if (v === DONT_KNOW && SCORED[cq.byId[qid].type]) dontKnow.push(qid);
    });
    dontKnow.sort(function (a, b) { return cq.byId[a].index - cq.byId[b].index; });
    return {
      questionnaire: cq.id,
      ranking: ranking,
      alternatives: entries(cq.alternatives, "id"),
      legal_forms: entries(cq.legal_forms, "id"),
      sensitivity: sensitivity(cq, values, s),
      dont_know: dontKnow,
      known: s.known
    };
  }


  /* ------------------------------------------------------------ the decision (assess/engine/recommendation.py,
     assess/engine/turning_points.py): the same rules, the sentences from the same table (data.decision.wording) */

  function number1(x) {
    // Python: Decimal(x).quantize(Decimal("0.1"), ROUND_HALF_UP); toFixed rounds the exact value, halves up
    return x.toFixed(1);
  }

  function g(x) {
    // Python's f"{x:g}" for the thresholds (whole numbers here)
    return String(x);
  }

  function say(cq, key, values) {
    return cq.decision.wording[key].replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }

  function sentence(text) {
    text = text.trim();
    return /[.!?]$/.test(text) ? text : text + ".";
  }

  function spread(r) {
    return r.high - r.low >= 0.05 ? " (could be " + number1(r.low) + " to " + number1(r.high) + ")" : "";
  }

  function countText(n) {
    return n === 1 ? "1 question" : n + " questions";
  }

  function idOf(r) {
    return has(r, "model") ? r.model : r.id;
  }

  function choose(model, alt) {
    if (alt && (!model || alt.score > model.score)) return ["alternative", alt];
    return ["model", model];
  }

  function decided(cq, kind, lead) {
    if (!lead || lead.score < cq.decision.well) return ["none", null];
    return [kind, idOf(lead)];
  }

  function changeText(cq, s) {
    var key = s.change === "set" ? (s.answer === "don't know" ? "if_set_unknown" : "if_set") : "if_" + s.change;
    var head = say(cq, key, { question: s.question_text, option: s.option_label, answer: s.answer });
    var nw = cq.names[s.new_top], old = cq.names[s.old_top], tail;
    if (s.old_top_excluded) tail = say(cq, "then_out", { old: old, "new": nw, fit: number1(s.new_top_fit) });
    else if (s.margin >= 0.05) tail = say(cq, "then_lead", { "new": nw, old: old, margin: number1(s.margin) });
    else tail = say(cq, "then_level", { "new": nw, old: old });
    return head + tail;
  }

  function brief(r) {
    return { id: idOf(r), name: r.name, fit: r.score, low: r.low, high: r.high };
  }

  function recommend(cq, result) {
    var d = cq.decision, terms = d.terms;
    var models = result.ranking.filter(function (r) { return !r.excluded; });
    var alternatives = d.instead ? result.alternatives.filter(function (r) { return !r.excluded; }) : [];
    var model = models[0] || null, alt = alternatives[0] || null;
    var picked = choose(model, alt), kind = picked[0], lead = picked[1];
    var candidates = models.concat(alternatives).map(function (r, i) { return [r, i]; });
    candidates.sort(function (a, b) { return (b[0].score - a[0].score) || (a[1] - b[1]); });
    var rivals = candidates.map(function (c) { return c[0]; }).filter(function (r) { return r !== lead; });
    var unknown = result.dont_know.map(function (qid) { return cq.byId[qid].text; });
    if (decided(cq, kind, lead)[0] === "none") return recommendNone(cq, lead, kind, unknown);
    var conf = confidence(cq, lead, rivals, unknown);
    var why = [];
    if (kind === "model") {
      why.push(say(cq, "model", { name: lead.name, ranking: terms.ranking, fit: number1(lead.score), range: spread(lead) }));
    } else {
      why.push(say(cq, "alternative", { name: lead.name, fit: number1(lead.score), range: spread(lead),
                                        alternative_one: terms.alternative_one || "alternative" }));
      why.push(model ? say(cq, "alternative_beats", { ranking_one: terms.ranking_one, other: model.name,
                                                      other_fit: number1(model.score) })
                     : say(cq, "alternative_all_out", { ranking_one: terms.ranking_one }));
    }
    if (rivals.length) {
      var gap = lead.score - rivals[0].score;
      why.push(gap >= 0.05 ? say(cq, "lead", { other: rivals[0].name, gap: number1(gap) })
                           : say(cq, "level", { other: rivals[0].name }));
    }
    if (kind === "alternative" && d.quote) why.push(say(cq, "alternative_quote", { quote: d.quote }));
    why = why.concat(leadReasons(cq, lead), [conf[1]]);
    return { kind: kind, id: idOf(lead), name: lead.name, fit: lead.score, low: lead.low, high: lead.high,
             confidence: conf[0], why: why, instead: consider(cq, kind, lead, rivals, alt, model),
             runner_up: rivals.length ? brief(rivals[0]) : null, threshold: d.well };
  }

  function confidence(cq, lead, rivals, unknown) {
    var d = cq.decision;
    if (lead.may_be_excluded && lead.may_be_excluded.length) {
      var m = lead.may_be_excluded[0];
      return ["uncertain", say(cq, "uncertain_rule", { condition: m.condition, reason: sentence(m.reason) })];
    }
    var ahead = rivals.filter(function (r) { return r.high > lead.low; }).map(function (r) { return r.name; });
    if (unknown.length && ahead.length) {
      var others = ahead.slice(0, 3).join(", ") + (ahead.length > 3 ? " and " + (ahead.length - 3) + " more" : "");
      return ["uncertain", say(cq, "uncertain_unknown", { count: countText(unknown.length), others: others })];
    }
    if (rivals.length && lead.score - rivals[0].score <= d.close) {
      return ["close", say(cq, "close", { other: rivals[0].name, gap: number1(lead.score - rivals[0].score) })];
    }
    return ["clear", say(cq, "clear", { close: g(d.close) })];
  }

  function leadReasons(cq, lead) {
    var out = [], seen = Object.create(null);
    for (var i = 0; i < lead.reasons.length && out.length < cq.decision.reasons; i++) {
      var r = lead.reasons[i], key = r.question + "\u0000" + JSON.stringify(r.answer);
      if (r.points <= 0 || seen[key]) continue;
      seen[key] = true;
      out.push(say(cq, "reason", { question: r.question_text, answer: r.answer_label, reason: sentence(r.reason) }));
    }
    return out;
  }

  function consider(cq, kind, lead, rivals, alt, model) {
    var d = cq.decision;
    var close = rivals.slice(0, 2).filter(function (r) { return lead.score - r.score <= d.close; });
    var out = close.map(function (r) { return say(cq, "consider_close", { other: r.name, fit: number1(r.score) }); });
    var named = function (r) { return close.indexOf(r) < 0; };
    if (kind === "model" && alt && alt.score >= d.well && named(alt)) {
      out.push(say(cq, "consider_alternative", { other: alt.name, fit: number1(alt.score) }));
    }
    if (kind === "alternative" && model && model.score >= d.well && named(model)) {
      out.push(say(cq, "consider_model", { other: model.name, ranking: d.terms.ranking, fit: number1(model.score) }));
    }
    return out;
  }

  function recommendNone(cq, lead, kind, unknown) {
    var d = cq.decision;
    var why = [lead ? say(cq, "none", { name: lead.name, fit: number1(lead.score), range: spread(lead), well: g(d.well) })
                    : say(cq, "none_all_out", {})];
    if (unknown.length) why.push(say(cq, "none_unknown", { count: countText(unknown.length) }));
    var instead = unknown.slice(0, d.find_out).map(function (t) { return say(cq, "find_out", { question: t }); });
    if (lead) instead.push(say(cq, "then_check", { other: lead.name, fit: number1(lead.score) }));
    if (!unknown.length) instead.push(say(cq, "revisit", {}));
    var closest = null;
    if (lead) { closest = brief(lead); closest.kind = kind; }
    return { kind: "none", id: null, name: null, fit: null, low: null, high: null, confidence: "uncertain",
             why: why, instead: instead, closest: closest, threshold: d.well };
  }

  function bestOf(cq, ids, fit, excluded, key) {
    var best = null;
    ids.forEach(function (t) {
      if (excluded.has(t)) return;
      var f = fit[cq.targetIndex[t]];
      if (best === null || f > best.score) { best = { score: f }; best[key] = t; }
    });
    return best;
  }

  function turningPoints(cq, values, rec) {
    // one respondent (the browser's case): every single change, decided again
    var s = state(cq, values), out = [];
    var alts = cq.decision.instead ? cq.alternatives : [];
    s.known.forEach(function (value, qid) {
      var q = cq.byId[qid];
      if (!SCORED[q.type]) return;
      alternativesFor(q, value).forEach(function (alt) {
        var changed = copyValues(values);
        changed[qid] = alt[1];
        var s2 = state(cq, changed), fit = fits(s2)[0];
        var picked = choose(bestOf(cq, cq.ranking, fit, s2.excluded, "model"),
                            bestOf(cq, alts, fit, s2.excluded, "id"));
        var now = decided(cq, picked[0], picked[1]);
        if (now[0] === rec.kind && now[1] === rec.id) return;
        var entry = { question: qid, question_text: q.text, answer: answerLabel(q, value), change: alt[2],
                      option_label: alt[3], kind: now[0], id: now[1], name: now[1] ? cq.names[now[1]] : null,
                      fit: now[1] ? picked[1].score : null };
        var key = entry.change === "set" ? (entry.answer === "don't know" ? "if_set_unknown" : "if_set")
                                         : "if_" + entry.change;
        entry.text = say(cq, key, { question: q.text, option: alt[3], answer: entry.answer })
          + (entry.kind === "none" ? say(cq, "becomes_none", {})
                                   : say(cq, "becomes", { name: entry.name, fit: number1(entry.fit) }));
        out.push(entry);
      });
    });
    return out.map(function (e, i) { return [e, i]; })
      .sort(function (a, b) { return ((b[0].fit || 0) - (a[0].fit || 0)) || (a[1] - b[1]); })
      .map(function (x) { return x[0]; });
  }

  function decide(cq, result, values) {
    var rec = recommend(cq, result);
    rec.changes = turningPoints(cq, values, rec);
    return rec;
  }


  /* ------------------------------------------------------------ priorities (assess/engine/priorities.py, variants.protect) */

  function wordSet(text, stop) {
    var out = Object.create(null);
    (text.toLowerCase().match(/[a-z]+/g) || []).forEach(function (w) { if (w.length > 3 && !stop[w]) out[w] = true; });
    return out;
  }

  function common(a, b) {
    var n = 0;
    Object.keys(a).forEach(function (w) { if (b[w]) n += 1; });
    return n;
  }

  function jaccard(a, b) {
    var n = Object.keys(a).length, m = Object.keys(b).length;
    if (!n || !m) return 0;
    var c = common(a, b);
    return c / (n + m - c);
  }

  function protect(cq, known) {
    // the five features of general practice, when practices' contracts or identity would change
    var p = cq.decision.priorities, scope = known.get("scope");
    if (!Array.isArray(scope) || scope.indexOf("general-practice") < 0) return [];
    var changes = Object.keys(p.practice_change).some(function (qid) {
      return p.practice_change[qid].indexOf(known.get(qid)) >= 0;
    });
    if (!changes) return [];
    return p.protect.map(function (f) {
      return { theme: "General practice to protect", text: f.text, cite: f.cite, why: f.why, question: null };
    });
  }

  function boardQuestion(text, key) {
    text = text.trim();
    if (text.indexOf("?") >= 0) return text;
    var body = text.replace(/\.+$/, "").trim();
    if (key === "barrier" || key === "live-barrier") return body + ": what is our plan for this?";
    if (key === "business-case") return body + ": does our business case show this?";
    return body + ": have we settled this?";
  }

  function rankOf(c, sensitive, risks, recommended, stop, live) {
    var theme = c.theme, why = c.why || "";
    if (c.question && sensitive[c.question] && why.indexOf("don't know") >= 0) return "sensitive";
    if (theme === "Where respondents disagree") return "disagreement";
    if (theme.indexOf("Barriers to ") === 0) {
      var mine = recommended !== null && theme === "Barriers to " + recommended;
      var ws = wordSet(c.text, stop);
      if (mine && risks.some(function (r) { return common(ws, wordSet(r, stop)) >= live; })) return "live-barrier";
      return "barrier";
    }
    if (why.indexOf("don't know") >= 0) return "unknown";
    if (theme === "General practice to protect") return "protect";
    if (theme.indexOf("Business case for ") === 0) return "business-case";
    if (why === "applies to every assessment") return "always";
    return "answers";
  }

  function prioritise(cq, list, known, rec) {
    var p = cq.decision.priorities, stop = Object.create(null), order = Object.create(null), reasons = {};
    p.stop.forEach(function (w) { stop[w] = true; });
    p.ranks.forEach(function (r, i) { order[r[0]] = i; reasons[r[0]] = r[1]; });
    var sensitive = Object.create(null);
    (rec.changes || []).forEach(function (c) { sensitive[c.question] = true; });
    var risksQ = cq.byId["known-risks"], chosenRisks = known.get("known-risks");
    var risks = risksQ && Array.isArray(chosenRisks) ? chosenRisks.map(function (o) { return optionLabel(risksQ, o); }) : [];
    var answered = cq.questions.filter(function (q) {
      var v = known.get(q.id);
      return v !== undefined && v !== DONT_KNOW;
    }).map(function (q) { return wordSet(q.text, stop); });
    var recommended = rec.kind === "model" && has(cq.models, rec.id) ? cq.models[rec.id].name : null;
    var ranked = [], seenInRank = Object.create(null);
    list.forEach(function (c, i) {
      if (c.theme.indexOf("Quick Guide") === 0) {
        var ws = wordSet(c.text, stop), n = Object.keys(ws).length;
        if (n && answered.some(function (a) { return common(ws, a) / n >= p.settled; })) return;
      }
      var key = rankOf(c, sensitive, risks, recommended, stop, p.live);
      var slot = key + "\u0000" + c.theme;
      seenInRank[slot] = has(seenInRank, slot) ? seenInRank[slot] + 1 : 0;
      ranked.push([order[key], seenInRank[slot], i, key, c]);
    });
    ranked.sort(function (a, b) { return (a[0] - b[0]) || (a[1] - b[1]) || (a[2] - b[2]); });
    var out = [];
    ranked.forEach(function (r) {
      var key = r[3], c = r[4], ws = wordSet(c.text, stop);
      var twin = null;
      for (var k = 0; k < out.length && twin === null; k++) if (jaccard(ws, out[k].words) >= p.same) twin = out[k];
      if (twin) {
        if (c.cite && twin.cites.indexOf(c.cite) < 0) twin.cites.push(c.cite);
        return;
      }
      var why = reasons[key];
      if ((key === "sensitive" || key === "unknown" || key === "disagreement") && c.why) why += " (" + c.why + ")";
      out.push({ theme: c.theme, text: boardQuestion(c.text, key), rank: key, why: why, question: c.question,
                 cites: c.cite ? [c.cite] : [], words: ws });
    });
    return out.map(function (c, i) { delete c.words; c.priority = i + 1; return c; });
  }

  /* ------------------------------------------------------------ check and challenge (assess/challenges.py) */

  function challenges(cq, result, known) {
    var out = [], seen = Object.create(null);
    function addOne(theme, text, cite, why, question) {
      if (seen[text]) return;
      seen[text] = true;
      out.push({ theme: theme, text: text, cite: cite || null, why: why, question: question || null });
    }
    result.dont_know.forEach(function (qid) {
      var q = cq.byId[qid];
      var why = "answered \u201cdon't know\u201d: " + q.text;
      if (q.quick_guide && has(cq.quick_guide, q.quick_guide)) {
        var g = cq.quick_guide[q.quick_guide];
        g.prompts.forEach(function (p) { addOne("Quick Guide " + g.number + ": " + g.title, p, null, why, qid); });
      }
      if (q.challenge) addOne("Open questions", q.challenge.text, q.challenge.cite, why, qid);
    });
    cq.challenges.forEach(function (c) {
      if (c.when === null || check(c.when, known) === true) {
        addOne(c.theme, c.text, c.cite, c.when ? "applies to the answers given" : "applies to every assessment");
      }
    });
    var leaders = result.ranking.filter(function (r) { return !r.excluded; }).slice(0, BARRIER_MODELS);
    if (leaders.length && has(cq.models, leaders[0].model)) {
      var model = cq.models[leaders[0].model];
      ["finances", "leadership", "strategy"].forEach(function (part) {
        model.business_case[part].forEach(function (text) {
          addOne("Business case for " + model.name + ": " + part, text, null, "key issue of the leading model's business case");
        });
      });
    }
    leaders.forEach(function (leader) {
      if (!has(cq.models, leader.model)) return;
      var m = cq.models[leader.model];
      m.barriers.forEach(function (text) {
        addOne("Barriers to " + m.name, text,
               null, "a barrier the support pack records for a leading model");
      });
    });
    return out;
  }

  /* ------------------------------------------------------------ which questions apply */

  function applicable(cq, values) {
    // assess.engine.answers.applicable_values: question id -> answer of the questions that apply, in order
    var known = new Map();
    cq.questions.forEach(function (q) {
      if (q.when !== null && check(q.when, known) !== true) return;
      known.set(q.id, valueOf(values, q.id));
    });
    return known;
  }

  /* ------------------------------------------------------------ answers files (the checks of assess/engine/answers.py, worded for the page) */

  function show(value) {
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return "[" + value.map(show).join(", ") + "]";
    if (value === null || value === undefined) return "None";
    if (typeof value === "boolean") return value ? "True" : "False";
    if (typeof value === "object") return "{...}";
    return String(value);
  }

  function quoted(text) { return "\u201c" + text + "\u201d"; }

  function optionWords(q, ids) {
    // what to write in the file, each with the words the page shows for it: acute (Acute hospital services)
    return ids.map(function (id) {
      var label = id === DONT_KNOW ? "I don't know" : (q.optionIndex[id] ? q.optionIndex[id].label : null);
      return label ? id + " (" + label + ")" : id;
    }).join(", ");
  }

  /* What is wrong with `value` as the answer to `q`, in plain words for someone who loaded a file; null when it is fine. */
  function checkValue(q, value) {
    if (value === DONT_KNOW) return null;
    var ids = (q.type === "single" || q.type === "multi") ? q.options.map(function (o) { return o.id; }) : [];
    var name = quoted(q.text);
    if (q.type === "single") {
      if (typeof value !== "string" || ids.indexOf(value) < 0) {
        return quoted(show(value)) + " is not one of the answers to " + name + ". Write one of: " +
          optionWords(q, ids.concat([DONT_KNOW])) + ".";
      }
    } else if (q.type === "multi") {
      if (typeof value === "string" && ids.indexOf(value) >= 0) {
        return "The answer to " + name + " should be a list, write it as a list: [" + value + "].";
      }
      if (!Array.isArray(value)) {
        return "The answer to " + name + " should be a list, for example [" + ids.slice(0, 2).join(", ") + "] or " +
          DONT_KNOW + ".";
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string" || ids.indexOf(value[i]) < 0) {
          return quoted(show(value[i])) + " is not one of the answers to " + name + ". Write one of: " +
            optionWords(q, ids) + ".";
        }
      }
      if (new Set(value).size !== value.length) return "An answer to " + name + " is listed twice: list each once.";
    } else if (q.type === "number") {
      var range = "write a number from " + formatNumber(q.min) + " to " + formatNumber(q.max);
      if (typeof value !== "number" || value !== value) return "The answer to " + name + " should be a number: " + range + ".";
      if (!(q.min <= value && value <= q.max)) return formatNumber(value) + " is too small or too large for " + name + ": " + range + ".";
    } else if (q.type === "text") {
      if (typeof value !== "string" && typeof value !== "number") return "The answer to " + name + " should be text.";
    }
    return null;
  }

  function normalise(q, value) {
    if (value === DONT_KNOW) return DONT_KNOW;
    if (q.type === "multi") {
      var pos = Object.create(null);
      q.options.forEach(function (o, i) { pos[o.id] = i; });
      return value.slice().sort(function (a, b) { return pos[a] - pos[b]; });
    }
    if (q.type === "text") return String(value);
    return value;
  }

  function isMapping(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  /* Check parsed answers-file data against the questionnaire; problems in plain words.
   * -> {problems: [text], values, respondent, context, date, ignored: [{question, why}]} */
  function checkAnswers(cq, data) {
    var problems = [];
    if (!isMapping(data)) {
      return { problems: ["This is not an answers file. An answers file has a \u201cquestionnaire:\u201d line and lists " +
                          "the answers under \u201canswers:\u201d. Start from a file downloaded from this page."] };
    }
    Object.keys(data).forEach(function (key) {
      if (TOP_KEYS.indexOf(key) < 0) problems.push("The file has a line " + quoted(key + ":") + " that answers files do not have: remove it.");
    });
    if (data.questionnaire !== cq.id) {
      problems.push("The file holds answers to another questionnaire (" +
                    quoted(show(has(data, "questionnaire") ? data.questionnaire : null)) + "), not to this assessment.");
    }
    ["respondent", "context", "date"].forEach(function (key) {
      if (has(data, key) && data[key] !== null && typeof data[key] !== "string" && typeof data[key] !== "number") {
        problems.push(quoted(key) + " should be text.");
      }
    });
    var answers = has(data, "answers") ? data.answers : {};
    if (answers === null) answers = {};
    if (!isMapping(answers)) {
      problems.push("List the answers under \u201canswers:\u201d, one a line, each a question and its answer.");
      answers = {};
    }
    var values = Object.create(null);
    Object.keys(answers).forEach(function (qid) {
      var q = cq.byId[qid];
      if (!q) { problems.push("The file answers a question this assessment does not ask (" + quoted(qid) + "): remove that line."); return; }
      var p = checkValue(q, answers[qid]);
      if (p) problems.push(p);
      else values[qid] = normalise(q, answers[qid]);
    });
    if (problems.length) return { problems: problems };
    var known = new Map(), ignored = [], label = labeller(cq);
    cq.questions.forEach(function (q) {
      var st = q.when !== null ? check(q.when, known) : true;
      if (st !== true) {
        if (has(values, q.id)) {
          var why = describe(q.when, label);
          if (st === false) {
            problems.push("The answer to " + quoted(q.text) + " should not be there: that question is asked only when " +
                          why + ". Remove it, or change the answer it depends on.");
          } else {
            ignored.push({ question: q.id, why: "it is asked only when " + why + ", which is not known" });
          }
        }
        return;
      }
      known.set(q.id, valueOf(values, q.id));
    });
    if (problems.length) return { problems: problems };
    var kept = Object.create(null);
    known.forEach(function (_, qid) { if (has(values, qid)) kept[qid] = values[qid]; });
    function text(v) { return v === null || v === undefined ? null : String(v); }
    return { problems: [], values: kept, respondent: text(data.respondent), context: text(data.context),
             date: text(data.date), ignored: ignored };
  }

  /* ------------------------------------------------------------ YAML out */

  function yamlString(s) {
    var out = "\"";
    for (var ch of String(s)) {
      var c = ch.codePointAt(0);
      if (ch === "\"") out += "\\\"";
      else if (ch === "\\") out += "\\\\";
      else if (c === 0x0a) out += "\\n";
      else if (c === 0x09) out += "\\t";
      else if (c === 0x0d) out += "\\r";
      else if (c >= 0xd800 && c <= 0xdfff) out += "\\ufffd";   // a lone surrogate
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x2028 || c === 0x2029 || c === 0xfeff ||
               c === 0xfffe || c === 0xffff) {
        out += "\\u" + ("0000" + c.toString(16)).slice(-4);
      } else out += ch;
    }
    return out + "\"";
  }

  var PLAIN_KEY = /^[a-z_][a-z0-9_-]*$/i;
  var YAML_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/i;

  function yamlKey(k) {
    return PLAIN_KEY.test(k) && !YAML_WORDS.test(k) ? k : yamlString(k);
  }

  function yamlNumber(v) {
    if (typeof v !== "number" || !isFinite(v)) throw new Error("not a finite number: " + v);
    if (Number.isInteger(v) && Math.abs(v) < 1e16) return String(v);
    var s = String(v);
    if (s.indexOf(".") < 0) s = s.replace("e", ".0e");   // PyYAML needs a dot in a float
    return s;
  }

  function yamlValue(v) {
    if (Array.isArray(v)) return "[" + v.map(yamlValue).join(", ") + "]";
    if (typeof v === "number") return yamlNumber(v);
    return yamlString(v);
  }

  /* The answers file the CLI reads (`assess score`, `assess report`). */
  function dumpAnswers(cq, doc) {
    var lines = [
      "# Answers to " + yamlString(cq.title).replace(/[\r\n]/g, " ") + ", saved from the care-models site.",
      "# Score them with 'assess score FILE' or write the board pack with 'assess report FILE'.",
      "questionnaire: " + yamlString(cq.id)
    ];
    ["respondent", "context", "date"].forEach(function (key) {
      if (doc[key] !== null && doc[key] !== undefined && String(doc[key]) !== "") {
        lines.push(key + ": " + yamlString(doc[key]));
      }
    });
    var known = applicable(cq, doc.values);
    var keys = [];
    known.forEach(function (_, qid) { if (has(doc.values, qid)) keys.push(qid); });
    if (!keys.length) lines.push("answers: {}");
    else {
      lines.push("answers:");
      keys.forEach(function (qid) { lines.push("  " + yamlKey(qid) + ": " + yamlValue(doc.values[qid])); });
    }
    return lines.join("\n") + "\n";
  }

  /* ------------------------------------------------------------ YAML in (the subset answers files use) */

  function YamlError(line, message) {      // message: what is wrong, in words for someone who loaded a file
    this.line = line;
    this.message = line ? "Line " + line + " of the file: " + message + (/[.!?]$/.test(message) ? "" : ".") : message;
  }
  YamlError.prototype = Object.create(Error.prototype);
  YamlError.prototype.name = "YamlError";

  var NULLS = /^(~|null|Null|NULL|)$/;
  var TRUES = /^(yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
  var FALSES = /^(no|No|NO|false|False|FALSE|off|Off|OFF)$/;
  var INT_DEC = /^[-+]?(0|[1-9][0-9_]*)$/;
  var INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
  var INT_OCT = /^[-+]?0[0-7_]+$/;
  var INT_BIN = /^[-+]?0b[0-1_]+$/;
  var FLOAT = /^([-+]?([0-9][0-9_]*)\.[0-9_]*([eE][-+][0-9]+)?|\.[0-9_]+([eE][-+][0-9]+)?)$/;
  var FLOAT_SPECIAL = /^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$/;

  function resolvePlain(text, line) {
    if (NULLS.test(text)) return null;
    if (TRUES.test(text)) return true;
    if (FALSES.test(text)) return false;
    var sign = text.charAt(0) === "-" ? -1 : 1, body = text.replace(/^[-+]/, "").replace(/_/g, "");
    if (INT_DEC.test(text)) return sign * parseInt(body, 10);
    if (INT_HEX.test(text)) return sign * parseInt(body.slice(2), 16);
    if (INT_BIN.test(text)) return sign * parseInt(body.slice(2), 2);
    if (INT_OCT.test(text)) return sign * parseInt(body, 8);
    if (FLOAT.test(text)) return sign * parseFloat(body);
    if (FLOAT_SPECIAL.test(text)) {
      if (/nan/i.test(text)) return NaN;
      return sign * Infinity;
    }
    if (/^[&*!%@`|>]/.test(text)) {
      throw new YamlError(line, "'" + text.charAt(0) + "' starts an anchor, alias, tag or directive, which answers files do not use");
    }
    return text;
  }

  var ESCAPES = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\x0b", f: "\f", r: "\r",
                  e: "\x1b", " ": " ", "\"": "\"", "/": "/", "\\": "\\", N: "\x85", _: "\xa0",
                  L: "\u2028", P: "\u2029" };

  /* A small cursor over the whole text, so flow collections and quoted scalars may span lines. */
  function Reader(text) {
    this.s = text;
    this.i = 0;
  }
  Reader.prototype.line = function (at) {
    var n = 1, end = at === undefined ? this.i : at;
    for (var k = 0; k < end && k < this.s.length; k++) if (this.s.charCodeAt(k) === 10) n++;
    return n;
  };
  Reader.prototype.fail = function (message, at) {
    throw new YamlError(this.line(at), message);
  };

  function parseDoubleQuoted(r) {
    var start = r.i, out = "";
    r.i++;
    while (true) {
      if (r.i >= r.s.length) r.fail("a double-quoted string is not closed", start);
      var ch = r.s.charAt(r.i);
      if (ch === "\"") { r.i++; return out; }
      if (ch === "\\") {
        var e = r.s.charAt(r.i + 1);
        if (e === "x" || e === "u" || e === "U") {
          var len = e === "x" ? 2 : e === "u" ? 4 : 8, hex = r.s.substr(r.i + 2, len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) r.fail("bad \\" + e + " escape");
          out += String.fromCodePoint(parseInt(hex, 16));
          r.i += 2 + len;
        } else if (e === "\n") {
          r.i += 2;
          while (r.s.charAt(r.i) === " " || r.s.charAt(r.i) === "\t") r.i++;
        } else if (has(ESCAPES, e)) {
          out += ESCAPES[e];
          r.i += 2;
        } else r.fail("unknown escape \\" + e);
      } else if (ch === "\n") {
        // line folding: a line break becomes a space, an empty line a newline
        out = out.replace(/[ \t]+$/, "");
        r.i++;
        var breaks = 0;
        while (true) {
          while (r.s.charAt(r.i) === " " || r.s.charAt(r.i) === "\t") r.i++;
          if (r.s.charAt(r.i) === "\n") { breaks++; r.i++; } else break;
        }
        out += breaks ? "\n".repeat(breaks) : " ";
      } else {
        out += ch;
        r.i++;
      }
    }
  }

  function parseSingleQuoted(r) {
    var start = r.i, out = "";
    r.i++;
    while (true) {
      if (r.i >= r.s.length) r.fail("a single-quoted string is not closed", start);
      var ch = r.s.charAt(r.i);
      if (ch === "'") {
        if (r.s.charAt(r.i + 1) === "'") { out += "'"; r.i += 2; continue; }
        r.i++;
        return out;
      }
      if (ch === "\n") {
        out = out.replace(/[ \t]+$/, "");
        r.i++;
        var breaks = 0;
        while (true) {
          while (r.s.charAt(r.i) === " ") r.i++;
          if (r.s.charAt(r.i) === "\n") { breaks++; r.i++; } else break;
        }
        out += breaks ? "\n".repeat(breaks) : " ";
        continue;
      }
      out += ch;
      r.i++;
    }
  }

  function skipFlowSpace(r) {
    while (r.i < r.s.length) {
      var ch = r.s.charAt(r.i);
      if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") r.i++;
      else if (ch === "#" && (r.i === 0 || /\s/.test(r.s.charAt(r.i - 1)))) {
        while (r.i < r.s.length && r.s.charAt(r.i) !== "\n") r.i++;
      } else break;
    }
  }

  function parseFlowNode(r) {
    skipFlowSpace(r);
    var ch = r.s.charAt(r.i), line = r.line();
    if (ch === "[") return parseFlowSeq(r);
    if (ch === "{") return parseFlowMap(r);
    if (ch === "\"") return parseDoubleQuoted(r);
    if (ch === "'") return parseSingleQuoted(r);
    var start = r.i;
    while (r.i < r.s.length) {
      var c = r.s.charAt(r.i);
      if (c === "," || c === "]" || c === "}" || c === "\n") break;
      if (c === ":" && /[\s,\]}]/.test(r.s.charAt(r.i + 1) || " ")) break;
      if (c === "#" && /\s/.test(r.s.charAt(r.i - 1))) break;
      r.i++;
    }
    return resolvePlain(r.s.slice(start, r.i).trim(), line);
  }

  function parseFlowSeq(r) {
    var out = [], start = r.i;
    r.i++;
    while (true) {
      skipFlowSpace(r);
      if (r.i >= r.s.length) r.fail("a list in [ ] is not closed", start);
      if (r.s.charAt(r.i) === "]") { r.i++; return out; }
      out.push(parseFlowNode(r));
      skipFlowSpace(r);
      var ch = r.s.charAt(r.i);
      if (ch === ",") { r.i++; continue; }
      if (ch === "]") { r.i++; return out; }
      r.fail("expected ',' or ']' in a list");
    }
  }

  function parseFlowMap(r) {
    var out = Object.create(null), start = r.i;
    r.i++;
    while (true) {
      skipFlowSpace(r);
      if (r.i >= r.s.length) r.fail("a mapping in { } is not closed", start);
      if (r.s.charAt(r.i) === "}") { r.i++; return out; }
      var keyAt = r.i, key = parseFlowNode(r);
      skipFlowSpace(r);
      var value = null;
      if (r.s.charAt(r.i) === ":") {
        r.i++;
        skipFlowSpace(r);
        var c = r.s.charAt(r.i);
        if (c !== "," && c !== "}") value = parseFlowNode(r);
      }
      key = String(key);
      if (has(out, key)) r.fail(quoted(key) + " is given twice: keep one of them", keyAt);
      out[key] = value;
      skipFlowSpace(r);
      var ch = r.s.charAt(r.i);
      if (ch === ",") { r.i++; continue; }
      if (ch === "}") { r.i++; return out; }
      r.fail("expected ',' or '}' in a mapping");
    }
  }

  /* Block structure: lines with their indentation. */
  function parseYaml(text) {
    if (typeof text !== "string") throw new YamlError(0, "The file is not a text file. Choose an answers file (ending in .yaml).");
    text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    if (/\t/.test(text.split("\n").map(function (l) { return l.match(/^[ \t]*/)[0]; }).join(""))) {
      var bad = text.split("\n").findIndex(function (l) { return /^ *\t/.test(l); });
      throw new YamlError(bad + 1, "the line is indented with a tab: indent with spaces instead");
    }
    var r = new Reader(text);
    var lines = [];   // {start, indent, end}
    var pos = 0;
    text.split("\n").forEach(function (l) {
      lines.push({ start: pos, text: l });
      pos += l.length + 1;
    });
    var state = { lines: lines, k: 0, r: r };
    skipBlank(state);
    if (state.k < lines.length && /^---(\s|$)/.test(lines[state.k].text)) {
      var rest = lines[state.k].text.slice(3).trim();
      if (rest && rest.charAt(0) !== "#") throw new YamlError(state.k + 1, "content after '---' is not supported");
      state.k++;
      skipBlank(state);
    }
    var end = lines.length;
    for (var e = state.k; e < lines.length; e++) {
      if (/^(---|\.\.\.)(\s|$)/.test(lines[e].text)) { end = e; break; }
    }
    if (end < lines.length) {
      if (/^---/.test(lines[end].text)) throw new YamlError(end + 1, "the file holds more than one set of answers: keep one");
      for (var k2 = end + 1; k2 < lines.length; k2++) {
        if (!isBlank(lines[k2].text)) throw new YamlError(k2 + 1, "text after the end of the document ('...')");
      }
      state.lines = lines = lines.slice(0, end);
    }
    if (state.k >= lines.length) return null;
    var value = parseBlock(state, indentOf(lines[state.k].text));
    skipBlank(state);
    if (state.k < lines.length) throw new YamlError(state.k + 1, MISPLACED);
    return value;
  }

  var MISPLACED = "the line is indented more than the lines around it, or has text where none should be";

  function indentOf(line) {
    return line.match(/^ */)[0].length;
  }

  function isBlank(line) {
    var t = line.trim();
    return t === "" || t.charAt(0) === "#";
  }

  function skipBlank(st) {
    while (st.k < st.lines.length && isBlank(st.lines[st.k].text)) st.k++;
  }

  function stripComment(s) {
    // for plain scalars: a '#' after a space starts a comment
    var m = s.search(/(^|\s)#/);
    return (m < 0 ? s : s.slice(0, m)).trim();
  }

  function parseBlock(st, indent) {
    var line = st.lines[st.k].text.slice(indent);
    if (/^-(\s|$)/.test(line)) return parseBlockSeq(st, indent);
    if (findKeyColon(line) !== null) return parseBlockMap(st, indent);
    return parseInline(st, indent, st.lines[st.k].start + indent, -1);
  }

  /* The position of the ':' that ends a mapping key on this line, or null. */
  function findKeyColon(line) {
    var i = 0;
    if (line.charAt(0) === "\"" || line.charAt(0) === "'") {
      var q = line.charAt(0);
      i = 1;
      while (i < line.length) {
        if (q === "\"" && line.charAt(i) === "\\") { i += 2; continue; }
        if (line.charAt(i) === q) {
          if (q === "'" && line.charAt(i + 1) === "'") { i += 2; continue; }
          break;
        }
        i++;
      }
      i++;
      var after = line.slice(i).match(/^\s*:(\s|$)/);
      return after ? i + after[0].indexOf(":") : null;
    }
    if (/^[[{#]/.test(line)) return null;
    var m = line.search(/:(\s|$)/);
    if (m < 0) return null;
    var hash = line.search(/(^|\s)#/);
    if (hash >= 0 && hash < m) return null;
    return m;
  }

  function parseKey(raw, lineNo) {
    raw = raw.trim();
    if (raw.charAt(0) === "\"" || raw.charAt(0) === "'") {
      var rr = new Reader(raw);
      return raw.charAt(0) === "\"" ? parseDoubleQuoted(rr) : parseSingleQuoted(rr);
    }
    if (raw === "<<") throw new YamlError(lineNo, "merge keys ('<<') are not supported");
    var v = resolvePlain(raw, lineNo);
    return v === null ? "null" : String(v === true ? "True" : v === false ? "False" : v);
  }

  function parseBlockMap(st, indent) {
    var out = Object.create(null);
    while (skipBlank(st), st.k < st.lines.length) {
      var entry = st.lines[st.k], text = entry.text;
      if (indentOf(text) !== indent) {
        if (indentOf(text) > indent) throw new YamlError(st.k + 1, MISPLACED);
        break;
      }
      var body = text.slice(indent);
      if (/^-(\s|$)/.test(body)) break;
      var colon = findKeyColon(body);
      if (colon === null) throw new YamlError(st.k + 1, "write each line as a name, a colon and a value, like \u201cpopulation: 250000\u201d");
      var lineNo = st.k + 1, key = parseKey(body.slice(0, colon), lineNo);
      if (has(out, key)) throw new YamlError(lineNo, quoted(key) + " is given twice: keep one of them");
      out[key] = parseValueAfter(st, indent, entry.start + indent + colon + 1, true);
    }
    return out;
  }

  function parseBlockSeq(st, indent) {
    var out = [];
    while (skipBlank(st), st.k < st.lines.length) {
      var entry = st.lines[st.k], text = entry.text;
      if (indentOf(text) !== indent || !/^-(\s|$)/.test(text.slice(indent))) {
        if (indentOf(text) > indent) throw new YamlError(st.k + 1, MISPLACED);
        break;
      }
      var after = text.slice(indent + 1);
      var pad = after.match(/^ */)[0].length;
      if (after.trim() !== "" && after.trim().charAt(0) !== "#" && findKeyColon(after.slice(pad)) !== null) {
        // "- key: value" starts a mapping indented like the key
        st.lines[st.k] = { start: entry.start, text: " ".repeat(indent + 1 + pad) + after.slice(pad) };
        out.push(parseBlockMap(st, indent + 1 + pad));
        continue;
      }
      out.push(parseValueAfter(st, indent, entry.start + indent + 1, false));
    }
    return out;
  }

  /* The value after 'key:' or '- ' that starts at text offset `at` on line st.k. */
  function parseValueAfter(st, indent, at, inMap) {
    var r = st.r, lineEnd = st.lines[st.k].start + st.lines[st.k].text.length;
    var rest = r.s.slice(at, lineEnd);
    var trimmed = rest.trim();
    if (trimmed === "" || trimmed.charAt(0) === "#") {
      st.k++;
      skipBlank(st);
      if (st.k >= st.lines.length) return null;
      var next = st.lines[st.k].text, ni = indentOf(next);
      if (ni > indent) return parseBlock(st, ni);
      if (inMap && ni === indent && /^-(\s|$)/.test(next.slice(ni))) return parseBlockSeq(st, ni);
      return null;
    }
    if (trimmed.charAt(0) === "|" || trimmed.charAt(0) === ">") return parseBlockScalar(st, indent, trimmed);
    var offset = at + rest.indexOf(trimmed.charAt(0));
    return parseInline(st, indent, offset, indent);
  }

  /* A scalar or flow collection starting at `offset`; plain scalars may continue on more-indented lines. */
  function parseInline(st, indent, offset, parentIndent) {
    var r = st.r, first = r.s.charAt(offset), lineNo = st.k + 1;
    if (first === "[" || first === "{" || first === "\"" || first === "'") {
      r.i = offset;
      var value = first === "[" ? parseFlowSeq(r) : first === "{" ? parseFlowMap(r)
        : first === "\"" ? parseDoubleQuoted(r) : parseSingleQuoted(r);
      // the rest of the line may hold only a comment
      var endLine = r.line(r.i) - 1;
      var lineEnd = st.lines[endLine].start + st.lines[endLine].text.length;
      var tail = r.s.slice(r.i, lineEnd).trim();
      if (tail && tail.charAt(0) !== "#") throw new YamlError(endLine + 1, "unexpected text after a value: " + tail);
      st.k = endLine + 1;
      return value;
    }
    var lineEnd0 = st.lines[st.k].start + st.lines[st.k].text.length;
    var parts = [stripComment(r.s.slice(offset, lineEnd0))];
    st.k++;
    // continuation lines of a multi-line plain scalar
    while (st.k < st.lines.length) {
      var t = st.lines[st.k].text;
      if (isBlank(t)) {
        if (t.trim() === "") { st.k++; continue; }
        break;
      }
      if (indentOf(t) <= parentIndent) break;
      if (findKeyColon(t.trim()) !== null || /^-(\s|$)/.test(t.trim())) break;
      parts.push(stripComment(t.trim()));
      st.k++;
    }
    var text = parts.join(" ");
    return parts.length > 1 ? text : resolvePlain(text, lineNo);
  }

  function parseBlockScalar(st, indent, header) {
    var m = header.match(/^([|>])([+-]?)(\d?)([+-]?)\s*(#.*)?$/);
    if (!m) throw new YamlError(st.k + 1, "bad block scalar header '" + header + "'");
    var folded = m[1] === ">", chomp = m[2] || m[4];
    st.k++;
    var lines = [], blockIndent = m[3] ? indent + parseInt(m[3], 10) : null;
    while (st.k < st.lines.length) {
      var t = st.lines[st.k].text;
      if (t.trim() === "") { lines.push(""); st.k++; continue; }
      var ti = indentOf(t);
      if (blockIndent === null) {
        if (ti <= indent) break;
        blockIndent = ti;
      }
      if (ti < blockIndent) break;
      lines.push(t.slice(blockIndent));
      st.k++;
    }
    var trailing = 0;
    while (lines.length && lines[lines.length - 1] === "") { lines.pop(); trailing++; }
    var text;
    if (folded) {
      text = "";
      lines.forEach(function (l, i) {
        if (i === 0) text = l;
        else if (l === "" || /^\s/.test(l) || /^\s/.test(lines[i - 1])) text += "\n" + l;
        else text += (lines[i - 1] === "" ? "" : " ") + l;
      });
    } else text = lines.join("\n");
    if (chomp === "-") return text;
    if (chomp === "+") return text + "\n" + "\n".repeat(trailing);
    return lines.length ? text + "\n" : "";
  }

  global.AssessEngine = {
    DONT_KNOW: DONT_KNOW,
    compile: compile,
    check: check,
    describe: describe,
    labeller: labeller,
    state: state,
    fits: fits,
    order: order,
    topModel: topModel,
    reasons: reasons,
    alternativesFor: alternativesFor,
    sensitivity: sensitivity,
    score: score,
    challenges: challenges,
    recommend: recommend,
    decide: decide,
    protect: protect,
    prioritise: prioritise,
    changeText: changeText,
    applicable: applicable,
    answerLabel: answerLabel,
    formatNumber: formatNumber,
    checkValue: checkValue,
    checkAnswers: checkAnswers,
    parseYaml: parseYaml,
    YamlError: YamlError,
    yamlString: yamlString,
    dumpAnswers: dumpAnswers
  };
})(typeof window !== "undefined" ? window : globalThis);
