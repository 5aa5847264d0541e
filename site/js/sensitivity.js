/* What would change the result, and the score of one respondent: mirrors assess/engine/whatif.py (the
 * single changes of answer), assess/engine/results.py and assess/engine/scoring.py score. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.engine || (NS.engine = {});
  var DONT_KNOW = M.DONT_KNOW, SCORED = M.SCORED, alternativesFor = M.alternativesFor, answerLabel = M.answerLabel,
      changeText = M.changeText, chosen = M.chosen, copyValues = M.copyValues, fastFits = M.fastFits, fits = M.fits,
      order = M.order, reasons = M.reasons, state = M.state, topModel = M.topModel;

  function runnerUp(cq, fit, excluded, lead) {
    // scalar.runner_up: [id, fit] of the best model other than lead still standing, lowest index on ties; else null
    var best = null;
    cq.ranking.forEach(function (t) {
      if (t === lead || excluded.has(t)) return;
      var f = fit[cq.targetIndex[t]];
      if (best === null || f > best[1]) best = [t, f];
    });
    return best;
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
          var topOut = excluded.has(top), runner = runnerUp(cq, newFit, excluded, newTop);
          // the margin is over the best model still standing after the change, never one it rules out
          var entry = { question: qid, question_text: q.text, answer: answerLabel(q, value), change_to: change,
                        change: alt[2], option_label: alt[3], old_top: top,
                        new_top: newTop, new_top_fit: newFit[iNew], old_top_fit: topOut ? null : newFit[iOld],
                        old_top_excluded: topOut, runner_up: runner ? runner[0] : null,
                        runner_up_fit: runner ? runner[1] : null, margin: runner ? newFit[iNew] - runner[1] : null };
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

  Object.assign(M, { runnerUp: runnerUp, score: score, sensitivity: sensitivity });
})(typeof window !== "undefined" ? window : globalThis);
