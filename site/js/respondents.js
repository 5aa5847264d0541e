/* Several respondents scored together: mirrors assess/engine/scoring.py aggregate (mean fits, reasons and cautions
 * naming whose answer, disagreements, the changes of one respondent's answer that move the top) and the labels of
 * assess/engine/assessment.py. One respondent is scored as sensitivity.js score does. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, SCORED = M.SCORED, alternativesFor = M.alternativesFor, answerLabel = M.answerLabel,
      changeText = M.changeText, chosen = M.chosen, copyValues = M.copyValues, fastFits = M.fastFits, fits = M.fits,
      order = M.order, reasons = M.reasons, runnerUp = M.runnerUp, score = M.score, state = M.state, topModel = M.topModel;

  function labelsOf(respondents, files) {
    // each respondent's name, else the answers file's stem; the file's name added when two labels are the same
    var labels = respondents.map(function (r, i) { return r || files[i].replace(/\.[^.]*$/, ""); });
    var twice = labels.some(function (l, i) { return labels.indexOf(l) !== i; });
    return twice ? labels.map(function (l, i) { return l + " (" + files[i] + ")"; }) : labels;
  }

  function sums(cq, per, k) {
    // per target, the sum over respondents of fits()[k], added in respondent order as Python's sum() does
    return cq.targets.map(function (_, i) {
      var total = 0;
      per.forEach(function (p) { total += p[k][i]; });
      return total;
    });
  }

  function everyoneOut(cq, states, i, own) {
    // the targets ruled out for every respondent (respondent i's exclusions replaced by `own` when given)
    var out = new Map();
    cq.targets.forEach(function (t) {
      var all = states.every(function (s, k) { return (k === i && own ? own : s.excluded).has(t); });
      if (all) out.set(t, states[0].excluded.get(t));
    });
    return out;
  }

  function byRespondent(rows, label) {
    return rows.map(function (r) { return Object.assign({}, r, { respondent: label }); });
  }

  function reasonOrder(cq) {
    return function (a, b) {
      var x = -Math.abs(a.points), y = -Math.abs(b.points);
      if (x !== y) return x < y ? -1 : 1;
      if (-a.points !== -b.points) return -a.points < -b.points ? -1 : 1;
      return cq.byId[a.question].index - cq.byId[b.question].index;
    };
  }

  function cautions(states, labels, tid, ruledOut) {
    // who may rule the target out (what it requires is not known), then who rules it out when not everyone does
    var out = [];
    states.forEach(function (s, k) {
      var m = s.maybe.get(tid);
      if (m && !s.excluded.has(tid)) out.push({ reason: m.reason, condition: m.text, respondent: labels[k] });
    });
    states.forEach(function (s, k) {
      var rule = s.excluded.get(tid);
      if (rule && !ruledOut) out.push({ reason: rule.reason, condition: rule.text, respondent: labels[k] });
    });
    return out;
  }

  function entries(cq, ids, key, mean, excluded, states, labels) {
    return order(ids, cq, mean[0], excluded).map(function (tid) {
      var i = cq.targetIndex[tid], rule = excluded.get(tid) || null, entry = {};
      var why = [];
      states.forEach(function (s, k) { why = why.concat(byRespondent(reasons(cq, s, tid), labels[k])); });
      entry[key] = tid;
      entry.name = cq.names[tid];
      entry.score = mean[0][i];
      entry.low = mean[1][i];
      entry.high = mean[2][i];
      entry.excluded = rule !== null;
      entry.exclusion = rule ? { reason: rule.reason, condition: rule.text, cite: rule.cite } : null;
      entry.may_be_excluded = cautions(states, labels, tid, rule !== null);
      entry.reasons = why.sort(reasonOrder(cq));
      return entry;
    });
  }

  function disagreements(cq, states, labels) {
    // the scored questions respondents answered differently (numbers: in different bands)
    var out = [];
    cq.questions.forEach(function (q) {
      if (!SCORED[q.type]) return;
      var answers = [], keys = Object.create(null), n = 0;
      states.forEach(function (s, k) {
        if (!s.known.has(q.id)) return;
        var v = s.known.get(q.id);
        var key = JSON.stringify(q.type === "number" && v !== DONT_KNOW ? chosen(q, v)[0].id : v);
        if (!keys[key]) n += 1;
        keys[key] = true;
        answers.push({ respondent: labels[k], answer: answerLabel(q, v) });
      });
      if (n > 1) out.push({ question: q.id, question_text: q.text, answers: answers });
    });
    return out;
  }

  function dontKnow(cq, states) {
    return cq.questions.filter(function (q) {
      return SCORED[q.type] && states.some(function (s) { return s.known.get(q.id) === DONT_KNOW; });
    }).map(function (q) { return q.id; });
  }

  function changed(cq, values, s, q, value, alt) {
    // [fits of the ranking, exclusions] with one answer changed (assess/engine/whatif.py changes)
    if (cq.referencedSet[q.id] === true) {
      var next = copyValues(values);
      next[q.id] = alt[1];
      var s2 = state(cq, next);
      return [fits(s2)[0], s2.excluded];
    }
    var current = value === DONT_KNOW ? [] : chosen(q, value);
    return [fastFits(s, q, current, chosen(q, alt[1]), value === DONT_KNOW, cq.ranking.length), s.excluded];
  }

  function optionAlternatives(q, value) {
    // per option of q: the change of this answer to it ([label, value, kind, option label]) or null
    var alts = alternativesFor(q, value);
    if (q.type === "multi") return alts;
    var skip = value === DONT_KNOW ? null : chosen(q, value)[0], k = 0;
    return q.options.map(function (o) { return o === skip ? null : alts[k++]; });
  }

  function flip(cq, q, value, alt, newMean, out, top) {
    // a change that moves the top of the mean fits, as assess/engine/records.py flip_row words it: its margin
    // over the best other model not ruled out after the change
    var newTop = topModel(cq, newMean, out);
    if (newTop === top || out.has(newTop)) return null;
    var iNew = cq.targetIndex[newTop], iOld = cq.targetIndex[top], topOut = out.has(top);
    var runner = runnerUp(cq, newMean, out, newTop);
    return { question: q.id, question_text: q.text, answer: answerLabel(q, value), change_to: alt[0],
             change: alt[2], option_label: alt[3], old_top: top, new_top: newTop, new_top_fit: newMean[iNew],
             old_top_fit: topOut ? null : newMean[iOld], old_top_excluded: topOut,
             runner_up: runner ? runner[0] : null, runner_up_fit: runner ? runner[1] : null,
             margin: runner ? newMean[iNew] - runner[1] : null };
  }

  function sensitivityMany(cq, answerSets, states, per, labels) {
    // option by option of each scored question, every respondent's change to it ("toggle" before "only")
    var n = states.length, total = sums(cq, per, 0), r = cq.ranking.length, out = [];
    var top = topModel(cq, total.map(function (x) { return x / n; }), everyoneOut(cq, states, -1, null));
    cq.questions.forEach(function (q) {
      if (!SCORED[q.type]) return;
      var alts = states.map(function (s) { return s.known.has(q.id) ? optionAlternatives(q, s.known.get(q.id)) : null; });
      var kinds = q.type === "multi" ? [["add", "remove"], ["only"]] : [["set"]];
      q.options.forEach(function (_, p) {
        kinds.forEach(function (kind) {
          states.forEach(function (s, k) {
            var alt = alts[k] && alts[k][p];
            if (!alt || kind.indexOf(alt[2]) < 0) return;
            var value = s.known.get(q.id), c = changed(cq, answerSets[k], s, q, value, alt);
            var newMean = [];
            for (var t = 0; t < r; t++) newMean.push((total[t] - per[k][0][t] + c[0][t]) / n);
            var entry = flip(cq, q, value, alt, newMean, everyoneOut(cq, states, k, c[1]), top);
            if (entry === null) return;
            entry.respondent = labels[k];
            if (cq.decision) entry.text = changeText(cq, entry);
            out.push(entry);
          });
        });
      });
    });
    return out;
  }

  function scoreMany(cq, answerSets, labels) {
    // assess.engine.scoring.aggregate: the mean over respondents; one respondent as score() does
    if (answerSets.length === 1) return Object.assign(score(cq, answerSets[0]), { disagreements: [] });
    var states = answerSets.map(function (values) { return state(cq, values); });
    var per = states.map(fits), n = states.length;
    var mean = [0, 1, 2].map(function (k) { return sums(cq, per, k).map(function (x) { return x / n; }); });
    var excluded = everyoneOut(cq, states, -1, null);
    return {
      questionnaire: cq.id,
      ranking: entries(cq, cq.ranking, "model", mean, excluded, states, labels),
      alternatives: entries(cq, cq.alternatives, "id", mean, excluded, states, labels),
      legal_forms: entries(cq, cq.legal_forms, "id", mean, excluded, states, labels),
      sensitivity: sensitivityMany(cq, answerSets, states, per, labels),
      dont_know: dontKnow(cq, states),
      disagreements: disagreements(cq, states, labels),
      known: states.map(function (s) { return s.known; })
    };
  }

  Object.assign(M, { labelsOf: labelsOf, scoreMany: scoreMany });
})(typeof window !== "undefined" ? window : globalThis);
