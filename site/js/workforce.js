/* The workforce and variant parts of the score result: mirrors assess/engine/workforce.py and
 * assess/engine/variants.py. */
(function (global) {
  "use strict";

  var NS = global.CareModels || (global.CareModels = {});
  var M = NS.paper || (NS.paper = {});
  var E = global.AssessEngine, DK = E.DONT_KNOW;
  var get = M.get, has = M.has;

  /* ------------------------------------------------------------ assess/engine/workforce.py */

  function workforce(P, rec, ranking, knownSets) {
    var W = P.workforce;
    if (!W) return null;
    var firstStanding = ranking.filter(function (r) { return !r.excluded; })[0];
    var modelId = rec.kind === "model" ? rec.id : (firstStanding ? firstStanding.model : null);
    if (!has(P.models, modelId)) return null;
    var R = P.roles, nhs = R.partners ? R.partners.nhs : {};
    var model = P.models[modelId], answers = workforceAnswers(R, knownSets), facts = workforceFacts(R, answers);
    var items = model.workforce.map(function (item) {
      var why = [];
      liveTopics(W, item.topics, facts).forEach(function (t) {
        W.needs[t].forEach(function (f) { if (why.indexOf(W.live[f]) < 0) why.push(W.live[f]); });
      });
      return { text: item.text, cite: item.cite, topics: item.topics, why: why };
    });
    items = items.filter(function (i) { return i.why.length; }).concat(items.filter(function (i) { return !i.why.length; }));
    var tailored = ["partners", "staff_transfer", "pension"].some(function (r) { return has(R, r); });
    return { model: modelId, name: model.name, recommended: rec.kind === "model",
             summary: workforceSummary(W, items, facts, answers, tailored), implications: items,
             legal: legalNotes(W, modelId, nhs, answers.partners) };
  }

  function workforceSummary(W, items, facts, answers, tailored) {
    // workforce.py summary: the live topics in order, the terms line where the notes have it, at most N lines
    var here = {}, live = {};
    items.forEach(function (i) {
      i.topics.forEach(function (t) { here[t] = true; });
      liveTopics(W, i.topics, facts).forEach(function (t) { live[t] = true; });
    });
    if (facts.transfer && !W.transfer_topics.some(function (t) { return here[t]; })) live.silent = true;
    var lines = W.summary_order.filter(function (t) { return live[t]; }).map(function (t) { return W.headlines[t]; });
    if (tailored && !Object.keys(answers.partners).length && !answers.transfer.length && !answers.pension.length) {
      lines.unshift(W.headlines.unknown);
    }
    if (here.terms) lines.push(W.headlines.terms);
    return lines.slice(0, W.summary_lines);
  }

  function liveTopics(W, topics, facts) {
    return topics.filter(function (t) { return has(W.needs, t) && W.needs[t].every(function (f) { return facts[f]; }); });
  }

  function workforceAnswers(R, knownSets) {
    // the answers to the questionnaire's partners, staff_transfer and pension roles (none without a role), and
    // whether any respondent meets the gps_employed condition
    var partners = {}, transfer = [], pension = [];
    knownSets.forEach(function (known) {
      var value = R.partners ? get(known, R.partners.question) : DK;
      if (value !== DK) value.forEach(function (p) { partners[p] = true; });
      [[R.staff_transfer, transfer], [R.pension, pension]].forEach(function (pair) {
        var v = pair[0] ? get(known, pair[0].question) : DK;
        if (v !== DK && pair[1].indexOf(v) < 0) pair[1].push(v);
      });
    });
    var employed = !!R.gps_employed &&
      knownSets.some(function (known) { return E.check(R.gps_employed.when, known) === true; });
    return { partners: partners, transfer: transfer, pension: pension, gps_employed: employed };
  }

  function workforceFacts(R, answers) {
    // workforce.py _facts: what the answers show, as the keys of W.live
    var named = Object.keys(answers.partners), nhs = R.partners ? R.partners.nhs : {};
    var outsideNhs = R.partners ? R.partners.outside_nhs : [], T = R.staff_transfer || {};
    var inside = named.some(function (p) { return has(nhs, p); });
    var outside = named.some(function (p) { return outsideNhs.indexOf(p) >= 0; });
    return { transfer: has(T, "transfer") && answers.transfer.indexOf(T.transfer) >= 0,
             no_transfer: has(T, "no_transfer") && answers.transfer.indexOf(T.no_transfer) >= 0,
             mixed: inside && outside, nhs_only: named.length > 0 && named.every(function (p) { return has(nhs, p); }),
             pension: !!R.pension && answers.pension.indexOf(R.pension.needed) >= 0, gps_employed: answers.gps_employed };
  }

  function legalNotes(W, modelId, nhs, partners) {
    var wanted = Object.keys(nhs).filter(function (p) { return partners[p]; });
    if (!wanted.length || !W.restriction || W.restriction.model !== modelId) return [];
    return [{ text: W.restriction.text, cite: W.restriction.cite,
              why: W.partners_include.replace("{partners}", wanted.map(function (p) { return nhs[p]; }).join(" and ")) }];
  }

  /* ------------------------------------------------------------ assess/engine/variants.py match */

  function variant(P, modelId, knownSets) {
    var variants = has(P.models, modelId) ? P.models[modelId].variants : [];
    if (!variants.length) return null;
    var points = {}, why = {};
    variants.forEach(function (v) { points[v.id] = 0; why[v.id] = []; });
    P.signals.forEach(function (signal) {
      if (!has(points, signal.variant)) return;
      var hits = knownSets.filter(function (known) { return E.check(signal.when, known) === true; }).length;
      if (hits) {
        points[signal.variant] += signal.points * hits / knownSets.length;
        why[signal.variant].push(signal.reason);
      }
    });
    var best = Math.max.apply(null, variants.map(function (v) { return points[v.id]; }));
    var leaders = variants.filter(function (v) { return points[v.id] === best; });
    var chosen = best > 0 && leaders.length === 1 ? leaders[0] : null;
    return { model: modelId, name: chosen ? chosen.name : null, why: chosen ? why[chosen.id] : [],
             tied: !chosen && best > 0 ? leaders.map(function (v) { return v.name; }) : [],
             features: chosen ? chosen.features : [], features_part: chosen ? chosen.features_part : null,
             examples: chosen ? chosen.examples : [],
             vanguards: P.models[modelId].vanguards };
  }

  Object.assign(M, { variant: variant, workforce: workforce });
})(typeof window !== "undefined" ? window : globalThis);
